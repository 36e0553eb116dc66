//go:build !unix

package parstate_test

import "time"

// cpuTime is not measured here: BenchmarkAnalyzer reports cpu-ns/pkg as 0.
func cpuTime() time.Duration { return 0 }
