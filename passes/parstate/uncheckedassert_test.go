package parstate

import (
	"go/ast"
	"go/parser"
	"testing"
)

// TestAssertString checks how a message names an assertion: in full when it
// is short, otherwise by the end of its operand chain, cut before a selector
// or an index and never before a call's arguments or an asserted type.
func TestAssertString(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{`generated["SourceImage"].(string)`, `generated["SourceImage"].(string)`},
		{`a.StateData["generated_data"].(map[string]interface{})`, `a.StateData["generated_data"].(map[string]interface{})`},
		{`c.StateData["generated_data"].(map[string]interface{})["SourceImage"].(string)`, `…["SourceImage"].(string)`},
		{`a.Builder.Config.Generated.Data.Images.Source["SourceImageSha256"].(string)`, `….Generated.Data.Images.Source["SourceImageSha256"].(string)`},
		{`lookup(a, "an argument list far too long to name in a message").(string)`, `lookup(a, "an argument list fa….(string)`},
	} {
		e, err := parser.ParseExpr(tt.src)
		if err != nil {
			t.Fatal(err)
		}
		if got := assertString(e.(*ast.TypeAssertExpr)); got != tt.want {
			t.Errorf("assertString(%s) = %s, want %s", tt.src, got, tt.want)
		}
	}
}
