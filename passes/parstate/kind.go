package parstate

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"path"
	"reflect"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/tools/go/ast/inspector"
)

// What an artifact is decides whether State must answer the registry key:
// whether it holds a machine image at all, and whether its Id names that
// image. Both are read from what the code says the artifact is, never from
// how Id is spelled alone.

// An artifactKind is what an artifact is, as far as publishing goes.
type artifactKind struct {
	image bool // it holds a machine image, or nothing says it does not
	named bool // its Id names that image (default mode reports only these)
	// why says, for an artifact without an image, what says so (`its name
	// says "checksum"`), and for an image whose Id does not name it, what
	// Id is ("a constant", "the provider's name").
	why string
	// idField is the one field of the artifact that could hold its
	// image's identity, when Id does not name it: advice, never a fix.
	idField string
}

// Words that say what an artifact is. An artifact is taken to have no
// image when what names it (its type, its package, its builder ID) says so,
// by the last telling word of each name, and no name says image; when no
// name tells, when what it says of itself (String's text, Id's and Files'
// constants) says so and nothing there says image. Anything else, words of
// both kinds or of neither, is an image: -strict is there to report those.
var (
	imageWords = wordSet("image images img vm vms machine machines disk disks snapshot snapshots template templates " +
		"box boxes ami amis instance volume volumes vhd vhdx vmdk vdi qcow qcow2 ova ovf droplet appliance")
	noImageWords = wordSet("checksum checksums sha1 sha256 sha512 md5 compress compressed compression archive archives " +
		"tarball tar tgz zip zstd gzip gz bzip2 xz lz4 manifest record log logs metadata marker dummy demo mock fake " +
		"fixture scaffolding spk file files directory dir artifice")
	// proseOnly are words that say no image in prose ("Exported Docker
	// file") but not in a name (an ImageFile holds an image).
	proseOnly = wordSet("file files directory dir")
)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// kindOf returns what the artifact type named is, on first use.
func (c *pkgContext) kindOf(named *types.Named) artifactKind {
	if k, ok := c.kinds[named]; ok {
		return k
	}
	k := c.findKind(named)
	c.kinds[named] = k
	return k
}

func (c *pkgContext) findKind(named *types.Named) artifactKind {
	if c.idForwards(named) {
		return artifactKind{image: true, named: true} // a wrapper: its Id is the wrapped artifact's
	}
	if why := c.noImage(named); why != "" {
		return artifactKind{why: why}
	}
	k := artifactKind{image: true, named: true}
	files := c.filesFields(named)
	if why := c.idNotIdentity(named, files); why != "" {
		k.named, k.why = false, why
		k.idField = identityField(named, files)
	}
	return k
}

// idForwards reports whether the artifact's Id returns the Id of another
// artifact, as a wrapper's does: whatever the wrapper is called, it holds
// the wrapped artifact's image.
func (c *pkgContext) idForwards(named *types.Named) bool {
	decl, ok := c.methodDecl(named, "Id")
	if !ok {
		return false
	}
	info := c.pass.TypesInfo
	for _, ret := range c.flowOf(decl.Node()).reachedReturns(view{}) {
		for _, e := range ret.Results {
			call, ok := ast.Unparen(e).(*ast.CallExpr)
			if !ok {
				continue
			}
			sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != "Id" {
				continue
			}
			if t := info.TypeOf(sel.X); t != nil && (types.IsInterface(t) && hasArtifactMethods(t) ||
				!types.IsInterface(t) && c.isArtifact(t)) {
				return true
			}
		}
	}
	return false
}

// noImage says why the artifact named holds no image, or returns "".
// What names the artifact decides first, by the last word of each name
// that says anything (a BoxMetadata is metadata, an ImageChecksum a
// checksum); failing that, what it says of itself, by all its words.
func (c *pkgContext) noImage(named *types.Named) string {
	img, no := "", ""
	for _, name := range c.names(named) {
		switch w := headWord(name); {
		case imageWords[w] && img == "":
			img = w
		case noImageWords[w] && no == "":
			no = w
		}
	}
	if no != "" || img != "" {
		return kindWhy(img, no, "its name says")
	}
	for _, w := range c.selfWords(named) {
		switch {
		case imageWords[w] && img == "":
			img = w
		case noImageWords[w] && no == "":
			no = w
		}
	}
	return kindWhy(img, no, "its String, Id or Files say")
}

// kindWhy says why an artifact holds no image, when the words found say
// no image (no) and none says image (img), or returns "".
func kindWhy(img, no, where string) string {
	if no == "" || img != "" {
		return ""
	}
	return where + " " + strconv.Quote(no)
}

// headWord returns the last word of name that says whether it is an image,
// words that say so only in prose aside (an ImageFile is an image).
func headWord(name string) string {
	words := splitWords(name)
	for i := len(words) - 1; i >= 0; i-- {
		w := words[i]
		if imageWords[w] || noImageWords[w] && !proseOnly[w] {
			return w
		}
	}
	return ""
}

