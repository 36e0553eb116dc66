package model

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// This file decides whether the error a call returns is checked: whether
// some use of it decides something. A comparison whose result is branched
// on or used, errors.Is and errors.As whose result is, a return that hands
// it to the caller, and a function of the package whose own code does one
// of those decide; logging it, assigning it to _, or storing it where
// nothing reads it do not. Code the model does not see is taken to decide.

// ErrorChecked reports whether the last result of the call whose left
// parenthesis is at lparen, in the function whose syntax is fn, is checked.
// known is false where the model cannot tell.
func (p *Package) ErrorChecked(fn ast.Node, lparen token.Pos) (checked, known bool) {
	defer func() {
		if recover() != nil {
			checked, known = false, false
		}
	}()
	call := p.callAt(fn, lparen)
	if call == nil || call.Call.Signature().Results().Len() < 2 {
		return false, false
	}
	for _, ref := range referrers(call) {
		if _, ok := ref.(*ssa.Extract); !ok && !isDebug(ref) {
			return true, true // the tuple goes on as it is
		}
	}
	err := errorOf(call)
	d := &decider{p: p, memo: map[ssa.Value]bool{}}
	return err != nil && d.decides(err), true
}

// A decider finds whether a value's uses decide something.
type decider struct {
	p    *Package
	memo map[ssa.Value]bool // in progress: true, so a cycle decides nothing by itself
	// helper is set while the decider reads a helper the error is passed
	// to: there, a branch whose two ways only log and meet again decides
	// nothing (orLog). In the call's own function such a branch is the
	// error's check, and a return both ways run is error-return's.
	helper bool
}

func referrers(v ssa.Value) []ssa.Instruction {
	if refs := v.Referrers(); refs != nil {
		return *refs
	}
	return nil
}

func isDebug(instr ssa.Instruction) bool {
	_, ok := instr.(*ssa.DebugRef)
	return ok
}

// decides reports whether some use of v decides something.
func (d *decider) decides(v ssa.Value) bool {
	if r, ok := d.memo[v]; ok {
		return r
	}
	d.memo[v] = true
	r := false
	for _, ref := range referrers(v) {
		if d.use(v, ref) {
			r = true
			break
		}
	}
	d.memo[v] = r
	return r
}

// use reports whether the use ref of v decides something.
func (d *decider) use(v ssa.Value, ref ssa.Instruction) bool {
	switch ref := ref.(type) {
	case *ssa.DebugRef:
		return false
	case *ssa.If:
		return !d.helper || !cosmetic(ref)
	case *ssa.Return, *ssa.Panic:
		return true
	case *ssa.BinOp, *ssa.UnOp, *ssa.Phi, *ssa.ChangeInterface, *ssa.MakeInterface, *ssa.ChangeType,
		*ssa.TypeAssert, *ssa.Extract, *ssa.Convert:
		return d.decides(ref.(ssa.Value))
	case *ssa.Store:
		if ref.Val != v {
			return true
		}
		return d.stored(ref.Addr)
	case ssa.CallInstruction:
		return d.call(v, ref)
	}
	return true
}

// stored reports whether a value stored at addr is read where it decides.
func (d *decider) stored(addr ssa.Value) bool {
	switch addr := addr.(type) {
	case *ssa.Alloc:
		return d.local(addr)
	case *ssa.IndexAddr:
		if a, ok := addr.X.(*ssa.Alloc); ok {
			return d.local(a) // an array: a variadic call's arguments
		}
	case *ssa.FieldAddr:
		return d.p.fieldRead(addr)
	case *ssa.Global:
		return true
	}
	return true
}

// local reports whether a use of the local variable alloc decides: a load
// of it, a slice of it passed on, or a load in a closure that captures it.
func (d *decider) local(alloc *ssa.Alloc) bool {
	for _, ref := range referrers(alloc) {
		switch ref := ref.(type) {
		case *ssa.UnOp, *ssa.Slice:
			if d.decides(ref.(ssa.Value)) {
				return true
			}
		case *ssa.IndexAddr:
			for _, r := range referrers(ref) {
				if load, ok := r.(*ssa.UnOp); ok && d.decides(load) {
					return true
				}
			}
		case *ssa.MakeClosure:
			if d.captured(ref, alloc) {
				return true
			}
		case *ssa.Store, *ssa.DebugRef:
		default:
			return true
		}
	}
	return false
}

// captured reports whether the closure mc makes reads alloc, its captured
// variable, where it decides.
func (d *decider) captured(mc *ssa.MakeClosure, alloc *ssa.Alloc) bool {
	fn, ok := mc.Fn.(*ssa.Function)
	i := indexOf(mc.Bindings, ssa.Value(alloc))
	if !ok || i < 0 || i >= len(fn.FreeVars) {
		return true
	}
	for _, ref := range referrers(fn.FreeVars[i]) {
		if load, ok := ref.(*ssa.UnOp); ok && d.decides(load) {
			return true
		}
	}
	return false
}

