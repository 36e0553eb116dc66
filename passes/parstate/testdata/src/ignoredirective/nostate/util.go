// Package nostate declares no State method; a malformed directive in it is
// still reported, since a directive may sit anywhere.
package nostate

func region() string {
	// want +1 `parlint:ignore needs a reason`
	//parlint:ignore sourceid-missing
	return "eu-west-1"
}

var _ = region
