package common

// Client is the part of the HappyCloud API that artifacts need to clean up
// after themselves.
type Client interface {
	// DeleteImage deletes the image imageID in region.
	DeleteImage(region, imageID string) error
	// DeleteSnapshot deletes the disk snapshot snapshotID in region.
	DeleteSnapshot(region, snapshotID string) error
	// DeleteVM deletes the virtual machine vmID in zone.
	DeleteVM(zone, vmID string) error
	// DeleteObject deletes the object key from the storage bucket bucket.
	DeleteObject(bucket, key string) error
}
