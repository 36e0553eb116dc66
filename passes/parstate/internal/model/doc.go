// Package model is what parstate knows of what a State method does, read
// from the package's SSA form (x/tools go/ssa), with a small read-only API
// for the checks.
//
// # What it computes
//
// State is evaluated with its key bound to the registry key (the key side)
// and, at once, to any other key (the other side): a constant propagation
// over each function's blocks that takes one branch of each condition whose
// value it knows, through the package's own functions, methods, closures,
// generic instances and the handlers of tables keyed by the key. A
// function is evaluated in a context: the values of all its parameters
// and captured variables on each side. What runs on the key side is the
// registry path (Context.Path); a condition whose value differs between
// the sides tells the key from others (Context.Deciding).
//
// Calls are resolved by the evaluation itself where it knows the function
// value (a static callee, a closure, a method value, a table's entry), by
// the methods of the package's own types for a call through an interface
// the package declares, and by x/tools' VTA call graph of the package for
// other function values. A function value handed to code the model does
// not see (sync.Once.Do, a goroutine, FromMappedData) is taken to run.
//
// Beside the evaluation: whether an error a call returns is checked
// (ErrorChecked: some use of it decides something), and which type
// assertions cannot panic the plugin (AssertGuarded, Recovered).
//
// # Invariants
//
//   - No limit decides a finding. A recursive call shares its caller's
//     context where their arguments agree and is evaluated to a fixed
//     point of its summary; a function with many contexts gets one whose
//     arguments are unknown; an unknown value takes both branches. Where a
//     limit is still reached (the package's step budget, a summary that
//     does not settle), the contexts cut short are partial, and the
//     caller reports nothing on a partial model.
//   - A memo key holds everything its answer depends on: a context's key
//     is its function, the sides that reach it, and the values of its
//     parameters and captured variables on each, the contents of captured
//     variables included. A context whose results depend on the summary of
//     a recursive context still being evaluated holds only for that
//     summary.
//   - Nothing depends on order: blocks and instructions are read in the
//     order of the SSA form, the methods of the package's types in name
//     order, call graph callees in source order; no map is ranged over to
//     make output.
//   - A sweep that changes something is followed by another, unless the
//     function has no loop, nothing recursed into it, and nothing read a
//     value of it where it is stored (a load, a map entry, a packed
//     argument): then every value the sweep read was computed before it
//     in reverse postorder, and another sweep would change nothing. Each
//     such read counts in Context.unordered; the parlint_checksweeps
//     build tag runs the skipped sweeps and stops on a change.
//   - A panic of the SSA builder, which go/ssa may raise on code that does
//     not type-check, or of the evaluation, is an error, never a crash.
//   - The package knows nothing of the SDK nor of any check: the caller
//     says what the key is, and which packages are the standard library.
package model
