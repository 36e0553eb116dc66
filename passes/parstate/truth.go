package parstate

// A truth is what an evaluation tells of a condition.
type truth int8

const (
	unknown truth = iota
	yes
	no
)

func truthOf(b bool) truth {
	if b {
		return yes
	}
	return no
}

// and returns x && y: no when either is no, yes when both are yes.
func and(x, y truth) truth {
	switch {
	case x == no || y == no:
		return no
	case x == yes && y == yes:
		return yes
	}
	return unknown
}

// or returns x || y.
func or(x, y truth) truth { return and(x.not(), y.not()).not() }

func (t truth) not() truth {
	switch t {
	case yes:
		return no
	case no:
		return yes
	}
	return unknown
}
