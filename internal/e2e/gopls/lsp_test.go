//go:build e2e

package gopls

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/textproto"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"
)

// An lspClient speaks LSP to a gopls over its standard input and output,
// which is how editors run it. `gopls check` prints only positions and
// messages; the client sees what an editor sees: the category of each
// diagnostic (its code), its source and its documentation link.
type lspClient struct {
	t      *testing.T
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	msgs   chan *rpcMessage // from the server, closed when it exits
	nextID int
	diags  map[string][]diagnostic // by document URI, the latest published
}

type rpcMessage struct {
	JSONRPC string           `json:"jsonrpc"`
	ID      *json.RawMessage `json:"id,omitempty"`
	Method  string           `json:"method,omitempty"`
	Params  json.RawMessage  `json:"params,omitempty"`
	Result  json.RawMessage  `json:"result,omitempty"`
	Error   *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error,omitempty"`
}

type position struct {
	Line      int `json:"line"`
	Character int `json:"character"`
}

type lspRange struct {
	Start position `json:"start"`
	End   position `json:"end"`
}

type diagnostic struct {
	Range           lspRange `json:"range"`
	Severity        int      `json:"severity"`
	Code            string   `json:"code"`
	CodeDescription *struct {
		Href string `json:"href"`
	} `json:"codeDescription"`
	Source  string `json:"source"`
	Message string `json:"message"`

	raw json.RawMessage // sent back in codeAction requests
}

type codeAction struct {
	Title       string       `json:"title"`
	Kind        string       `json:"kind"`
	Diagnostics []diagnostic `json:"diagnostics"`
}

// startLSP starts gopls as a language server for the workspace dir and
// initializes the session. The server is shut down at the end of the test.
func startLSP(t *testing.T, gopls, dir string) *lspClient {
	t.Helper()
	cmd := exec.Command(gopls, "serve")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=")
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	c := &lspClient{t: t, cmd: cmd, stdin: stdin, msgs: make(chan *rpcMessage, 100), diags: map[string][]diagnostic{}}
	go c.read(bufio.NewReader(stdout))
	t.Cleanup(c.shutdown)

	uri := fileURI(dir)
	c.call("initialize", map[string]any{
		"processId":        os.Getpid(),
		"rootUri":          uri,
		"workspaceFolders": []any{map[string]any{"uri": uri, "name": "examples"}},
		"capabilities": map[string]any{
			"textDocument": map[string]any{
				"publishDiagnostics": map[string]any{"relatedInformation": true},
				"codeAction": map[string]any{
					"codeActionLiteralSupport": map[string]any{
						"codeActionKind": map[string]any{"valueSet": []string{"quickfix"}},
					},
				},
			},
		},
	}, nil)
	c.notify("initialized", struct{}{})
	return c
}

// read decodes the server's messages onto c.msgs.
func (c *lspClient) read(r *bufio.Reader) {
	defer close(c.msgs)
	tp := textproto.NewReader(r)
	for {
		header, err := tp.ReadMIMEHeader()
		if err != nil {
			return
		}
		n, err := strconv.Atoi(header.Get("Content-Length"))
		if err != nil {
			return
		}
		body := make([]byte, n)
		if _, err := io.ReadFull(r, body); err != nil {
			return
		}
		var m rpcMessage
		if err := json.Unmarshal(body, &m); err != nil {
			return
		}
		c.msgs <- &m
	}
}

func (c *lspClient) send(m any) {
	c.t.Helper()
	if err := c.write(m); err != nil {
		c.t.Fatalf("writing to gopls: %v", err)
	}
}

func (c *lspClient) write(m any) error {
	body, err := json.Marshal(m)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(c.stdin, "Content-Length: %d\r\n\r\n%s", len(body), body)
	return err
}

func (c *lspClient) notify(method string, params any) {
	c.t.Helper()
	c.send(map[string]any{"jsonrpc": "2.0", "method": method, "params": params})
}

// callTimeout bounds how long gopls may take to answer a request. Diagnosing
// the examples on a cold gopls cache means type-checking and analyzing the
// SDK and its dependencies.
const callTimeout = 10 * time.Minute

