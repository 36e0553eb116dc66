// Package jobid holds export post-processors whose Id is the ID of the job
// that made the image, while the image's own ID sits in another field.
// Publishing the job's ID would register an image no one can find, and
// which field names the image is the author's call: the default leaves
// them alone, strict mode reports each, naming the one field that could
// hold the image's identity when there is exactly one, with no fix.
package jobid

const BuilderID = "example.export"

// Export keeps the image's ID beside the job's.
type Export struct {
	JobID   string
	ImageID string
	Bucket  string
}

func (*Export) BuilderId() string { return BuilderID }
func (a *Export) Id() string      { return a.JobID }
func (a *Export) Files() []string { return nil }
func (a *Export) String() string  { return "exported image " + a.ImageID }
func (a *Export) Destroy() error  { return nil }

func (a *Export) State(name string) interface{} { // want `^Export\.State never answers .*; its Id is a job's ID, not an image identity, so add a branch for that key that returns the image built by registryimage\.FromArtifact with registryimage\.WithID\(a\.ImageID\)$`
	return nil
}

// Task names its job a task, and has two fields that could name the image.
type Task struct {
	TaskID       string
	ImageName    string
	SnapshotName string
}

func (*Task) BuilderId() string { return BuilderID }
func (t *Task) Id() string      { return t.TaskID }
func (t *Task) Files() []string { return nil }
func (t *Task) String() string  { return t.ImageName }
func (t *Task) Destroy() error  { return nil }

func (t *Task) State(name string) interface{} { // want `^Task\.State never answers .*; its Id is a job's ID, not an image identity, so add a branch for that key that returns the image built by registryimage\.FromArtifact with registryimage\.WithID of the real image ID$`
	return nil
}

// Operation returns the operation's name, and answers keys from its state.
type Operation struct {
	OperationName string
	SourceImageID string
	StateData     map[string]interface{}
}

func (*Operation) BuilderId() string { return BuilderID }
func (o *Operation) Id() string      { return o.OperationName }
func (o *Operation) Files() []string { return nil }
func (o *Operation) String() string  { return o.OperationName }
func (o *Operation) Destroy() error  { return nil }

func (o *Operation) State(name string) interface{} { // want `^Operation\.State never answers .*; its Id is a job's ID, not an image identity, so add a branch for that key that returns the image built by registryimage\.FromArtifact with registryimage\.WithID of the real image ID, or return nil for that key to publish nothing$`
	return o.StateData[name]
}
