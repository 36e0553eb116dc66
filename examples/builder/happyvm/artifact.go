// Package happyvm holds the artifacts of the happyvm builder, which clones a
// HappyCloud virtual machine from an image or from a template, provisions it,
// and keeps it as a VM or converts it into a template.
package happyvm

import (
	"fmt"
	"log"

	"github.com/hashicorp/packer-plugin-sdk/packer/registry/image"

	"github.com/parlint/parlint/examples/common"
)

// BuilderId is the unique ID of the happyvm builder.
const BuilderId = "happycloud.vm"

// Artifact is a provisioned virtual machine.
type Artifact struct {
	// VMID is the ID of the virtual machine.
	VMID string
	// Zone is the availability zone the VM runs in.
	Zone string
	// StateData is the generated data of the build, handed back to Packer.
	// Its "generated_data" entry holds SourceImage when the VM was cloned
	// from an image.
	StateData map[string]interface{}

	client common.Client
}

// BuilderId returns the ID of the happyvm builder.
func (a *Artifact) BuilderId() string {
	return BuilderId
}

// Files returns nothing: a VM is not made of local files.
func (a *Artifact) Files() []string {
	return nil
}

// Id returns the VM ID.
func (a *Artifact) Id() string {
	return a.VMID
}

// String describes the VM for the Packer UI.
func (a *Artifact) String() string {
	return fmt.Sprintf("HappyCloud VM %s in %s", a.VMID, a.Zone)
}

// State answers Packer's questions about the VM.
func (a *Artifact) State(name string) interface{} {
	switch name {
	case image.ArtifactStateURI:
		return a.stateHCPPackerRegistryMetadata()
	default:
		return a.StateData[name]
	}
}

// stateHCPPackerRegistryMetadata returns the registry image of the VM, or nil
// when it cannot be built.
func (a *Artifact) stateHCPPackerRegistryMetadata() interface{} {
	generated, ok := a.StateData["generated_data"].(map[string]interface{})
	if !ok {
		return nil
	}
	// parlint reports: unchecked-assert — a VM cloned from a template has no SourceImage, and this assertion then panics the plugin in the middle of the build
	sourceImage := generated["SourceImage"].(string)

	img, err := image.FromArtifact(a, image.WithRegion(a.Zone), image.WithSourceID(sourceImage))
	if err != nil {
		log.Printf("[DEBUG] error encountered when creating HCP Packer registry image for VM %s: %s", a.VMID, err)
		return nil
	}
	return img
}

// Destroy deletes the VM.
func (a *Artifact) Destroy() error {
	log.Printf("Deleting VM %s in %s", a.VMID, a.Zone)
	return a.client.DeleteVM(a.Zone, a.VMID)
}

// TemplateArtifact is a VM converted into a template. It answers every
// question as Artifact does: only its description differs.
type TemplateArtifact struct {
	*Artifact
	// TemplateName is the name of the template.
	TemplateName string
}

// String describes the template for the Packer UI.
func (a *TemplateArtifact) String() string {
	return fmt.Sprintf("HappyCloud VM template %s (%s) in %s", a.TemplateName, a.VMID, a.Zone)
}
