// Package parstate defines an Analyzer that checks the State method of Packer
// plugin artifacts for HCP Packer registry support.
//
// # Analyzer parstate
//
// parstate: check that Packer artifacts publish their images to HCP Packer
package parstate
