// Package udiff writes unified diffs of whole files, as diff -u and git diff
// print them, for parlint -diff: git apply and patch -p1 take its output.
package udiff

import (
	"fmt"
	"strings"
)

// context is the number of unchanged lines shown around each change.
const context = 3

// An op is one line of the edit script: kept (' '), deleted ('-') or
// inserted ('+'), at index a of the old lines and b of the new ones.
type op struct {
	kind byte
	a, b int
}

// Unified returns the unified diff that turns old, the content of file
// a/name, into new, the content of b/name; "" when they are equal.
func Unified(name string, old, new []byte) string {
	a, b := splitLines(string(old)), splitLines(string(new))
	ops := diff(a, b)
	var out strings.Builder
	for _, h := range hunks(ops) {
		if out.Len() == 0 {
			fmt.Fprintf(&out, "--- a/%s\n+++ b/%s\n", name, name)
		}
		writeHunk(&out, ops[h[0]:h[1]], a, b)
	}
	return out.String()
}

// splitLines splits s into lines that keep their "\n"; only the last may
// lack it.
func splitLines(s string) []string {
	var lines []string
	for line := range strings.Lines(s) {
		lines = append(lines, line)
	}
	return lines
}

// diff returns an edit script from a to b: the common prefix and suffix,
// and between them the shortest script Myers's algorithm finds.
func diff(a, b []string) []op {
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	var ops []op
	for i := range pre {
		ops = append(ops, op{' ', i, i})
	}
	for _, o := range myers(a[pre:len(a)-suf], b[pre:len(b)-suf]) {
		ops = append(ops, op{o.kind, o.a + pre, o.b + pre})
	}
	for i := range suf {
		ops = append(ops, op{' ', len(a) - suf + i, len(b) - suf + i})
	}
	return ops
}

// myers returns the shortest edit script from a to b (E. Myers, "An O(ND)
// difference algorithm and its variations", 1986), deletions before
// insertions in each change.
func myers(a, b []string) []op {
	n, m := len(a), len(b)
	offset := n + m + 1
	v := make([]int, 2*offset+1)
	var trace [][]int
	for d := 0; d <= n+m; d++ {
		trace = append(trace, append([]int(nil), v...))
		for k := -d; k <= d; k += 2 {
			x := v[offset+k-1] + 1 // a deletion from diagonal k-1
			if k == -d || k != d && v[offset+k-1] < v[offset+k+1] {
				x = v[offset+k+1] // an insertion from diagonal k+1
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x, y = x+1, y+1
			}
			v[offset+k] = x
			if x >= n && y >= m {
				return backtrack(trace, offset, n, m)
			}
		}
	}
	return nil // unreachable: d = n+m always reaches (n, m)
}

// backtrack walks the trace of myers back from (n, m) and returns the
// edit script in order.
func backtrack(trace [][]int, offset, n, m int) []op {
	var rev []op
	x, y := n, m
	for d := len(trace) - 1; d >= 0; d-- {
		v := trace[d]
		k := x - y
		prev := k - 1
		if k == -d || k != d && v[offset+k-1] < v[offset+k+1] {
			prev = k + 1
		}
		px := v[offset+prev]
		py := px - prev
		if d == 0 {
			px, py = 0, 0
		}
		for x > px && y > py {
			x, y = x-1, y-1
			rev = append(rev, op{' ', x, y})
		}
		if d > 0 {
			if x == px {
				rev = append(rev, op{'+', x, py})
			} else {
				rev = append(rev, op{'-', px, y})
			}
		}
		x, y = px, py
	}
	ops := make([]op, len(rev))
	for i, o := range rev {
		ops[len(rev)-1-i] = o
	}
	return ops
}

// hunks returns the ranges [start, end) of ops that make the hunks: each
// change with up to context kept lines on either side, changes closer
// than twice that sharing a hunk.
func hunks(ops []op) [][2]int {
	var out [][2]int
	for i, o := range ops {
		if o.kind == ' ' {
			continue
		}
		start, end := max(i-context, 0), min(i+1+context, len(ops))
		if n := len(out); n > 0 && start <= out[n-1][1] {
			out[n-1][1] = end
			continue
		}
		out = append(out, [2]int{start, end})
	}
	return out
}

// writeHunk writes the hunk of ops, with its header.
func writeHunk(out *strings.Builder, ops []op, a, b []string) {
	oldLen, newLen := 0, 0
	for _, o := range ops {
		if o.kind != '+' {
			oldLen++
		}
		if o.kind != '-' {
			newLen++
		}
	}
	fmt.Fprintf(out, "@@ -%s +%s @@\n", span(ops[0].a, oldLen), span(ops[0].b, newLen))
	for _, o := range ops {
		var line string
		if o.kind == '+' {
			line = b[o.b]
		} else {
			line = a[o.a]
		}
		out.WriteByte(o.kind)
		out.WriteString(line)
		if !strings.HasSuffix(line, "\n") {
			out.WriteString("\n\\ No newline at end of file\n")
		}
	}
}

// span writes a hunk header's range: its first line, 1-based, and its
// length; an empty range starts at the line before it, as diff -u writes.
func span(start, n int) string {
	if n == 0 {
		return fmt.Sprintf("%d,0", start)
	}
	if n == 1 {
		return fmt.Sprintf("%d", start+1)
	}
	return fmt.Sprintf("%d,%d", start+1, n)
}
