package fixsamefile

import (
	"fmt"
)

// A's error-return fix logs the error: it adds "log".
func (a *A) State(name string) interface{} {
	if name == key {
		img, err := a.build()
		if err != nil {
			return fmt.Errorf("hcp: %w", err) // want `^State returns an error on the error path of a\.build`
		}
		return img
	}
	return nil
}

// B's inserted branch adds "log" and the registry package.
func (b *B) State(name string) interface{} { // want `^B\.State never answers registryimage\.ArtifactStateURI`
	return nil
}

// C wraps the error in a variable that is only assigned besides: an
// assignment is not a use, so the fix logs it.
func (c *C) State(name string) interface{} {
	if name == "par.artifact.metadata" { // want `^key compared with the literal`
		img, err := c.build()
		if err != nil {
			var wrapped error
			wrapped = fmt.Errorf("hcp: %w", err)
			return wrapped // want `^State returns an error on the error path of c\.build`
		}
		return img
	}
	return nil
}
