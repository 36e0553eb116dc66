// Package forwardlog passes the key to code parstate cannot see. Only a call
// whose result State returns for the key forwards it; a logger or a trace hook
// that is handed the key does not answer it.
package forwardlog

import (
	"log"
	"strings"

	"example.com/hclog"
)

const BuilderID = "example.forwardlog"

// Logged logs every key and answers none of them with an image.
type Logged struct {
	ImageID   string
	logger    hclog.Logger
	StateData map[string]interface{}
}

func (a *Logged) BuilderId() string { return BuilderID }
func (a *Logged) Files() []string   { return nil }
func (a *Logged) Id() string        { return a.ImageID }
func (a *Logged) String() string    { return a.ImageID }
func (a *Logged) Destroy() error    { return nil }

func (a *Logged) State(name string) interface{} { // want `^Logged\.State never answers registryimage\.ArtifactStateURI, so`
	a.logger.Debug("state asked", "key", name)
	hclog.Trace(name)
	log.Println("state", name)
	return a.StateData[name]
}

// Traced hands the key to a helper of its own that logs it.
type Traced struct {
	ImageID   string
	logger    hclog.Logger
	StateData map[string]interface{}
}

func (t *Traced) BuilderId() string { return BuilderID }
func (t *Traced) Files() []string   { return nil }
func (t *Traced) Id() string        { return t.ImageID }
func (t *Traced) String() string    { return t.ImageID }
func (t *Traced) Destroy() error    { return nil }

func (t *Traced) State(name string) interface{} { // want `^Traced\.State never answers registryimage\.ArtifactStateURI, so`
	t.trace(name)
	return t.StateData[name]
}

func (t *Traced) trace(key string) {
	t.logger.Debug("state asked", "key", key)
}

// Shared answers through a helper of another package, whose result it
// returns: forwarding.
type Shared struct{ ImageID string }

func (s *Shared) BuilderId() string { return BuilderID }
func (s *Shared) Files() []string   { return nil }
func (s *Shared) Id() string        { return s.ImageID }
func (s *Shared) String() string    { return s.ImageID }
func (s *Shared) Destroy() error    { return nil }

func (s *Shared) State(name string) interface{} {
	return hclog.Lookup(s, name)
}

// Wrapped asks the wrapped artifact first and returns its answer when there
// is one: forwarding through a variable.
type Wrapped struct {
	ImageID string
	inner   interface{ State(string) interface{} }
	logger  hclog.Logger
}

func (w *Wrapped) BuilderId() string { return BuilderID }
func (w *Wrapped) Files() []string   { return nil }
func (w *Wrapped) Id() string        { return w.ImageID }
func (w *Wrapped) String() string    { return w.ImageID }
func (w *Wrapped) Destroy() error    { return nil }

func (w *Wrapped) State(name string) interface{} {
	w.logger.Debug("state asked", "key", name)
	if v := w.inner.State(name); v != nil {
		return v
	}
	return nil
}

// Helper forwards through a helper of its own whose result it returns.
type Helper struct {
	ImageID string
	inner   interface{ State(string) interface{} }
}

func (h *Helper) BuilderId() string { return BuilderID }
func (h *Helper) Files() []string   { return nil }
func (h *Helper) Id() string        { return h.ImageID }
func (h *Helper) String() string    { return h.ImageID }
func (h *Helper) Destroy() error    { return nil }

func (h *Helper) State(name string) interface{} {
	return h.lookup(name)
}

func (h *Helper) lookup(key string) interface{} {
	return h.inner.State(key)
}

// Uses forwards in the shapes real wrappers use the inner answer: passed
// on through a helper, a named result, a closure, a field or a map, or a
// type switch. Each uses the result, so each counts as answering.
type Uses struct {
	ImageID string
	inner   interface{ State(string) interface{} }
	last    interface{}
	cache   map[string]interface{}
	mu      interface {
		Lock()
		Unlock()
	}
}

func (u *Uses) BuilderId() string { return BuilderID }
func (u *Uses) Files() []string   { return nil }
func (u *Uses) Id() string        { return u.ImageID }
func (u *Uses) String() string    { return u.ImageID }
func (u *Uses) Destroy() error    { return nil }

func (u *Uses) State(name string) interface{} {
	return normalize(u.inner.State(name))
}

func normalize(v interface{}) interface{} { return v }

type Named struct{ Uses }

func (n *Named) State(name string) (v interface{}) {
	v = n.inner.State(name)
	return
}

type Locked struct{ Uses }

func (l *Locked) State(name string) interface{} {
	return l.locked(func() interface{} { return l.inner.State(name) })
}

func (l *Locked) locked(f func() interface{}) interface{} {
	l.mu.Lock()
	defer l.mu.Unlock()
	return f()
}

type Field struct{ Uses }

func (f *Field) State(name string) interface{} {
	f.last = f.inner.State(name)
	return f.last
}

type Cached struct{ Uses }

func (c *Cached) State(name string) interface{} {
	c.cache[name] = c.inner.State(name)
	return c.cache[name]
}

type Switched struct{ Uses }

func (s *Switched) State(name string) interface{} {
	switch v := s.inner.State(name).(type) {
	case string:
		return nil
	default:
		return v
	}
}

// Deferred hands the key to a deferred and a concurrent call: neither answers.
type Deferred struct{ Uses }

func (d *Deferred) State(name string) interface{} { // want `^Deferred\.State never answers registryimage\.ArtifactStateURI, so`
	defer hclog.Trace(name)
	go hclog.Trace(name)
	_ = hclog.Lookup(d, name)
	return d.last
}

// Trimmed forwards a normalised key, and Copied a copy of it.
type Trimmed struct{ Uses }

func (t *Trimmed) State(name string) interface{} {
	return t.inner.State(strings.TrimSpace(name))
}

type Copied struct{ Uses }

func (c *Copied) State(name string) interface{} {
	key := name
	return c.inner.State(key)
}
