package parstate_test

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/astutil"
	"golang.org/x/tools/go/types/typeutil"
)

// A mutation breaks a State method. pick returns the node of the loaded
// (type-checked) syntax that it rewrites, or nil when the package has no
// place for it; rewrite changes that node, found again in a fresh parse
// of the file, through the cursor of astutil.Apply.
type mutation struct {
	name    string
	pick    func(s *stateSite) ast.Node
	rewrite func(c *astutil.Cursor)
}

// mutations are the ways TestMutants breaks a State method, each alone.
var mutations = []mutation{
	// A use of a parameter, the receiver or a local is renamed to a name
	// that is declared nowhere.
	{"undefined", firstLocalUse, func(c *astutil.Cursor) { c.Replace(ast.NewIdent("undefinedName")) }},
	// A call of a function that is not variadic, in State or in a function
	// of the file that State calls, is given an extra argument.
	{"arity", firstFixedCall, func(c *astutil.Cursor) {
		call := c.Node().(*ast.CallExpr)
		call.Args = append(call.Args, ast.NewIdent("nil"))
	}},
	// State's last return statement is deleted.
	{"noreturn", lastReturn, func(c *astutil.Cursor) {
		if c.Index() >= 0 {
			c.Delete()
		} else {
			c.Replace(&ast.EmptyStmt{Implicit: true}) // the statement of a label
		}
	}},
	// State(name string) becomes State(name int), then State().
	{"paramint", firstParam, func(c *astutil.Cursor) { c.Node().(*ast.Field).Type = ast.NewIdent("int") }},
	{"noparams", params, func(c *astutil.Cursor) { c.Node().(*ast.FieldList).List = nil }},
	// The first FromArtifact call of the file is given no argument, then,
	// where its two results are assigned, assigned to one variable only.
	{"fewargs", fromArtifactCall, func(c *astutil.Cursor) {
		call := c.Node().(*ast.CallExpr)
		call.Args, call.Ellipsis = nil, token.NoPos
	}},
	{"onevalue", fromArtifactAssign, func(c *astutil.Cursor) {
		switch n := c.Node().(type) {
		case *ast.AssignStmt:
			n.Lhs = n.Lhs[:1]
		case *ast.ValueSpec:
			n.Names = n.Names[:1]
		}
	}},
}

// firstLocalUse returns the first identifier of State's body that refers
// to a variable of State: a parameter, the receiver or a local.
func firstLocalUse(s *stateSite) ast.Node {
	return first(s.decl.Body, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok {
			return false
		}
		v, ok := s.pkg.TypesInfo.Uses[id].(*types.Var)
		return ok && !v.IsField() && s.decl.Pos() <= v.Pos() && v.Pos() < s.decl.End()
	})
}

// firstFixedCall returns the first call of State's body of a function that
// is not variadic (where an extra argument might type-check), nor a
// conversion or a built-in, or else the first such call in a function of
// the file that State calls.
func firstFixedCall(s *stateSite) ast.Node {
	info := s.pkg.TypesInfo
	fixed := func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return false
		}
		tv := info.Types[call.Fun]
		sig, ok := types.Unalias(tv.Type).(*types.Signature)
		return ok && !tv.IsType() && !tv.IsBuiltin() && !sig.Variadic()
	}
	if n := first(s.decl.Body, fixed); n != nil {
		return n
	}
	var callees []*types.Func
	ast.Inspect(s.decl.Body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if fn, ok := typeutil.Callee(info, call).(*types.Func); ok {
				callees = append(callees, fn.Origin())
			}
		}
		return true
	})
	for _, fn := range callees {
		for _, d := range s.file.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil && info.Defs[fd.Name] == fn {
				if n := first(fd.Body, fixed); n != nil {
					return n
				}
			}
		}
	}
	return nil
}

// lastReturn returns State's last return statement, not one of a function
// literal's.
func lastReturn(s *stateSite) ast.Node {
	var last ast.Node
	ast.Inspect(s.decl.Body, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			last = n
		}
		return true
	})
	return last
}

// firstParam returns State's first parameter, unless it is already an int.
func firstParam(s *stateSite) ast.Node {
	if l := s.decl.Type.Params.List; len(l) > 0 && types.ExprString(l[0].Type) != "int" {
		return l[0]
	}
	return nil
}

// params returns State's parameter list, unless it is empty.
func params(s *stateSite) ast.Node {
	if len(s.decl.Type.Params.List) > 0 {
		return s.decl.Type.Params
	}
	return nil
}

// fromArtifactCall returns the first call of the SDK's FromArtifact in
// State's file.
func fromArtifactCall(s *stateSite) ast.Node {
	return first(s.file, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		return ok && isFromArtifact(s.pkg.TypesInfo, call)
	})
}

// fromArtifactAssign returns the first assignment or var declaration of
// State's file that gives the two results of a FromArtifact call to two
// variables.
func fromArtifactAssign(s *stateSite) ast.Node {
	isCall := func(e ast.Expr) bool {
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		return ok && isFromArtifact(s.pkg.TypesInfo, call)
	}
	return first(s.file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			return len(n.Lhs) == 2 && len(n.Rhs) == 1 && isCall(n.Rhs[0])
		case *ast.ValueSpec:
			return len(n.Names) == 2 && len(n.Values) == 1 && isCall(n.Values[0])
		}
		return false
	})
}

// imagePath is the import path of the SDK's registry image package.
const imagePath = "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"

// isFromArtifact reports whether call calls the SDK's FromArtifact,
// vendored or not.
func isFromArtifact(info *types.Info, call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Name() != "FromArtifact" || fn.Pkg() == nil {
		return false
	}
	path := fn.Pkg().Path()
	return path == imagePath || strings.HasSuffix(path, "/vendor/"+imagePath)
}

// first returns the first node under root, in preorder, that match
// reports true for, or nil.
func first(root ast.Node, match func(ast.Node) bool) ast.Node {
	var found ast.Node
	ast.Inspect(root, func(n ast.Node) bool {
		if found == nil && n != nil && match(n) {
			found = n
		}
		return found == nil
	})
	return found
}
