package parstate

import (
	"go/ast"
	"go/token"
	"slices"

	"github.com/parlint/parlint/passes/parstate/internal/model"
)

// This file reads what runs when an image call fails from the model.

// fromModel records what the model found runs when the call fails: the
// returns of the call's function that run for the URI only when it
// failed, and those of its image and the appends of it that a failed call
// reaches, after a test of the error.
func (ic *imageCall) fromModel(c *pkgContext, f model.Failure) {
	pf := ic.pf
	toPacker := singleInterfaceResult(pf.sig)
	for _, pos := range f.OnlyOnError {
		if ret := pf.liveReturn(c, pos); ret != nil {
			ic.onlyOnError[ret] = true
			if toPacker && len(ret.Results) == 1 {
				ic.errorPath = append(ic.errorPath, ret)
			}
		}
	}
	for _, pos := range f.ImageReturns {
		if ret := pf.liveReturn(c, pos); ret != nil && f.Tested && toPacker && !ic.onlyOnError[ret] && ic.errVar != nil {
			ic.errorPath = append(ic.errorPath, ret)
			ic.shared = append(ic.shared, ret)
		}
	}
	slices.SortFunc(ic.errorPath, func(x, y *ast.ReturnStmt) int { return int(x.Pos() - y.Pos()) })
	if ic.imgVar != nil && len(f.Appends) > 0 {
		if cur, ok := ic.pf.cur.FindByPos(f.Appends[0], f.Appends[0]+1); ok {
			ic.nilAppend, _ = cur.Node().(*ast.CallExpr)
		}
	}
}

// liveReturn returns the return statement of pf whose keyword is at pos,
// when it runs for the URI.
func (pf *pathFunc) liveReturn(c *pkgContext, pos token.Pos) *ast.ReturnStmt {
	cur, ok := pf.cur.FindByPos(pos, pos+token.Pos(len("return")))
	if !ok {
		return nil
	}
	ret, ok := cur.Node().(*ast.ReturnStmt)
	if !ok {
		return nil
	}
	if b, ok := pf.flow.block[ret]; !ok || !pf.reach.live[b.Index] {
		return nil
	}
	return ret
}
