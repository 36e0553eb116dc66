// Package lastuse returns errors built by other packages on the error path,
// in expressions that hold the last use of an import or of a variable:
// deleting them would leave it unused, whichever of the file's fixes are
// applied. The fix logs the expression, as the documented pattern logs the
// error, then returns nil; the file compiles when the edits are applied raw,
// one fix alone or all of them.
package lastuse

const BuilderID = "example.lastuse"
