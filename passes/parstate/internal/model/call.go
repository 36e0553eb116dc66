package model

import (
	"fmt"
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// A target is a function a call may run, with its free variables' values.
type target struct {
	fn    *ssa.Function
	binds []val
	recv  *val // an interface call's receiver, passed as the first parameter
}

// call evaluates a call (or a go or defer statement) on each side that
// reaches it: a function the model follows is evaluated in the context of
// the call's arguments, a function of package strings on constants is
// computed, anything else is unknown.
func (c *Context) call(b *ssa.BasicBlock, instr ssa.CallInstruction) bool {
	common := instr.Common()
	sides := c.liveSides(b)
	args := make([]pair, len(common.Args))
	for i, a := range common.Args {
		args[i] = c.get(a)
	}
	var targets [2][]target
	for s, on := range sides {
		if on {
			targets[s] = c.targets(Side(s), instr)
		}
	}
	callees := c.contexts(targets, args)
	c.callees[instr] = &callees
	var res [2][]val
	for s, on := range sides {
		if !on {
			continue
		}
		if len(targets[s]) == 0 {
			res[s] = c.external(Side(s), instr, args)
			continue
		}
		for _, callee := range callees[s] {
			res[s] = joinTuple(res[s], callee.results(Side(s), common.Signature()))
		}
	}
	return c.setResults(instr, res)
}

// contexts returns the contexts the targets of each side run in. A
// function both sides call, with the same free variables, is evaluated once
// with both sides' arguments, so that a condition in it may tell the key
// from another.
func (c *Context) contexts(targets [2][]target, args []pair) [2][]*Context {
	var out [2][]*Context
	paired := map[int]bool{}
	for _, t := range targets[KeySide] {
		params := pair2{c.paramsOf(KeySide, t, args), nil}
		reached := [2]bool{true, false}
		for j, o := range targets[OtherSide] {
			if !paired[j] && o.fn == t.fn && sameAll(o.binds, t.binds) {
				paired[j] = true
				params[OtherSide], reached[OtherSide] = c.paramsOf(OtherSide, o, args), true
				break
			}
		}
		ctx := c.p.context(t.fn, params, reached)
		out[KeySide] = append(out[KeySide], ctx)
		if reached[OtherSide] {
			out[OtherSide] = append(out[OtherSide], ctx)
		}
	}
	for j, o := range targets[OtherSide] {
		if !paired[j] {
			ctx := c.p.context(o.fn, pair2{nil, c.paramsOf(OtherSide, o, args)}, [2]bool{false, true})
			out[OtherSide] = append(out[OtherSide], ctx)
		}
	}
	return out
}

// paramsOf returns the values of t's parameters, then of its free
// variables, on side s.
func (c *Context) paramsOf(s Side, t target, args []pair) []val {
	n := len(t.fn.Params)
	out := make([]val, 0, n+len(t.binds))
	if t.recv != nil {
		out = append(out, *t.recv)
	}
	for _, a := range args {
		out = append(out, a[s])
	}
	for len(out) < n {
		out = append(out, unknown)
	}
	out = out[:n]
	for i := range t.fn.FreeVars {
		if i < len(t.binds) {
			out = append(out, t.binds[i])
		} else {
			out = append(out, unknown)
		}
	}
	return out
}

// targets returns the functions the model follows that the call may run on
// side s: its static callee, the function value it calls when the model
// knows it, the methods of the package's types an interface call may
// reach, or what the call graph says a function value may be.
func (c *Context) targets(s Side, instr ssa.CallInstruction) []target {
	common := instr.Common()
	if common.IsInvoke() {
		recv := c.get(common.Value)[s]
		var out []target
		for _, fn := range c.p.implementations(common.Method) {
			out = append(out, target{fn: fn, recv: &recv})
		}
		return out
	}
	if fn := common.StaticCallee(); fn != nil {
		if !c.p.follows(fn) {
			return nil
		}
		t := target{fn: fn}
		if v := c.get(common.Value)[s]; v.k == fun && v.fn == fn {
			t.binds = v.binds
		}
		return []target{t}
	}
	if v := c.get(common.Value)[s]; v.k == fun {
		if c.p.follows(v.fn) {
			return []target{{fn: v.fn, binds: v.binds}}
		}
		return nil
	}
	var out []target
	for _, fn := range c.p.dynamicCallees(instr) {
		out = append(out, target{fn: fn})
	}
	return out
}

// results returns what c returns on side s: while c is being evaluated (a
// recursive call), the results of its previous evaluation, which its
// evaluation repeats until they hold; unknown when a limit cut it short;
// nothing when it never returns.
func (c *Context) results(s Side, sig *types.Signature) []val {
	n := sig.Results().Len()
	out := make([]val, n)
	switch {
	case c.partial:
		for i := range out {
			out[i] = unknown
		}
	case !c.done:
		c.recursed = true
		if n := len(c.p.stack); n > 0 {
			reader := c.p.stack[n-1]
			reader.readOuter = min(reader.readOuter, c.depth)
		}
		copy(out, c.summary[s])
	default:
		copy(out, c.result[s])
	}
	return out
}

func joinTuple(xs, ys []val) []val {
	if xs == nil {
		return append([]val(nil), ys...)
	}
	for i := range xs {
		if i < len(ys) {
			xs[i] = join(xs[i], ys[i])
		}
	}
	return xs
}

// setResults stores the results of a call and reports whether they changed.
func (c *Context) setResults(instr ssa.CallInstruction, res [2][]val) bool {
	v := instr.Value()
	if v == nil {
		return false
	}
	if _, ok := v.Type().(*types.Tuple); ok {
		return c.setTuple(v, KeySide, res[KeySide]) || c.setTuple(v, OtherSide, res[OtherSide])
	}
	var w pair
	for s := range res {
		if len(res[s]) > 0 {
			w[s] = res[s][0]
		}
	}
	return c.set(v, w)
}

// setTuple stores the values of a tuple on side s and reports whether they
// changed.
func (c *Context) setTuple(v ssa.Value, s Side, vs []val) bool {
	t, ok := c.tuples[v]
	if !ok {
		t = &[2][]val{}
		c.tuples[v] = t
	}
	if sameTuple(t[s], vs) {
		return false
	}
	t[s] = append([]val(nil), vs...)
	return true
}

func sameTuple(xs, ys []val) bool {
	if len(xs) != len(ys) {
		return false
	}
	for i := range xs {
		if !equal(xs[i], ys[i]) {
			return false
		}
	}
	return true
}

// external evaluates a call of code the model does not follow on side s.
// On the key side, passing the key to code that is not the standard
// library, and using what it returns, is forwarding: that code may answer.
// A function value it is handed may be called: it is reached with unknown
// arguments.
func (c *Context) external(s Side, instr ssa.CallInstruction, args []pair) []val {
	common := instr.Common()
	sig := common.Signature()
	vals := make([]val, len(args))
	keyed := false
	for i, a := range args {
		vals[i] = a[s]
		keyed = keyed || a[s].keyed
	}
	if v, ok := c.computed(s, common, vals); ok {
		v.keyed = keyed
		return []val{v}
	}
	if s == KeySide && keyed && resultUsed(instr) && !c.seen(common) {
		c.forwards = true
	}
	out := make([]val, sig.Results().Len())
	for i := range out {
		out[i] = val{k: top, keyed: keyed}
	}
	c.handedFuncs(s, instr, vals)
	return out
}

// seen reports whether the callee of common is one parstate takes as
// seen: a function of the standard library, other than a State method.
func (c *Context) seen(common *ssa.CallCommon) bool {
	if _, ok := common.Value.(*ssa.Builtin); ok {
		return true
	}
	fn := common.StaticCallee()
	if fn == nil || fn.Object() == nil {
		return false
	}
	obj := fn.Object()
	return obj.Name() != "State" && c.p.cfg.IsStdlib != nil && c.p.cfg.IsStdlib(obj.Pkg())
}

// handedFuncs records, as callees of instr on side s, the functions of the
// package among vals, evaluated with unknown arguments.
func (c *Context) handedFuncs(s Side, instr ssa.CallInstruction, vals []val) {
	for _, v := range vals {
		if v.k != fun || !c.p.follows(v.fn) {
			continue
		}
		t := target{fn: v.fn, binds: v.binds}
		params := pair2{}
		reached := [2]bool{}
		params[s], reached[s] = c.paramsOf(s, t, nil), true
		ctx := c.p.context(v.fn, params, reached)
		c.callees[instr][s] = append(c.callees[instr][s], ctx)
	}
}

// resultUsed reports whether something reads what the call returns.
func resultUsed(instr ssa.CallInstruction) bool {
	v := instr.Value()
	if v == nil || v.Referrers() == nil {
		return false
	}
	for _, ref := range *v.Referrers() {
		if _, ok := ref.(*ssa.DebugRef); !ok {
			return true
		}
	}
	return false
}

// computed returns the value of a call of a builtin or of package strings
// whose arguments are constants.
func (c *Context) computed(s Side, common *ssa.CallCommon, vals []val) (val, bool) {
	if b, ok := common.Value.(*ssa.Builtin); ok {
		if b.Name() == "len" && len(vals) == 1 {
			if s, ok := vals[0].str(); ok {
				return val{k: con, c: constant.MakeInt64(int64(len(s)))}, true
			}
		}
		return val{}, false
	}
	fn := common.StaticCallee()
	if fn == nil || fn.Object() == nil || fn.Object().Pkg() == nil {
		return val{}, false
	}
	switch fn.Object().Pkg().Path() + "." + fn.Name() {
	case "fmt.Sprintf":
		return c.sprintf(s, common, vals)
	}
	if fn.Object().Pkg().Path() != "strings" {
		return val{}, false
	}
	return stringCall(fn.Name(), vals)
}

// sprintf computes fmt.Sprintf of constants on side s: a format of the verbs %s, %d, %v and %q only, and arguments
// the call packs into its variadic slice, each stored once.
func (c *Context) sprintf(s Side, common *ssa.CallCommon, vals []val) (val, bool) {
	format, ok := vals[0].str()
	if !ok || !plainVerbs(format) || len(common.Args) == 0 {
		return val{}, false
	}
	var args []any
	sl, ok := common.Args[len(common.Args)-1].(*ssa.Slice)
	if ok {
		alloc, ok := sl.X.(*ssa.Alloc)
		if !ok {
			return val{}, false
		}
		if args, ok = c.packed(s, alloc); !ok {
			return val{}, false
		}
	} else if k, isConst := common.Args[len(common.Args)-1].(*ssa.Const); !isConst || !k.IsNil() {
		return val{}, false
	}
	return val{k: con, c: constant.MakeString(fmt.Sprintf(format, args...))}, true
}

// plainVerbs reports whether format uses only the verbs %s, %d, %v and %q.
func plainVerbs(format string) bool {
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		if i >= len(format) || !strings.ContainsRune("sdvq%", rune(format[i])) {
			return false
		}
	}
	return true
}

