package model

import (
	"go/constant"
	"go/token"
	"strconv"

	"golang.org/x/tools/go/ssa"
)

// A kind is where an abstract value stands in the lattice: bottom (no
// value reaches yet) below a known constant, nil or function, below top
// (unknown).
type kind uint8

const (
	bot  kind = iota // no path reaches the value yet
	con              // a constant of go/constant
	nilv             // the nil of a pointer, slice, map, chan, func or interface type
	fun              // a function value: fn, with its free variables bound to binds
	ptr              // the address of a local variable: alloc in the context at
	top              // unknown
)

// A val is the abstract value of an SSA value on one side of a context.
type val struct {
	k     kind
	keyed bool // derived from the key: only meaningful beside k
	c     constant.Value
	r     *ref // fun and ptr; a val stays small, as tables of them are the model's bulk
}

// A ref is what a function value or an address is; it never changes once
// made.
type ref struct {
	fn    *ssa.Function // fun: the function
	binds []val         // fun: the closure's free variables
	alloc *ssa.Alloc    // ptr
	at    *Context      // ptr: the context that holds alloc
}

// closureVal returns the function value of fn with its free variables
// bound to binds.
func closureVal(fn *ssa.Function, binds []val) val {
	return val{k: fun, r: &ref{fn: fn, binds: binds}}
}

var (
	unknown = val{k: top}
	keyTop  = val{k: top, keyed: true}
)

// join returns the least upper bound of x and y.
func join(x, y val) val {
	keyed := x.keyed || y.keyed
	switch {
	case x.k == bot:
		y.keyed = keyed
		return y
	case y.k == bot:
		x.keyed = keyed
		return x
	case same(x, y):
		x.keyed = keyed
		return x
	}
	return val{k: top, keyed: keyed}
}

// same reports whether x and y are the same abstract value.
func same(x, y val) bool {
	if x.k != y.k || x.keyed != y.keyed && x.k == top {
		return false
	}
	switch x.k {
	case con:
		return x.c.Kind() == y.c.Kind() && constant.Compare(x.c, token.EQL, y.c)
	case fun:
		return x.r.fn == y.r.fn && sameAll(x.r.binds, y.r.binds)
	case ptr:
		return x.r.alloc == y.r.alloc && x.r.at == y.r.at
	}
	return true
}

func sameAll(xs, ys []val) bool {
	if len(xs) != len(ys) {
		return false
	}
	for i := range xs {
		if !same(xs[i], ys[i]) {
			return false
		}
	}
	return true
}

// equal reports whether x and y are the same value, keyed flags included:
// the evaluation has reached a fixed point when no value changes so.
func equal(x, y val) bool { return same(x, y) && x.keyed == y.keyed }

// key appends a memo key of v to b: everything a context's answer depends
// on.
func (v val) key(b []byte, ids func(any) int) []byte {
	b = append(b, byte('0'+v.k))
	if v.keyed {
		b = append(b, 'k')
	}
	switch v.k {
	case con:
		b = strconv.AppendInt(b, int64(v.c.Kind()), 10)
		if v.c.Kind() == constant.String {
			b = strconv.AppendQuote(b, constant.StringVal(v.c)) // its ExactString
		} else {
			b = append(b, v.c.ExactString()...)
		}
	case fun:
		b = strconv.AppendInt(b, int64(ids(v.r.fn)), 10)
		b = append(b, '(')
		for _, w := range v.r.binds {
			b = append(w.key(b, ids), ',')
		}
		b = append(b, ')')
	case ptr:
		b = strconv.AppendInt(b, int64(ids(v.r.alloc)), 10)
		b = append(b, '@')
		b = strconv.AppendInt(b, int64(ids(v.r.at)), 10)
	}
	return append(b, ';')
}

// str returns the string constant v holds.
func (v val) str() (string, bool) {
	if v.k != con || v.c.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(v.c), true
}

// boolean returns the boolean constant v holds.
func (v val) boolean() (bool, bool) {
	if v.k != con || v.c.Kind() != constant.Bool {
		return false, false
	}
	return constant.BoolVal(v.c), true
}

// keyedOf returns top, keyed when one of vs is.
func keyedOf(vs ...val) val {
	for _, v := range vs {
		if v.keyed {
			return keyTop
		}
	}
	return unknown
}
