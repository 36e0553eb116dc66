//go:build parlint_checksweeps

package model

func init() { checkSweeps = true }
