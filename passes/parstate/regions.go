package parstate

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// Where an image's region is, for region-missing and for the branch that
// state-uri-missing's fix inserts: a field of the artifact named for a
// region, a key of its state named for one, the key of a FromMappedData map
// of regions, or the one region the package passes to its other images.

// A regionGuess is what parstate can tell of the region of an image: value,
// the expression that clearly holds it, or else hint, what may hold it. The
// zero regionGuess says nothing names a region.
type regionGuess struct {
	value string
	hint  string
}

func (g regionGuess) known() bool { return g.value != "" || g.hint != "" }

// regionAt returns the guess for the image built at cur (a FromArtifact call
// or an Image literal) from the artifact variable recv ("" when it is not a
// variable of sm's type).
func (c *pkgContext) regionAt(sm *stateMethod, cur inspector.Cursor, recv string) regionGuess {
	if g, ok := c.mappedRegion(cur); ok {
		return g
	}
	if g := c.rangeRegion(cur); g.known() {
		return g
	}
	if g := regionFields(sm.named, recv); g.known() {
		return g
	}
	if g := configRegion(sm.named, recv); g.known() {
		return g
	}
	if g := c.regionStateKey(sm.named); g.known() {
		return g
	}
	return c.packageRegion()
}

// namesRegion reports whether an identifier names the region an image is
// in: a region, a zone, a location or a datacenter, and not where it came
// from, how to reach it, or a place in a file system or a bucket
// (FileLocation).
func namesRegion(name string) bool {
	return hasWord(name, "region", "zone", "location", "datacenter") &&
		!hasWord(name, "source", "src", "base", "parent", "url", "uri", "endpoint", "path", "dir", "directory", "file",
			"folder", "bucket", "regions", "zones", "locations")
}

// regionFields returns the guess of the one string field of the artifact,
// direct or promoted, named for its region, as recv.Field, or, when recv is
// "" or there are several, the fields.
func regionFields(named *types.Named, recv string) regionGuess {
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return regionGuess{}
	}
	var names []string
	for _, f := range selectableFields(named, st, func(f *types.Var) bool { return isString(f.Type()) && namesRegion(f.Name()) }) {
		names = append(names, f.Name())
	}
	return withHolder(guessOf(names, recv != ""), recv)
}

// regionStateKey returns a guess when the package reads a map field of the
// artifact with a constant key named for a region (a.StateData["region"]):
// what it holds must be asserted, so there is no value to write.
func (c *pkgContext) regionStateKey(named *types.Named) regionGuess {
	if g, ok := c.stateKeyRegions[named]; ok {
		return g
	}
	g := c.findRegionStateKey(named)
	c.stateKeyRegions[named] = g
	return g
}

func (c *pkgContext) findRegionStateKey(named *types.Named) regionGuess {
	info := c.pass.TypesInfo
	for cur := range c.root.Preorder((*ast.IndexExpr)(nil)) {
		ix := cur.Node().(*ast.IndexExpr)
		if _, ok := ix.X.(*ast.SelectorExpr); !ok {
			continue
		}
		f := fieldOf(info, ix.X)
		key, ok := constString(info, ix.Index)
		if f == nil || !ok || !namesRegion(key) {
			continue
		}
		if sel, ok := ast.Unparen(ix.X).(*ast.SelectorExpr); ok && receiverNamed(info.TypeOf(sel.X)) == named {
			return regionGuess{hint: "the artifact's " + f.Name() + "[" + strconv.Quote(key) + "]"}
		}
	}
	return regionGuess{}
}

// mappedRegion returns the guess for an image built in a FromMappedData
// callback whose map is keyed by region, as its key variable or the map's
// name says: the callback's string variable asserted from the key, or the
// key itself. A function literal stored before it is handed to
// FromMappedData counts when it asserts its first parameter to a string
// named for a region. ok is false outside such a callback.
func (c *pkgContext) mappedRegion(cur inspector.Cursor) (g regionGuess, ok bool) {
	info := c.pass.TypesInfo
	for lc := range cur.Enclosing((*ast.FuncLit)(nil)) {
		lit := lc.Node().(*ast.FuncLit)
		key := litParam(info, lit, 0)
		call, isCall := lc.Parent().Node().(*ast.CallExpr)
		direct := isCall && imageFunc(info, call) == fromMappedName && len(call.Args) == 2 && call.Args[1] == lit
		var keyVar *types.Var
		if key != nil {
			keyVar = c.keyString(lit, key, cur.Node().Pos())
		}
		named := keyVar != nil && namesRegion(keyVar.Name())
		switch {
		case !direct && named:
			return regionGuess{value: keyVar.Name()}, true
		case !direct:
			return regionGuess{}, false
		case key == nil || !named && !namesRegion(key.Name()) && !mapNamesRegion(info, call.Args[0]):
			return regionGuess{}, true // a map of something else: nothing to say
		case keyVar != nil:
			return regionGuess{value: keyVar.Name()}, true
		}
		return regionGuess{hint: "the map key, " + key.Name()}, true
	}
	return regionGuess{}, false
}

