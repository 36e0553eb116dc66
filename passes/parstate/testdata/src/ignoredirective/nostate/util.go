// Package nostate declares no State method; a malformed directive in it is
// still reported, since a directive may sit anywhere.
package nostate

// want +1 `parlint:ignore needs a reason`
//parlint:ignore sourceid-missing
var Region = "eu-west-1"
