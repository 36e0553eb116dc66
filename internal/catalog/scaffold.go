package catalog

import (
	"bytes"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"text/template"
)

// Pkg is the analyzer package's directory, relative to the module root.
const Pkg = "passes/parstate"

// Generate rewrites, in the module at root, what is derived from the
// categories: the list of checks and the README's generated part. It
// returns the files it changed.
func Generate(root string) ([]string, error) {
	cats, err := Read(filepath.Join(root, Pkg))
	if err != nil {
		return nil, err
	}
	src, err := Checks(cats)
	if err != nil {
		return nil, err
	}
	readmePath := filepath.Join(root, "README.md")
	old, err := os.ReadFile(readmePath)
	if err != nil {
		return nil, err
	}
	readme, err := README(string(old), cats)
	if err != nil {
		return nil, err
	}
	var changed []string
	for path, data := range map[string][]byte{filepath.Join(root, Pkg, ChecksFile): src, readmePath: []byte(readme)} {
		if cur, err := os.ReadFile(path); err == nil && bytes.Equal(cur, data) {
			continue
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			return nil, err
		}
		changed = append(changed, path)
	}
	return changed, nil
}

// validName is what a category's name may be: lower-case words joined by
// dashes, as -disable and //parlint:ignore take them.
var validName = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)+$`)

// A scaffold holds the names one category's files derive from its name.
type scaffold struct {
	Name  string // labels-missing
	Flat  string // labelsmissing: the file and the testdata directory
	Const string // CategoryLabelsMissing
	Var   string // labelsMissing: the check
	Func  string // checkLabelsMissing
}

func newScaffold(name string) (scaffold, error) {
	if !validName.MatchString(name) {
		return scaffold{}, fmt.Errorf("category name %q: want lower-case words joined by dashes, such as labels-missing", name)
	}
	var camel strings.Builder
	for word := range strings.SplitSeq(name, "-") {
		camel.WriteString(strings.ToUpper(word[:1]) + word[1:])
	}
	c := camel.String()
	return scaffold{
		Name:  name,
		Flat:  strings.ReplaceAll(name, "-", ""),
		Const: "Category" + c,
		Var:   strings.ToLower(c[:1]) + c[1:],
		Func:  "check" + c,
	}, nil
}

// Scaffold adds the category name to the module at root: its file, with its
// header, constant, check and a first check function that reports each
// artifact's State method; a testdata scenario with its first
// // want; and its paragraph in doc.go's manual, at the end of the list. It
// then regenerates what derives from the categories. It returns the files
// it created or changed. The author then writes the check's logic, the
// paragraph and the scenarios.
func Scaffold(root, name string) ([]string, error) {
	s, err := newScaffold(name)
	if err != nil {
		return nil, err
	}
	cats, err := Read(filepath.Join(root, Pkg))
	if err != nil {
		return nil, err
	}
	for _, c := range cats {
		if c.Name == name || strings.ReplaceAll(c.Name, "-", "") == s.Flat {
			return nil, fmt.Errorf("category %s exists already, in %s", c.Name, c.File)
		}
	}
	pkg := filepath.Join(root, Pkg)
	files := map[string]string{
		filepath.Join(pkg, s.Flat+".go"):                                      checkTemplate,
		filepath.Join(pkg, "testdata", "src", s.Flat, "basic", "artifact.go"): scenarioTemplate,
	}
	var made []string
	for path, tmpl := range files {
		if _, err := os.Stat(path); err == nil {
			return nil, fmt.Errorf("%s exists already", path)
		}
		if err := writeTemplate(path, tmpl, s); err != nil {
			return nil, err
		}
		made = append(made, path)
	}
	docPath := filepath.Join(pkg, "doc.go")
	if err := addParagraph(docPath, s); err != nil {
		return nil, err
	}
	made = append(made, docPath)
	changed, err := Generate(root)
	return append(made, changed...), err
}

func writeTemplate(path, text string, s scaffold) error {
	var b bytes.Buffer
	if err := template.Must(template.New(filepath.Base(path)).Parse(text)).Execute(&b, s); err != nil {
		return err
	}
	src, err := format.Source(b.Bytes())
	if err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, src, 0o644)
}

// addParagraph adds the category's paragraph and example at the end of
// doc.go's # Categories section.
func addParagraph(path string, s scaffold) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	src := string(data)
	start := strings.Index(src, "// # Categories\n")
	if start < 0 {
		return fmt.Errorf("%s: no section # Categories", path)
	}
	end := strings.Index(src[start+1:], "\n// # ")
	if end < 0 {
		return fmt.Errorf("%s: no section after # Categories", path)
	}
	end += start + 1
	var b bytes.Buffer
	if err := template.Must(template.New("doc").Parse(docTemplate)).Execute(&b, s); err != nil {
		return err
	}
	return os.WriteFile(path, []byte(src[:end]+"\n"+b.String()+"//"+src[end:]), 0o644)
}
