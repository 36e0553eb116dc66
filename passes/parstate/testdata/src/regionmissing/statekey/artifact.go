// Package statekey has an artifact whose region is in its state data: the
// advice names the key, and there is no fix, since what it holds must be
// asserted first.
package statekey

import registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"

type Artifact struct {
	ID        string
	StateData map[string]interface{}
}

func (a *Artifact) BuilderId() string { return "example.statekey" }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ID }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) String() string {
	region, _ := a.StateData["region"].(string)
	return a.ID + " in " + region
}

func (a *Artifact) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a) // want `^image built by registryimage\.FromArtifact never sets ProviderRegion, .*; pass registryimage\.WithRegion with the image's region \(the artifact's StateData\["region"\]\)$`
		if err != nil {
			return nil
		}
		return img
	}
	return a.StateData[name]
}
