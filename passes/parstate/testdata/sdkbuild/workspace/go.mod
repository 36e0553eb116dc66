module example.com/workspace

go 1.21

// The build replaces this SDK by an older one (go.work): parlint must go by
// the build, not by this file.
require github.com/hashicorp/packer-plugin-sdk v0.6.10