// call sends a request and waits for its response, which it decodes into
// result unless that is nil.
func (c *lspClient) call(method string, params, result any) {
	c.t.Helper()
	c.nextID++
	id := c.nextID
	c.send(map[string]any{"jsonrpc": "2.0", "id": id, "method": method, "params": params})
	m := c.await(callTimeout, method, func(m *rpcMessage) bool {
		return m.Method == "" && m.ID != nil && string(*m.ID) == strconv.Itoa(id)
	})
	if m.Error != nil {
		c.t.Fatalf("%s: %s", method, m.Error.Message)
	}
	if result != nil {
		if err := json.Unmarshal(m.Result, result); err != nil {
			c.t.Fatalf("%s: decoding result: %v", method, err)
		}
	}
}

// await handles the server's messages until one satisfies done, and returns
// it. It answers the server's requests with null and records diagnostics.
func (c *lspClient) await(timeout time.Duration, what string, done func(*rpcMessage) bool) *rpcMessage {
	c.t.Helper()
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	for {
		select {
		case m, ok := <-c.msgs:
			if !ok {
				c.t.Fatalf("gopls exited while waiting for %s", what)
			}
			c.handle(m)
			if done(m) {
				return m
			}
		case <-timer.C:
			c.t.Fatalf("no %s from gopls after %s", what, timeout)
		}
	}
}

func (c *lspClient) handle(m *rpcMessage) {
	switch {
	case m.Method != "" && m.ID != nil: // a request from the server
		c.send(map[string]any{"jsonrpc": "2.0", "id": m.ID, "result": nil})
	case m.Method == "textDocument/publishDiagnostics":
		var p struct {
			URI         string            `json:"uri"`
			Diagnostics []json.RawMessage `json:"diagnostics"`
		}
		if err := json.Unmarshal(m.Params, &p); err != nil {
			c.t.Fatalf("publishDiagnostics: %v", err)
		}
		var diags []diagnostic
		for _, raw := range p.Diagnostics {
			var d diagnostic
			if err := json.Unmarshal(raw, &d); err != nil {
				c.t.Fatalf("publishDiagnostics: %v", err)
			}
			d.raw = raw
			diags = append(diags, d)
		}
		c.diags[p.URI] = diags
	}
}

// diagnose opens files in the editor and returns the diagnostics that the
// server publishes for them, by file. Like `gopls check`, it asks gopls to
// diagnose them with its gopls.diagnose_files command, which returns once
// the diagnostics, analyzers' included, are published.
func (c *lspClient) diagnose(files ...string) map[string][]diagnostic {
	c.t.Helper()
	var uris []string
	for _, file := range files {
		text, err := os.ReadFile(file)
		if err != nil {
			c.t.Fatal(err)
		}
		uri := fileURI(file)
		uris = append(uris, uri)
		c.notify("textDocument/didOpen", map[string]any{
			"textDocument": map[string]any{"uri": uri, "languageId": "go", "version": 1, "text": string(text)},
		})
	}
	c.call("workspace/executeCommand", map[string]any{
		"command":   "gopls.diagnose_files",
		"arguments": []any{map[string]any{"Files": uris}},
	}, nil)
	diags := map[string][]diagnostic{}
	for i, file := range files {
		diags[file] = c.diags[uris[i]]
	}
	return diags
}

// quickFixes returns the quick fixes that the server offers for d in file.
func (c *lspClient) quickFixes(file string, d diagnostic) []codeAction {
	c.t.Helper()
	var actions []codeAction
	c.call("textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": fileURI(file)},
		"range":        d.Range,
		"context": map[string]any{
			"diagnostics": []json.RawMessage{d.raw},
			"only":        []string{"quickfix"},
		},
	}, &actions)
	return actions
}

func (c *lspClient) shutdown() {
	done := make(chan struct{})
	go func() {
		defer close(done)
		c.write(map[string]any{"jsonrpc": "2.0", "id": 0, "method": "shutdown"})
		c.write(map[string]any{"jsonrpc": "2.0", "method": "exit"})
		c.stdin.Close()
		for range c.msgs {
		}
		c.cmd.Wait()
	}()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		c.cmd.Process.Kill()
		<-done
	}
}

// fileURI returns the file URI of an absolute path.
func fileURI(path string) string {
	return "file://" + strings.ReplaceAll(path, "\\", "/")
}

func (d diagnostic) String() string {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%d:%d %s(%s): %s", d.Range.Start.Line+1, d.Range.Start.Character+1, d.Source, d.Code, d.Message)
	return b.String()
}
