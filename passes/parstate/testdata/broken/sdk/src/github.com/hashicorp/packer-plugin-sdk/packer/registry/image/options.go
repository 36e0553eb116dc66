package image

func WithRegion(region string) func(*Image) error {
	return func(img *Image) error { img.ProviderRegion = region; return nil
}

func SetLabels(md map[string]interface{} func(*Image) error {
	return nil
}
