package model

import (
	"fmt"
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// This file computes the calls of the standard library whose result the
// model knows from constant arguments: the functions of package strings
// that keep a key a key or test one, len, and fmt.Sprintf.

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
	c.unordered++ // the stores may come after the call
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
