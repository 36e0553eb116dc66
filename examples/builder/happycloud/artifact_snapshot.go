package happycloud

import (
	"errors"
	"fmt"
	"log"
	"strings"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"

	"github.com/parlint/parlint/examples/common"
)

// Snapshot is a disk snapshot saved in one region.
type Snapshot struct {
	Region string
	ID     string
}

// SnapshotArtifact is the result of a HappyCloud build run with
// snapshot_only = true: a disk snapshot per region instead of an image.
type SnapshotArtifact struct {
	// Snapshots lists the snapshots, one per region.
	Snapshots []Snapshot
	// SourceImageID is the ID of the image the build instance booted from.
	SourceImageID string
	// StateData is the generated data of the build, handed back to Packer.
	StateData map[string]interface{}

	client common.Client
}

// BuilderId returns the ID of the HappyCloud builder.
func (a *SnapshotArtifact) BuilderId() string {
	return BuilderId
}

// Files returns nothing: snapshots are not made of local files.
func (a *SnapshotArtifact) Files() []string {
	return nil
}

// Id returns the snapshots as a comma-separated list of region:snapshot.
func (a *SnapshotArtifact) Id() string {
	parts := make([]string, 0, len(a.Snapshots))
	for _, s := range a.Snapshots {
		parts = append(parts, s.Region+":"+s.ID)
	}
	return strings.Join(parts, ",")
}

// String describes the snapshots for the Packer UI.
func (a *SnapshotArtifact) String() string {
	return fmt.Sprintf("HappyCloud snapshots were created: %s", a.Id())
}

// State answers Packer's questions about the snapshots. Each snapshot is
// registered on its own: one that cannot be described is skipped, not the
// whole set.
func (a *SnapshotArtifact) State(name string) interface{} {
	if v, ok := a.StateData[name]; ok {
		return v
	}
	if name != registryimage.ArtifactStateURI {
		return nil
	}

	var images []*registryimage.Image
	for _, s := range a.Snapshots {
		img, err := registryimage.FromArtifact(a,
			registryimage.WithID(s.ID),
			registryimage.WithRegion(s.Region),
			registryimage.WithSourceID(a.SourceImageID),
		)
		if err != nil {
			log.Printf("[DEBUG] skipping snapshot %s in %s for HCP Packer: %s", s.ID, s.Region, err)
			continue
		}
		images = append(images, img)
	}
	if len(images) == 0 {
		return nil
	}
	return images
}

// Destroy deletes every snapshot of the artifact.
func (a *SnapshotArtifact) Destroy() error {
	var errs []error
	for _, s := range a.Snapshots {
		if err := a.client.DeleteSnapshot(s.Region, s.ID); err != nil {
			errs = append(errs, fmt.Errorf("deleting snapshot %s in %s: %w", s.ID, s.Region, err))
		}
	}
	return errors.Join(errs...)
}
