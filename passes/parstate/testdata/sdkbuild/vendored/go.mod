module example.com/vendored

go 1.21

require github.com/hashicorp/packer-plugin-sdk v0.6.10
