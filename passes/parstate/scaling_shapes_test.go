package parstate_test

import (
	"fmt"
	"strings"
)

// The shapes of BenchmarkScaling: each writes, after the package clause
// and the imports, a correct package with one construct repeated n times.

// artifactType writes the type name with the five methods other than State.
func artifactType(b *strings.Builder, name string) {
	fmt.Fprintf(b, `type %[1]s struct {
	ImageID     string
	SourceImage string
	StateData   map[string]interface{}
}

func (a *%[1]s) BuilderId() string { return "example.scaling" }
func (a *%[1]s) Files() []string   { return nil }
func (a *%[1]s) Id() string        { return a.ImageID }
func (a *%[1]s) String() string    { return a.ImageID }
func (a *%[1]s) Destroy() error    { return nil }

`, name)
}

// buildImage is the documented registry branch, indented by one tab.
const buildImage = `	img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
	if err != nil {
		log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
		return nil
	}
	return img
`

// indent returns s with every line indented by one more tab.
func indent(s string) string {
	return strings.ReplaceAll("\t"+s, "\n\t", "\n\t\t")
}

func elseIfShape(b *strings.Builder, n int) {
	artifactType(b, "Artifact")
	b.WriteString("func (a *Artifact) State(name string) interface{} {\n\t")
	for i := range n {
		if i == n/2 {
			b.WriteString("if name == registryimage.ArtifactStateURI {\n" + indent(buildImage) + "\t} else ")
		}
		fmt.Fprintf(b, "if name == \"k%d\" {\n\t\treturn a.StateData[\"k%[1]d\"]\n\t} else ", i)
	}
	b.WriteString("{\n\t\treturn a.StateData[name]\n\t}\n}\n")
}

func switchShape(b *strings.Builder, n int) {
	artifactType(b, "Artifact")
	b.WriteString("func (a *Artifact) State(name string) interface{} {\n\tswitch name {\n")
	for i := range n {
		if i == n/2 {
			b.WriteString("\tcase registryimage.ArtifactStateURI:\n" + indent(buildImage))
		}
		fmt.Fprintf(b, "\tcase \"k%d\":\n\t\treturn a.StateData[\"k%[1]d\"]\n", i)
	}
	b.WriteString("\tdefault:\n\t\treturn a.StateData[name]\n\t}\n}\n")
}

func andChainShape(b *strings.Builder, n int) {
	artifactType(b, "Artifact")
	b.WriteString("func (a *Artifact) State(name string) interface{} {\n\tif ")
	for i := range n {
		fmt.Fprintf(b, "name != \"k%d\" && ", i)
	}
	b.WriteString("name == registryimage.ArtifactStateURI {\n" + indent(buildImage) + "\t}\n\treturn a.StateData[name]\n}\n")
}

func orChainShape(b *strings.Builder, n int) {
	artifactType(b, "Artifact")
	b.WriteString("func (a *Artifact) State(name string) interface{} {\n\tif ")
	for i := range n {
		if i > 0 {
			b.WriteString(" || ")
		}
		fmt.Fprintf(b, "name == \"k%d\"", i)
	}
	b.WriteString(" {\n\t\treturn a.StateData[name]\n\t}\n")
	b.WriteString("\tif name == registryimage.ArtifactStateURI {\n" + indent(buildImage) + "\t}\n\treturn nil\n}\n")
}

func helperChainShape(b *strings.Builder, n int) {
	artifactType(b, "Artifact")
	b.WriteString("func (a *Artifact) State(name string) interface{} {\n\tif isKey0(name) {\n" +
		indent(buildImage) + "\t}\n\treturn a.StateData[name]\n}\n")
	for i := range n - 1 {
		fmt.Fprintf(b, "\nfunc isKey%d(key string) bool { return isKey%d(key) }\n", i, i+1)
	}
	fmt.Fprintf(b, "\nfunc isKey%d(key string) bool { return key == registryimage.ArtifactStateURI }\n", n-1)
}

func callChainShape(b *strings.Builder, n int) {
	artifactType(b, "Artifact")
	b.WriteString("func (a *Artifact) State(name string) interface{} {\n" +
		"\tif name == registryimage.ArtifactStateURI {\n\t\treturn a.image0()\n\t}\n\treturn a.StateData[name]\n}\n")
	for i := range n - 1 {
		fmt.Fprintf(b, "\nfunc (a *Artifact) image%d() interface{} { return a.image%d() }\n", i, i+1)
	}
	fmt.Fprintf(b, "\nfunc (a *Artifact) image%d() interface{} {\n%s}\n", n-1, buildImage)
}

func recursiveShape(b *strings.Builder, n int) {
	artifactType(b, "Artifact")
	b.WriteString("func (a *Artifact) State(name string) interface{} {\n" +
		"\tif name == registryimage.ArtifactStateURI {\n\t\treturn a.image0(0)\n\t}\n\treturn a.StateData[name]\n}\n")
	fmt.Fprintf(b, "\nfunc (a *Artifact) image0(depth int) interface{} {\n\tif depth < %d {\n\t\treturn a.image%d(depth + 1)\n\t}\n%s}\n",
		n, 1%n, buildImage)
	for i := 1; i < n; i++ {
		fmt.Fprintf(b, "\nfunc (a *Artifact) image%d(depth int) interface{} { return a.image%d(depth + 1) }\n", i, (i+1)%n)
	}
}

// sequentialShape returns the shape of N FromArtifact calls, each error
// checked, into one error variable or (errs) into one of each call's own.
func sequentialShape(errs bool) func(b *strings.Builder, n int) {
	return func(b *strings.Builder, n int) {
		artifactType(b, "Artifact")
		b.WriteString("func (a *Artifact) State(name string) interface{} {\n" +
			"\tif name != registryimage.ArtifactStateURI {\n\t\treturn a.StateData[name]\n\t}\n" +
			"\tvar images []*registryimage.Image\n")
		for i := range n {
			errName := "err"
			if errs {
				errName = fmt.Sprintf("err%d", i)
			}
			fmt.Fprintf(b, `	img%[1]d, %[2]s := registryimage.FromArtifact(a, registryimage.WithRegion("r%[1]d"), registryimage.WithSourceID(a.SourceImage))
	if %[2]s != nil {
		log.Printf("[DEBUG] error creating HCP Packer registry image: %%s", %[2]s)
		return nil
	}
	images = append(images, img%[1]d)
`, i, errName)
		}
		b.WriteString("\treturn images\n}\n")
	}
}

func artifactsShape(b *strings.Builder, n int) {
	for i := range n {
		name := fmt.Sprintf("Artifact%d", i)
		if i > 0 {
			b.WriteString("\n")
		}
		artifactType(b, name)
		fmt.Fprintf(b, "func (a *%s) State(name string) interface{} {\n\tif name == registryimage.ArtifactStateURI {\n%s\t}\n\treturn a.StateData[name]\n}\n",
			name, indent(buildImage))
	}
}
