module example.com/oldsdk

go 1.21

require github.com/hashicorp/packer-plugin-sdk v0.2.3

replace github.com/hashicorp/packer-plugin-sdk => ./sdk
