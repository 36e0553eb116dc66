// Package single holds the only use of fmt: a fix that drops it leaves
// the import unused, alone.
package single

import "fmt"

func G() { fmt.Println("only") }