// packed returns the Go values of the constants stored in the array alloc
// that a variadic call packs its arguments into.
func (c *Context) packed(s Side, alloc *ssa.Alloc) ([]any, bool) {
	arr, ok := alloc.Type().Underlying().(*types.Pointer).Elem().Underlying().(*types.Array)
	if !ok || alloc.Referrers() == nil {
		return nil, false
	}
	args := make([]any, arr.Len())
	set := 0
	for _, ref := range *alloc.Referrers() {
		ia, ok := ref.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		i, ok := ia.Index.(*ssa.Const)
		if !ok || ia.Referrers() == nil {
			return nil, false
		}
		for _, r := range *ia.Referrers() {
			st, ok := r.(*ssa.Store)
			if !ok {
				return nil, false
			}
			v, ok := goValue(c.get(st.Val)[s])
			if !ok {
				return nil, false
			}
			args[i.Int64()] = v
			set++
		}
	}
	return args, set == len(args)
}

// goValue returns a constant as a Go value of its kind.
func goValue(v val) (any, bool) {
	if v.k != con {
		return nil, false
	}
	switch v.c.Kind() {
	case constant.String:
		return constant.StringVal(v.c), true
	case constant.Bool:
		return constant.BoolVal(v.c), true
	case constant.Int:
		n, exact := constant.Int64Val(v.c)
		return n, exact
	}
	return nil, false
}

