package parstate

import (
	"go/ast"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

func uriLiteralFix(c *pkgContext, s *scope, lit *ast.BasicLit) []analysis.SuggestedFix { return nil }
func uriMissingFix(c *pkgContext, s *scope, sm *stateMethod) []analysis.SuggestedFix { return nil }
func errorIgnoredFix(c *pkgContext, s *scope, cur inspector.Cursor, stmt ast.Node) []analysis.SuggestedFix {
	return nil
}
func errorReturnFix(c *pkgContext, ret *ast.ReturnStmt) []analysis.SuggestedFix { return nil }
func sourceIDFix(c *pkgContext, s *scope, sm *stateMethod, field string, call *ast.CallExpr) []analysis.SuggestedFix {
	return nil
}
func literalSourceFix(c *pkgContext, s *scope, sm *stateMethod, field string, lit *ast.CompositeLit) []analysis.SuggestedFix {
	return nil
}
