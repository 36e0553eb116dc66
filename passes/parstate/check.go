package parstate

// A check is one category's check: which State methods it looks at, and the
// function that looks. Each category's file declares its own; checks, the
// generated list in checks.go, orders them as doc.go does.
type check struct {
	category string
	on       phase
	run      func(t *target)
	// followUp says that the registry branch state-uri-missing's fix
	// inserts may leave one finding of this category for the author: what
	// it would need (the source image's ID) is not in the code.
	followUp bool
}

// A phase says what a check looks at, and so which facts its target holds.
type phase int

const (
	// inEveryPackage checks run once in every package, also those that hold
	// no artifact: a //parlint: directive may sit anywhere. Their target
	// holds only the reporter.
	inEveryPackage phase = iota
	// onEveryState checks run on each artifact's State method, whatever it
	// does with its key.
	onEveryState
	// onRegistryPath checks run on each State that answers the URI, after
	// the registry path is computed: the target's p is set.
	onRegistryPath
)

// A target is what a check reads: the package, one State method with the
// stateReporter of its findings, what the State does with its key, and,
// for onRegistryPath checks, the facts of its registry path.
type target struct {
	r      *reporter
	c      *pkgContext
	s      *stateReporter
	sm     *stateMethod
	k      *keyUse
	p      *registryPath
	strict bool
}

// FollowUps returns the categories of the findings that the registry
// branch state-uri-missing's fix inserts may leave for the author: one of
// each, at most, for each branch inserted. No other fix leaves a finding.
func FollowUps() []string {
	var names []string
	for _, ch := range checks {
		if ch.followUp {
			names = append(names, ch.category)
		}
	}
	return names
}

// runChecks runs the checks of phase on t, but for the disabled ones.
func (c *checker) runChecks(on phase, t *target) {
	for _, ch := range checks {
		if ch.on == on && !c.disabled(ch.category) {
			ch.run(t)
		}
	}
}