// stringCall computes a function of package strings on constant strings.
func stringCall(name string, vals []val) (val, bool) {
	args := make([]string, len(vals))
	for i, v := range vals {
		s, ok := v.str()
		if !ok {
			return val{}, false
		}
		args[i] = s
	}
	if f, ok := stringFuncs[name]; ok && len(args) == f.args {
		return val{k: con, c: constant.MakeString(f.do(args))}, true
	}
	if f, ok := stringTests[name]; ok && len(args) == 2 {
		return val{k: con, c: constant.MakeBool(f(args[0], args[1]))}, true
	}
	return val{}, false
}

// stringFuncs are the functions of package strings that keep a key a key.
var stringFuncs = map[string]struct {
	args int
	do   func([]string) string
}{
	"TrimSpace":  {1, func(a []string) string { return strings.TrimSpace(a[0]) }},
	"ToLower":    {1, func(a []string) string { return strings.ToLower(a[0]) }},
	"ToUpper":    {1, func(a []string) string { return strings.ToUpper(a[0]) }},
	"Clone":      {1, func(a []string) string { return a[0] }},
	"TrimPrefix": {2, func(a []string) string { return strings.TrimPrefix(a[0], a[1]) }},
	"TrimSuffix": {2, func(a []string) string { return strings.TrimSuffix(a[0], a[1]) }},
	"Trim":       {2, func(a []string) string { return strings.Trim(a[0], a[1]) }},
}

// stringTests are the functions of package strings that test a key.
var stringTests = map[string]func(x, y string) bool{
	"EqualFold": strings.EqualFold,
	"HasPrefix": strings.HasPrefix,
	"HasSuffix": strings.HasSuffix,
	"Contains":  strings.Contains,
}
