package otherfile

// retag moves the last image to another platform.
func retag() {
	if last != nil {
		last.ProviderName = "other"
	}
}

var _ = retag
