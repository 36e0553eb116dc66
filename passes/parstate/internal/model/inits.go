package model

import (
	"go/ast"
	"go/token"
	"go/types"
)

// This file finds the initializers of blank package variables that the
// model need not build: nothing can read them, and they change nothing.

// blankNames reports whether every one of names is the blank identifier.
func blankNames(names []*ast.Ident) bool {
	for _, id := range names {
		if id.Name != "_" {
			return false
		}
	}
	return true
}

// inertAll reports whether evaluating exprs can change nothing: no call
// but a conversion or new, no receive. The initializer of a blank package
// variable that is inert (var _ packer.Artifact = new(Artifact), var _ =
// log.Printf) can be neither read nor felt, and the model builds none of it.
func inertAll(info *types.Info, exprs []ast.Expr) bool {
	for _, e := range exprs {
		inert := true
		ast.Inspect(e, func(n ast.Node) bool {
			if !inert {
				return false
			}
			switch n := n.(type) {
			case *ast.CallExpr:
				if tv, ok := info.Types[n.Fun]; ok && tv.IsType() {
					return true
				}
				if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok {
					if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "new" {
						return true
					}
				}
				inert = false
			case *ast.UnaryExpr:
				if n.Op == token.ARROW {
					inert = false
				}
			}
			return inert
		})
		if !inert {
			return false
		}
	}
	return true
}

// liveInits returns the package's initializers but those of blank
// variables that are inert.
func liveInits(info *types.Info) []*types.Initializer {
	var out []*types.Initializer
	for _, init := range info.InitOrder {
		blank := true
		for _, v := range init.Lhs {
			blank = blank && v.Name() == "_"
		}
		if !blank || !inertAll(info, []ast.Expr{init.Rhs}) {
			out = append(out, init)
		}
	}
	return out
}
