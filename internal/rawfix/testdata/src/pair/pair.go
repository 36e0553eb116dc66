// Package pair holds two uses of fmt: a fix that drops one keeps the
// package compiling alone, and the two together leave the import unused.
package pair

import "fmt"

func F() {
	fmt.Println(1)
	fmt.Println(2)
}