// rangeRegion returns the guess for an image built in a range loop over
// regions, or over things that each have a region: the loop's string
// variable named for a region (for region, ids := range a.Amis; for _,
// region := range a.Regions), or the element's one string field named so
// (for _, t := range a.Templates: t.Zone). The nearest loop decides.
func (c *pkgContext) rangeRegion(cur inspector.Cursor) regionGuess {
	info := c.pass.TypesInfo
	for rc := range cur.Enclosing((*ast.RangeStmt)(nil), (*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
		rs, ok := rc.Node().(*ast.RangeStmt)
		if !ok {
			return regionGuess{} // the loop is outside the function that builds the image
		}
		for _, e := range []ast.Expr{rs.Key, rs.Value} {
			id, ok := e.(*ast.Ident)
			if !ok {
				continue
			}
			v, ok := info.ObjectOf(id).(*types.Var)
			if !ok || v.Name() == "_" {
				continue
			}
			if isString(v.Type()) && namesRegion(v.Name()) {
				return regionGuess{value: v.Name()}
			}
			if st, ok := derefStruct(v.Type()); ok {
				if g := structRegion(st, v.Pkg(), v.Name()); g.known() {
					return g
				}
			}
		}
	}
	return regionGuess{}
}

// structRegion returns the guess of the one string field of st named for
// a region, selectable from pkg, as holder.Field, or the fields when there
// are several.
func structRegion(st *types.Struct, pkg *types.Package, holder string) regionGuess {
	return guessOf(regionFieldNames(st, pkg, holder+"."), true)
}

// regionFieldNames returns prefix+name of the string fields of st named for
// a region and selectable from pkg, embedded structs aside.
func regionFieldNames(st *types.Struct, pkg *types.Package, prefix string) []string {
	var names []string
	for f := range st.Fields() {
		if !f.Embedded() && (f.Exported() || f.Pkg() == pkg) && isString(f.Type()) && namesRegion(f.Name()) {
			names = append(names, prefix+f.Name())
		}
	}
	return names
}

// guessOf returns the guess of candidates: the one, as the value when
// writable, or all of them as a hint.
func guessOf(candidates []string, writable bool) regionGuess {
	switch {
	case len(candidates) == 1 && writable:
		return regionGuess{value: candidates[0]}
	case len(candidates) > 0:
		return regionGuess{hint: strings.Join(candidates, " or ")}
	}
	return regionGuess{}
}

// configRegion returns the guess of the one string field named for a region
// in the structs the artifact holds in its own fields (a.config.Zone), when
// the artifact has none of its own.
func configRegion(named *types.Named, recv string) regionGuess {
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return regionGuess{}
	}
	pkg := named.Obj().Pkg()
	var names []string
	for f := range st.Fields() {
		if inner, ok := derefStruct(f.Type()); ok && !f.Embedded() && (f.Exported() || f.Pkg() == pkg) {
			names = append(names, regionFieldNames(inner, pkg, f.Name()+".")...)
		}
	}
	return withHolder(guessOf(names, recv != ""), recv)
}

// withHolder prefixes a guess's value with the artifact variable recv, and
// its hint with "the artifact's".
func withHolder(g regionGuess, recv string) regionGuess {
	switch {
	case g.value != "":
		g.value = recv + "." + g.value
	case g.hint != "":
		g.hint = "the artifact's " + g.hint
	}
	return g
}

// litParam returns the i'th parameter of lit, when it is named.
func litParam(info *types.Info, lit *ast.FuncLit, i int) *types.Var {
	sig, ok := info.TypeOf(lit).(*types.Signature)
	if !ok || sig.Params().Len() <= i {
		return nil
	}
	v := sig.Params().At(i)
	if v.Name() == "" || v.Name() == "_" {
		return nil
	}
	return v
}

// keyString returns the string variable that lit's body asserts the key
// to (region := key.(string), or with ok) before pos, when it is still in
// scope at pos.
func (c *pkgContext) keyString(lit *ast.FuncLit, key *types.Var, pos token.Pos) *types.Var {
	info := c.pass.TypesInfo
	var found *types.Var
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || as.Pos() > pos || len(as.Rhs) != 1 || len(as.Lhs) == 0 {
			return found == nil
		}
		ta, ok := ast.Unparen(as.Rhs[0]).(*ast.TypeAssertExpr)
		if !ok || ta.Type == nil || info.Uses[identOf(ta.X)] != key || !isString(info.TypeOf(ta.Type)) {
			return true
		}
		if v, ok := info.ObjectOf(identOf(as.Lhs[0])).(*types.Var); ok && v.Name() != "_" {
			if scope := c.scopeAt(pos); scope != nil && lookup(scope, v.Name(), pos) == v {
				found = v
			}
		}
		return found == nil
	})
	return found
}

// mapNamesRegion reports whether the map handed to FromMappedData is a
// field or a variable named for regions (a.RegionAMIs, amisByRegion).
func mapNamesRegion(info *types.Info, e ast.Expr) bool {
	var name string
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		name = e.Name
	case *ast.SelectorExpr:
		name = e.Sel.Name
	}
	return hasWord(name, "region", "regions", "zone", "zones", "location", "locations")
}