// call reports whether passing v to a call decides: a logger does not;
// fmt.Errorf and errors.Is or As decide where their result does; a function
// of the package decides where its parameter does; other code is taken to.
func (d *decider) call(v ssa.Value, instr ssa.CallInstruction) bool {
	common := instr.Common()
	if common.IsInvoke() {
		return !loggerMethod(common.Method.Name())
	}
	if b, ok := common.Value.(*ssa.Builtin); ok {
		return b.Name() != "print" && b.Name() != "println"
	}
	fn := common.StaticCallee()
	if fn == nil {
		return true
	}
	if obj := fn.Object(); obj != nil && obj.Pkg() != nil {
		switch obj.Pkg().Path() + "." + obj.Name() {
		case "fmt.Errorf", "errors.Is", "errors.As", "errors.Join", "errors.Unwrap":
			return instr.Value() != nil && d.decides(instr.Value())
		}
		switch obj.Pkg().Path() {
		case "log", "fmt", "log/slog":
			return false
		}
		if fn.Signature.Recv() != nil && loggerMethod(obj.Name()) {
			return false
		}
	}
	if !d.p.follows(fn) {
		return true
	}
	for i, a := range common.Args {
		if a == v && i < len(fn.Params) && d.inHelper(fn.Params[i]) {
			return true
		}
	}
	return false
}

// inHelper reports whether a use of a helper's parameter decides.
func (d *decider) inHelper(param ssa.Value) bool {
	outer := d.helper
	d.helper = true
	defer func() { d.helper = outer }()
	return d.decides(param)
}

// cosmetic reports whether the two ways of the if only log (or do
// nothing) and meet again with the same values: the branch changes
// nothing the function does.
func cosmetic(instr *ssa.If) bool {
	b := instr.Block()
	var meet *ssa.BasicBlock
	var ends [2]*ssa.BasicBlock // the last block of each way, or b itself
	for i, s := range b.Succs {
		last, next := b, s
		// A block only this way enters must only log and jump on.
		for n := 0; len(next.Preds) == 1; n++ {
			if n == 8 || !logsOnly(next) || len(next.Succs) != 1 {
				return false
			}
			last, next = next, next.Succs[0]
		}
		if meet != nil && next != meet {
			return false
		}
		meet, ends[i] = next, last
	}
	for _, instr := range meet.Instrs {
		phi, ok := instr.(*ssa.Phi)
		if !ok {
			break
		}
		if edgeValue(phi, ends[0]) != edgeValue(phi, ends[1]) {
			return false
		}
	}
	return true
}

func edgeValue(phi *ssa.Phi, pred *ssa.BasicBlock) ssa.Value {
	for i, p := range phi.Block().Preds {
		if p == pred && i < len(phi.Edges) {
			return phi.Edges[i]
		}
	}
	return nil
}

// logsOnly reports whether b only logs and jumps on.
func logsOnly(b *ssa.BasicBlock) bool {
	for _, instr := range b.Instrs {
		switch x := instr.(type) {
		case *ssa.DebugRef, *ssa.MakeInterface, *ssa.ChangeInterface, *ssa.ChangeType, *ssa.Convert,
			*ssa.Alloc, *ssa.IndexAddr, *ssa.FieldAddr, *ssa.Field, *ssa.Slice, *ssa.UnOp, *ssa.Jump:
		case *ssa.Store:
			if _, ok := x.Addr.(*ssa.IndexAddr); !ok {
				return false
			}
		case *ssa.Call:
			if !isLogger(x.Common()) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// isLogger reports whether common calls a logger: a print function of
// log, fmt or log/slog, print or println, or a method named like a logger's.
func isLogger(common *ssa.CallCommon) bool {
	if common.IsInvoke() {
		return loggerMethod(common.Method.Name())
	}
	if b, ok := common.Value.(*ssa.Builtin); ok {
		return b.Name() == "print" || b.Name() == "println"
	}
	fn := common.StaticCallee()
	if fn == nil || fn.Object() == nil || fn.Object().Pkg() == nil {
		return false
	}
	switch fn.Object().Pkg().Path() {
	case "log", "fmt", "log/slog":
		return !strings.HasPrefix(fn.Name(), "Errorf") && !strings.HasPrefix(fn.Name(), "Sprint")
	}
	return fn.Signature.Recv() != nil && loggerMethod(fn.Name())
}

// loggerMethod reports whether a method's name is a logger's or a UI's.
func loggerMethod(name string) bool {
	switch name {
	case "Debug", "Info", "Warn", "Error", "Trace", "Printf", "Println", "Print", "Say", "Message",
		"Debugf", "Infof", "Warnf", "Errorf", "Log", "Logf":
		return true
	}
	return false
}

// fieldRead reports whether the package reads the field addr addresses,
// in any value of its struct type, anywhere in its syntax (the model does
// not build every function).
func (p *Package) fieldRead(addr *ssa.FieldAddr) bool {
	ptr, ok := addr.X.Type().Underlying().(*types.Pointer)
	if !ok {
		return true
	}
	st, ok := ptr.Elem().Underlying().(*types.Struct)
	if !ok || addr.Field >= st.NumFields() {
		return true
	}
	if p.reads == nil {
		p.reads = fieldReads(p.files, p.info)
	}
	return p.reads[st.Field(addr.Field)]
}

// fieldReads returns the fields that files read: selected other than as
// the target of an assignment.
func fieldReads(files []*ast.File, info *types.Info) map[*types.Var]bool {
	written := map[ast.Expr]bool{}
	reads := map[*types.Var]bool{}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				for _, l := range n.Lhs {
					written[ast.Unparen(l)] = true
				}
			case *ast.SelectorExpr:
				if sel, ok := info.Selections[n]; ok && sel.Kind() == types.FieldVal && !written[n] {
					if v, ok := sel.Obj().(*types.Var); ok {
						reads[v] = true
					}
				}
			}
			return true
		})
	}
	return reads
}
