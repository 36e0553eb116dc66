package dotimport

import registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"

type Imported struct{ ID string }

func (a *Imported) BuilderId() string { return "example.post-processor.cloud-import" }
func (a *Imported) Files() []string   { return nil }
func (a *Imported) Id() string        { return a.ID }
func (a *Imported) String() string    { return a.ID }
func (a *Imported) Destroy() error    { return nil }

func (a *Imported) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a) // want `^image built by registryimage\.FromArtifact keeps the artifact's builder ID as its ProviderName, .*; pass registryimage\.WithProvider\("cloud"\), the provider this package's other images are published under$`
		if err != nil {
			return nil
		}
		return img
	}
	return nil
}
