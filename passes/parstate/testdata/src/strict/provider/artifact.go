// Package provider holds Vagrant-like boxes whose Id is the provider's name
// ("virtualbox"), however it is spelled: they are images, but FromArtifact
// would publish the provider's name as their ID. The default leaves them
// alone; strict mode reports each, with no fix.
package provider

import "path/filepath"

const BuilderID = "example.box"

// Box returns its Provider field, as the vagrant builder's artifact does.
type Box struct {
	OutputDir string
	BoxName   string
	Provider  string
	StateData map[string]interface{}
}

func (a *Box) BuilderId() string { return BuilderID }
func (a *Box) Files() []string   { return []string{filepath.Join(a.OutputDir, a.BoxName)} }
func (a *Box) Id() string        { return a.Provider }
func (a *Box) String() string    { return "Vagrant box for " + a.Provider }
func (a *Box) Destroy() error    { return nil }

func (a *Box) State(name string) interface{} { // want `^Box\.State never answers registryimage\.ArtifactStateURI, so HCP Packer never hears of this artifact's images; its Id is the provider's name, not an image identity, so add a branch for that key that returns the image built by registryimage\.FromArtifact with registryimage\.WithID of the real image ID, or return nil for that key to publish nothing$`
	return a.StateData[name]
}

// PostBox names it ProviderName and answers nil to every key: the advice
// does not offer nil as if it changed anything.
type PostBox struct {
	Path         string
	ProviderName string
}

func (a *PostBox) BuilderId() string { return BuilderID }
func (a *PostBox) Files() []string   { return []string{a.Path} }
func (a *PostBox) Id() string        { return a.ProviderName }
func (a *PostBox) String() string    { return a.Path }
func (a *PostBox) Destroy() error    { return nil }

func (a *PostBox) State(string) interface{} { // want `^PostBox\.State never answers registryimage\.ArtifactStateURI, so HCP Packer never hears of this artifact's images; its Id is the provider's name, not an image identity, so add a branch for that key that returns the image built by registryimage\.FromArtifact with registryimage\.WithID of the real image ID$`
	return nil
}

// Cloud returns the provider from every branch of Id, through its embedded
// settings.
type Cloud struct {
	settings
	Tag string
}

type settings struct{ Provider string }

func (a *Cloud) BuilderId() string { return BuilderID }
func (a *Cloud) Files() []string   { return nil }
func (a *Cloud) String() string    { return a.Tag }
func (a *Cloud) Destroy() error    { return nil }

func (a *Cloud) Id() string {
	if a.Tag == "" {
		return a.settings.Provider
	}
	return a.Provider
}

func (a *Cloud) State(name string) interface{} { // want `^Cloud\.State never answers .*; its Id is the provider's name, not an image identity`
	return nil
}
