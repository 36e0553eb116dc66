// Package factsonly serves go vet's facts-only runs of parlint before the
// rest of parlint initializes. cmd/parlint imports it for that effect alone.
//
// go vet runs its vettool once for every package it checks and once for
// every one of their dependencies, which it asks only for their facts
// (.cfg files with VetxOnly). parlint's analyzer has no facts, so on those
// runs it has only to write an empty facts file and exit: less work than
// starting the program. Go initializes every package a program links
// before main runs, and parlint links about 80 with initializers
// (go/types, encoding/gob, go/build, x/tools' drivers, ...): on go vet's
// runs of examples/ they were about half of what each such process cost.
//
// This package's init does that job, on Linux, before most of those
// packages initialize. The Go spec fixes the order: of the packages whose
// imports are initialized, the first by import path goes next. This one
// imports syscall alone, and its path, github.com/parlint/parlint/...,
// sorts before go/..., golang.org/..., os, reflect and unicode, which the
// analysis packages need first; so only the runtime's own packages and a
// dozen small ones (syscall, sync, errors, math, ...) initialize before it.
// It reads its arguments from /proc/self/cmdline (os.Args is set by package
// os's own initializer) and, when they end in a .cfg file that go vet wrote
// for a facts-only run, it creates the empty facts file and exits 0.
//
// Anything else it leaves alone, silently: other arguments, other systems, a
// .cfg it cannot read or that is not in the go command's format (one key a
// line, indented by a tab), a facts file path with a JSON escape in it,
// any error. cmd/parlint then runs as before, and its vet.go, which decodes
// the .cfg as JSON, serves the facts-only runs that reach it the same way.
package factsonly
