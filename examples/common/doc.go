// Package common holds the code shared by the HappyCloud builders and
// post-processors: the API client interface and the single-region image
// artifact that several of them return.
package common
