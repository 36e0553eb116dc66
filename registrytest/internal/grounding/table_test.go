package grounding

// entry is one artifact in one state: where its type is declared, how to
// construct it, and what Packer core does with its answer.
type entry struct {
	// pkg is the scenario package: a directory under the analyzer's
	// passes/parstate/testdata/src, or own/DIR for testdata/src/DIR here.
	pkg string
	// typ is the artifact type; a finding in one of its methods is its.
	typ string
	// state names the state expr builds.
	state string
	// expr constructs the artifact; P stands for the scenario package.
	expr string
	// want is what core does: published, skipped, or a registrytest.Kind's
	// name.
	want string
	// quiet: publishing nothing is right here, because parlint leaves the
	// artifact alone on purpose (a constant Id, an explicit nil) or because
	// it has no image in this state.
	quiet bool
	// unseen: the outcome depends on data that no static check can see (an
	// empty ID, two regions with one key).
	unseen bool
}

const (
	published = "published"
	skipped   = "skipped"
)

var entries = []entry{
	// Error paths: FromArtifact with the SDK's options does not fail, so these
	// run the path that builds the image.
	{"errorreturn/errorpath", "ReturnsError", "built", `&P.ReturnsError{ImageID: "img-1", SourceImage: "img-0"}`, published, false, false},
	{"errorreturn/errorpath", "ReturnsImage", "built", `&P.ReturnsImage{ImageID: "img-1", SourceImage: "img-0"}`, published, false, false},
	{"errorreturn/errorpath", "ReturnsTypedNil", "built", `&P.ReturnsTypedNil{ImageID: "img-1", SourceImage: "img-0"}`, published, false, false},
	{"errorreturn/errorpath", "ReturnsEmptySlice", "two regions", `&P.ReturnsEmptySlice{Regions: []string{"eu", "us"}, SourceImage: "img-0"}`, published, false, false},
	{"errorreturn/errorpath", "ReturnsEmptySlice", "no region", `&P.ReturnsEmptySlice{SourceImage: "img-0"}`, skipped, true, false},
	{"errorreturn/errorpath", "ReturnsNil", "built", `&P.ReturnsNil{ImageID: "img-1", SourceImage: "img-0"}`, published, false, false},
	{"errorreturn/errorpath", "Shapes", "if init", `&P.Shapes{ImageID: "img-1", SourceImage: "img-0", Mode: 0}`, published, false, false},
	{"errorreturn/errorpath", "Shapes", "declared", `&P.Shapes{ImageID: "img-1", SourceImage: "img-0", Mode: 1}`, published, false, false},
	{"errorreturn/errorpath", "Shapes", "validated", `&P.Shapes{ImageID: "img-1", SourceImage: "img-0", Mode: 2, Strict: true}`, published, false, false},

	{"fromartifactmissing/compositeliteral", "Artifact", "built", `&P.Artifact{ImageID: "img-1", Zone: "eu-1", SourceImage: "img-0"}`, published, false, false},
	{"fromartifactmissing/compositeliteral", "Replicas", "two zones", `&P.Replicas{Zones: map[string]string{"eu-1": "img-1", "us-1": "img-2"}, SourceImage: "img-0"}`, published, false, false},
	{"fromartifactmissing/compositeliteral", "Replicas", "no zone", `&P.Replicas{SourceImage: "img-0"}`, skipped, true, false},
	{"fromartifactmissing/compositeliteral", "NoImageID", "built", `&P.NoImageID{ImageID: "img-1", SourceImage: "img-0"}`, "FailsHCPStep", false, false},
	{"fromartifactmissing/compositeliteral", "NoSource", "built", `P.NoSource{ImageID: "img-1"}`, published, false, false},
	{"fromartifactmissing/compositeliteral", "LateID", "built", `&P.LateID{ImageID: "img-1", SourceImage: "img-0"}`, published, false, false},

	{"fromartifactmissing/deliberatenil", "Artifact", "built", `&P.Artifact{ImageID: "img-1"}`, skipped, true, false},
	{"fromartifactmissing/deliberatenil", "Export", "built", `&P.Export{Ref: "out.tar"}`, skipped, true, false},

	{"stateurimissing/statusstruct", "Artifact", "built", `&P.Artifact{ImageID: "img-1"}`, "FailsHCPStep", false, false},
	{"stateurimissing/statusstruct", "Export", "built", `&P.Export{Ref: "out.tar"}`, "Dropped", false, false},

	{"stateurimissing/nothingtopublish", "Checksum", "built", `&P.Checksum{Type: "sha256"}`, "Dropped", true, false},
	{"stateurimissing/nothingtopublish", "Compressed", "built", `&P.Compressed{Path: "out.tar.gz"}`, skipped, true, false},
	{"stateurimissing/nothingtopublish", "Container", "built", `P.Container{Path: "c.tar"}`, skipped, true, false},
	{"stateurimissing/nothingtopublish", "Named", "built", `&P.Named{ImageID: "img-1"}`, skipped, false, false},

	{"anyresult", "Artifact", "built", `&P.Artifact{ImageID: "img-1", SourceImage: "img-0"}`, published, false, false},
	{"anyresult", "Broken", "built", `&P.Broken{ImageID: "img-1"}`, published, false, false},

	{"frommappeddata", "Artifact", "two regions", `&P.Artifact{Amis: map[string]string{"eu-west-1": "ami-1", "us-east-1": "ami-2"}, SourceAMI: "ami-0"}`, published, false, false},
	{"frommappeddata", "Literal", "two zones", `&P.Literal{Images: map[string]string{"eu-1": "img-1", "us-1": "img-2"}, SourceImage: "img-0"}`, published, false, false},
	{"frommappeddata", "Unchecked", "two regions", `&P.Unchecked{Snapshots: map[string]string{"eu": "snap-1", "us": "snap-2"}, SourceImage: "img-0"}`, published, false, false},

	{"uncheckedassert/statedata", "Artifact", "generated data", `&P.Artifact{StateData: map[string]interface{}{"image_id": "img-1", "generated_data": map[string]interface{}{"SourceImage": "img-0"}}}`, published, false, false},
	{"uncheckedassert/statedata", "Artifact", "no generated data", `&P.Artifact{StateData: map[string]interface{}{"image_id": "img-1"}}`, "Panics", false, false},
	{"uncheckedassert/statedata", "Chained", "no generated data", `&P.Chained{ImageID: "img-1"}`, "Panics", false, false},
	{"uncheckedassert/statedata", "Helper", "no source_image", `&P.Helper{ImageID: "img-1", StateData: map[string]interface{}{"region": "eu"}}`, "Panics", false, false},

	{"helpermethod", "AMI", "built", `&P.AMI{AMIID: "ami-1", Region: "eu", SourceAMI: "ami-0"}`, published, false, false},
	{"helpermethod", "Disk", "built", `&P.Disk{DiskID: "d-1", SourceImage: "img-0"}`, published, false, false},
	{"helpermethod", "CheckedDisk", "built", `&P.CheckedDisk{DiskID: "d-1", SourceImage: "img-0"}`, published, false, false},
	{"helpermethod", "Gallery", "two replicas", `&P.Gallery{Replicas: map[string]string{"eu": "g-1", "us": "g-2"}, SourceImage: "img-0"}`, published, false, false},
	{"helpermethod", "Gallery", "no replica", `&P.Gallery{SourceImage: "img-0"}`, skipped, true, false},
	{"helpermethod", "Template", "two regions", `&P.Template{Regions: []string{"eu", "us"}, TemplateID: "t-1", SourceImage: "img-0"}`, published, false, false},
	{"helpermethod", "Guarded", "built", `&P.Guarded{DiskID: "d-1", SourceImage: "img-0"}`, published, false, false},
	{"helpermethod", "Guarded", "no disk ID", `&P.Guarded{SourceImage: "img-0"}`, "FailsHCPStep", false, true},
	{"helpermethod", "Listed", "two disks", `&P.Listed{DiskIDs: []string{"d-1", "d-2"}, SourceImage: "img-0"}`, published, false, false},
	{"helpermethod", "Snapshot", "built", `&P.Snapshot{SnapshotID: "s-1"}`, published, false, false},
	{"helpermethod", "Manifest", "built", `&P.Manifest{Path: "manifest.json"}`, "Dropped", false, false},

	{"errorignored/discarded", "Discarded", "built", `&P.Discarded{ImageID: "img-1", SourceImage: "img-0"}`, published, false, false},
	{"errorignored/discarded", "Logged", "built", `&P.Logged{ImageID: "img-1", SourceImage: "img-0"}`, published, false, false},
	{"errorignored/discarded", "Overwritten", "string tags", `&P.Overwritten{ImageID: "img-1", SourceImage: "img-0", Tags: map[string]interface{}{"os": "linux"}}`, published, false, false},
	{"errorignored/discarded", "Mapped", "two regions", `&P.Mapped{Images: map[string]string{"eu": "img-1", "us": "img-2"}, SourceImage: "img-0"}`, published, false, false},

	{"errorignored/multiregion", "Artifact", "two regions", `&P.Artifact{Amis: map[string]string{"eu": "ami-1", "us": "ami-2"}, SourceAMI: "ami-0"}`, published, false, false},
	{"errorignored/multiregion", "Disks", "two disks", `&P.Disks{DiskIDs: []string{"d-1", "d-2"}, SourceImage: "img-0"}`, published, false, false},
	{"errorignored/multiregion", "Disks", "no disk", `&P.Disks{SourceImage: "img-0"}`, skipped, true, false},

	{"switchcase", "Artifact", "built", `&P.Artifact{ImageID: "img-1", Zone: "eu-1", SourceImage: "img-0"}`, published, false, false},
	{"switchcase", "Volume", "built", `&P.Volume{VolumeID: "vol-1"}`, published, false, false},

	{"own/runtimeonly", "NilInLoop", "every region built", `&P.NilInLoop{Regions: []string{"eu", "us"}, Images: map[string]string{"eu": "img-1", "us": "img-2"}, SourceImage: "img-0"}`, published, false, false},
	{"own/runtimeonly", "NilInLoop", "a region not built", `&P.NilInLoop{Regions: []string{"eu", "us"}, Images: map[string]string{"eu": "img-1"}, SourceImage: "img-0"}`, "FailsHCPStep", false, false},
	{"own/runtimeonly", "GuardedHelper", "built", `&P.GuardedHelper{ImageID: "img-1", SourceImage: "img-0"}`, published, false, false},
	{"own/runtimeonly", "GuardedHelper", "no image ID (typed nil)", `&P.GuardedHelper{SourceImage: "img-0"}`, skipped, false, false},
	{"own/runtimeonly", "IDMap", "built", `&P.IDMap{ImageID: "img-1"}`, "FailsHCPStep", false, false},
	{"own/runtimeonly", "FieldMap", "built", `&P.FieldMap{ImageID: "img-1", SourceImage: "img-0"}`, published, false, false},
	{"own/runtimeonly", "NotBuilt", "built", `&P.NotBuilt{ImageID: "img-1", SourceImage: "img-0"}`, published, false, false},
	{"own/runtimeonly", "NotBuilt", "not built", `&P.NotBuilt{SourceImage: "img-0"}`, "Empty", false, false},
	{"own/runtimeonly", "Copies", "one region", `&P.Copies{ImageID: "img-1", Regions: []string{"eu"}, SourceImage: "img-0"}`, published, false, false},
	{"own/runtimeonly", "Copies", "two regions", `&P.Copies{ImageID: "img-1", Regions: []string{"eu", "us"}, SourceImage: "img-0"}`, "Collision", false, true},
	{"own/runtimeonly", "Labelled", "a number tag", `&P.Labelled{ImageID: "img-1", SourceImage: "img-0", Tags: map[string]interface{}{"os": "linux", "cpus": 4}}`, published, false, false},
}

// known lists the disagreements between parlint and the runtime that are
// not fixed yet, by the entry's pkg.typ/state and the rule: they are logged
// while they last. The four the first run found (a logged-only error before
// an append, a map without ImageID, a map with ImageID and ProviderName, an
// errors.New answer) are fixed by the control-flow and value-flow engine.
var known = map[string]string{}
