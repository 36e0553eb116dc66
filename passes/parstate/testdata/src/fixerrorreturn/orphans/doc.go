// Package orphans returns errors built by other packages on the error path:
// the fix returns nil and deletes the imports that only the removed
// expression used, wherever they stand in the import declaration, so that
// the file compiles when the edits are applied raw.
package orphans

const BuilderID = "example.orphans"
