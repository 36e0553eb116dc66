package factsonly

import "syscall"

// init ends the process after writing the empty facts file when parlint
// runs for go vet on a package's facts alone; otherwise it returns.
func init() {
	args, ok := readFile("/proc/self/cmdline")
	if !ok {
		return
	}
	cfgFile, ok := vetConfig(args)
	if !ok {
		return
	}
	cfg, ok := readFile(cfgFile)
	if !ok {
		return
	}
	out, ok := factsOnlyOutput(cfg)
	if !ok || !create(out) {
		return
	}
	syscall.Exit(0)
}

// vetConfig returns the .cfg file that cmdline (the NUL-terminated
// arguments, the program's name first) ends in, as cmd/parlint's
// isVetConfig decides: the last argument ends in .cfg and the one before
// does not.
func vetConfig(cmdline []byte) (string, bool) {
	var args []string
	for len(cmdline) > 0 {
		i := indexByte(cmdline, 0)
		if i < 0 {
			args = append(args, string(cmdline))
			break
		}
		args = append(args, string(cmdline[:i]))
		cmdline = cmdline[i+1:]
	}
	if len(args) < 2 {
		return "", false
	}
	args = args[1:]
	last := args[len(args)-1]
	if !hasSuffix(last, ".cfg") || len(args) > 1 && hasSuffix(args[len(args)-2], ".cfg") {
		return "", false
	}
	return last, true
}

// factsOnlyOutput returns where the facts go (VetxOutput) when cfg is a facts-only .cfg file (VetxOnly true) as the go command
// writes them, with encoding/json's MarshalIndent and a tab: each top-level
// key on a line of its own after one tab, where no key of a nested object
// and nothing in a string can be. It reports false for anything else.
func factsOnlyOutput(cfg []byte) (string, bool) {
	only := index(cfg, "\n\t\"VetxOnly\": true")
	if only < 0 {
		return "", false
	}
	if rest := cfg[only+len("\n\t\"VetxOnly\": true"):]; len(rest) == 0 || rest[0] != ',' && rest[0] != '\n' {
		return "", false
	}
	const key = "\n\t\"VetxOutput\": \""
	i := index(cfg, key)
	if i < 0 {
		return "", false // the go command always names one
	}
	value := cfg[i+len(key):]
	end := indexByte(value, '"')
	if end < 0 || indexByte(value[:end], '\\') >= 0 {
		return "", false // a JSON escape: left to encoding/json
	}
	return string(value[:end]), true
}

// create writes the empty file name, as os.WriteFile(name, nil, 0o666)
// does. It reports whether it did.
func create(name string) bool {
	fd, err := syscall.Open(name, syscall.O_WRONLY|syscall.O_CREAT|syscall.O_TRUNC|syscall.O_CLOEXEC, 0o666)
	if err != nil {
		return false
	}
	return syscall.Close(fd) == nil
}

// readFile returns the content of the file name.
func readFile(name string) ([]byte, bool) {
	fd, err := syscall.Open(name, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	if err != nil {
		return nil, false
	}
	defer syscall.Close(fd)
	buf := make([]byte, 0, 16<<10) // /proc files have no size; a .cfg is a few KB
	var st syscall.Stat_t
	if syscall.Fstat(fd, &st) == nil && st.Size >= int64(cap(buf)) {
		buf = make([]byte, 0, st.Size+1)
	}
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := syscall.Read(fd, buf[len(buf):cap(buf)])
		switch {
		case err == syscall.EINTR:
			continue
		case err != nil:
			return nil, false
		case n == 0:
			return buf, true
		}
		buf = buf[:len(buf)+n]
	}
}

// hasSuffix, index and indexByte are those of package strings and bytes,
// which this package does not import: they import unicode, which would
// initialize before it.

func hasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

func index(b []byte, s string) int {
	for i := 0; i+len(s) <= len(b); i++ {
		if string(b[i:i+len(s)]) == s {
			return i
		}
	}
	return -1
}

func indexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}