// names returns what names the artifact: its type, its package, its
// builder ID, and "record" for a struct every field of which has a json
// tag (a record written to a file, as Packer's manifest is).
func (c *pkgContext) names(named *types.Named) []string {
	names := []string{named.Obj().Name(), c.pass.Pkg.Name(), path.Base(c.pass.Pkg.Path())}
	names = append(names, c.methodStrings(named, "BuilderId", true)...)
	if isJSONRecord(named) {
		names = append(names, "record")
	}
	return names
}

// selfWords returns the words of what the artifact says of itself: the
// constants of its String, the constants its Id returns, and those of its
// Files.
func (c *pkgContext) selfWords(named *types.Named) []string {
	var words []string
	for _, m := range []struct {
		name        string
		resultsOnly bool
	}{{"String", false}, {"Id", true}, {"Files", false}} {
		for _, s := range c.methodStrings(named, m.name, m.resultsOnly) {
			words = append(words, splitWords(s)...)
		}
	}
	return words
}

// methodStrings returns the string constants in the body of the artifact's
// method name, declared in this package: those its returns return, when
// resultsOnly, or every one.
func (c *pkgContext) methodStrings(named *types.Named, name string, resultsOnly bool) []string {
	decl, ok := c.methodDecl(named, name)
	if !ok {
		return nil
	}
	info := c.pass.TypesInfo
	var out []string
	if resultsOnly {
		for _, ret := range c.flowOf(decl.Node()).reachedReturns(view{}) {
			for _, e := range ret.Results {
				if s, ok := constString(info, e); ok {
					out = append(out, s)
				}
			}
		}
		return out
	}
	for cur := range decl.Preorder((*ast.BasicLit)(nil), (*ast.Ident)(nil)) {
		e := cur.Node().(ast.Expr)
		if tv, ok := info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
			out = append(out, constant.StringVal(tv.Value))
		}
	}
	return out
}

// methodDecl returns the declaration of the artifact's method name, when the
// package declares it.
func (c *pkgContext) methodDecl(named *types.Named, name string) (inspector.Cursor, bool) {
	fn, ok := lookupMethod(types.NewPointer(named), name)
	if !ok {
		return inspector.Cursor{}, false
	}
	return c.funcDecl(fn)
}

// splitWords splits s into lower-case words: at anything not a letter or a
// digit, and where a lower-case letter meets an upper-case one ("VMFiles"
// is "vm", "files"; "qcow2" stays whole).
func splitWords(s string) []string {
	var words []string
	start := -1 // where the current word starts, or -1
	var prev rune
	for i, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			if start >= 0 {
				words = append(words, strings.ToLower(s[start:i]))
			}
			start, prev = -1, r
			continue
		}
		if start >= 0 && unicode.IsUpper(r) && (unicode.IsLower(prev) || unicode.IsUpper(prev) && nextIsLower(s[i:])) {
			words = append(words, strings.ToLower(s[start:i]))
			start = -1
		}
		if start < 0 {
			start = i
		}
		prev = r
	}
	if start >= 0 {
		words = append(words, strings.ToLower(s[start:]))
	}
	return words
}

// nextIsLower reports whether the rune after the first of s is a lower-case
// letter.
func nextIsLower(s string) bool {
	_, n := utf8.DecodeRuneInString(s)
	r, m := utf8.DecodeRuneInString(s[n:])
	return m > 0 && unicode.IsLower(r)
}

// isJSONRecord reports whether named is a struct whose every field has a
// json tag: a record written to a file (Packer's manifest) that implements
// Artifact for convenience.
func isJSONRecord(named *types.Named) bool {
	st, ok := named.Underlying().(*types.Struct)
	if !ok || st.NumFields() == 0 {
		return false
	}
	for i := range st.NumFields() {
		if _, ok := reflect.StructTag(st.Tag(i)).Lookup("json"); !ok {
			return false
		}
	}
	return true
}

// fieldOf returns the field that e selects, directly or through an index
// (a.urls[0]), or nil.
func fieldOf(info *types.Info, e ast.Expr) *types.Var {
	e = ast.Unparen(e)
	if ix, ok := e.(*ast.IndexExpr); ok {
		e = ast.Unparen(ix.X)
	}
	sel, ok := e.(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	if s, ok := info.Selections[sel]; ok && s.Kind() == types.FieldVal {
		v, _ := s.Obj().(*types.Var)
		return v
	}
	return nil
}

// isLocationCall reports whether e builds a path or a URL: a call of
// path.Join or filepath.Join, a Sprintf whose format holds "://" or starts
// with "/", or a concatenation with a constant that holds "/".
func isLocationCall(info *types.Info, e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			return false
		}
		for _, x := range []ast.Expr{e.X, e.Y} {
			if s, ok := constString(info, x); ok && strings.Contains(s, "/") || isLocationCall(info, x) {
				return true
			}
		}
	case *ast.CallExpr:
		switch qualifiedCallee(info, e) {
		case "path.Join", "path/filepath.Join", "net/url.JoinPath":
			return true
		case "fmt.Sprintf":
			if len(e.Args) > 0 {
				s, ok := constString(info, e.Args[0])
				return ok && (strings.Contains(s, "://") || strings.HasPrefix(s, "/"))
			}
		}
	}
	return false
}
