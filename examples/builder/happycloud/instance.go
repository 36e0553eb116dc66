package happycloud

// InstanceInfo is what the HappyCloud API says about a running instance. It
// has a State method, but it is not an artifact.
type InstanceInfo struct {
	ID     string
	Status string
	Fields map[string]interface{}
}

// State returns the instance field name, as the API's describe call does.
func (i *InstanceInfo) State(name string) interface{} {
	if name == "status" {
		return i.Status
	}
	return i.Fields[name]
}
