package parstate

// SetModelBudget sets the model's step budget until the returned function
// restores it.
func SetModelBudget(n int) (restore func()) {
	old := modelBudget
	modelBudget = n
	return func() { modelBudget = old }
}
