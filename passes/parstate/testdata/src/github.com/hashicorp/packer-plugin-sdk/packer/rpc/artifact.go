// Package rpc is a test stub of the SDK's RPC package: its artifact client
// proxy is an artifact by its method set that hands the key to the server.
// parstate does not check the SDK module's own packages.
package rpc

type client interface {
	Call(method string, args interface{}, reply interface{}) error
}

type artifact struct {
	client   client
	endpoint string
}

func (a *artifact) BuilderId() (result string) {
	a.client.Call(a.endpoint+".BuilderId", new(interface{}), &result)
	return
}

func (a *artifact) Files() (result []string) {
	a.client.Call(a.endpoint+".Files", new(interface{}), &result)
	return
}

func (a *artifact) Id() (result string) {
	a.client.Call(a.endpoint+".Id", new(interface{}), &result)
	return
}

func (a *artifact) String() (result string) {
	a.client.Call(a.endpoint+".String", new(interface{}), &result)
	return
}

func (a *artifact) State(name string) (result interface{}) {
	a.client.Call(a.endpoint+".State", name, &result)
	return
}

func (a *artifact) Destroy() error {
	var result error
	if err := a.client.Call(a.endpoint+".Destroy", new(interface{}), &result); err != nil {
		return err
	}
	return result
}
