// Package sarif writes SARIF 2.1.0 logs: the subset of the OASIS standard that
// a static analyzer's findings need (one run, its rules, results with a
// region, and fixes).
//
// The types are written here rather than taken from a SARIF library: the
// maintained Go one (github.com/owenrumney/go-sarif/v3) compiles a JSON
// Schema validator and its dependencies into every binary that imports it,
// and parlint's requirements also reach the golangci-lint builds its plugin
// goes into. A hundred lines of structs cost neither; the tests check the
// output with Microsoft's own validator instead.
package sarif

import (
	"encoding/json"
	"io"
)

// Version and Schema identify SARIF 2.1.0.
const (
	Version = "2.1.0"
	Schema  = "https://json.schemastore.org/sarif-2.1.0.json"
)

// SrcRoot is the uriBaseId that file locations are relative to.
const SrcRoot = "%SRCROOT%"

// A Log is a SARIF log file.
type Log struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []Run  `json:"runs"`
}

// A Run is one run of one tool.
type Run struct {
	Tool               Tool                        `json:"tool"`
	OriginalURIBaseIDs map[string]ArtifactLocation `json:"originalUriBaseIds,omitempty"`
	// Results is never omitted: GitHub code scanning requires the array,
	// empty when there is nothing to report.
	Results     []Result     `json:"results"`
	Invocations []Invocation `json:"invocations,omitempty"`
	ColumnKind  string       `json:"columnKind,omitempty"`
}

// An Invocation says whether the run succeeded and, when it did not, why:
// packages that did not load are notifications of level error.
type Invocation struct {
	ExecutionSuccessful        bool           `json:"executionSuccessful"`
	ToolExecutionNotifications []Notification `json:"toolExecutionNotifications,omitempty"`
}

// A Notification is a message of the tool about its run, not a finding.
type Notification struct {
	Level   string  `json:"level"`
	Message Message `json:"message"`
}

// A Tool describes the analyzer.
type Tool struct {
	Driver Driver `json:"driver"`
}

// A Driver is the analyzer's main component, with its rules.
type Driver struct {
	Name            string `json:"name"`
	InformationURI  string `json:"informationUri,omitempty"`
	Version         string `json:"version,omitempty"`
	SemanticVersion string `json:"semanticVersion,omitempty"`
	Rules           []Rule `json:"rules"`
}

// A Rule describes one kind of finding.
type Rule struct {
	ID                   string         `json:"id"`
	Name                 string         `json:"name,omitempty"`
	ShortDescription     *Message       `json:"shortDescription,omitempty"`
	FullDescription      *Message       `json:"fullDescription,omitempty"`
	HelpURI              string         `json:"helpUri,omitempty"`
	Help                 *Message       `json:"help,omitempty"`
	DefaultConfiguration *Configuration `json:"defaultConfiguration,omitempty"`
}

// A Configuration is a rule's default reporting configuration.
type Configuration struct {
	Level string `json:"level,omitempty"`
}

// A Message is plain text.
type Message struct {
	Text string `json:"text"`
}

// A Result is one finding.
type Result struct {
	RuleID    string     `json:"ruleId"`
	RuleIndex int        `json:"ruleIndex"`
	Level     string     `json:"level,omitempty"`
	Message   Message    `json:"message"`
	Locations []Location `json:"locations"`
	Fixes     []Fix      `json:"fixes,omitempty"`
}

// A Location is where a result is.
type Location struct {
	PhysicalLocation PhysicalLocation `json:"physicalLocation"`
}

// A PhysicalLocation is a region of a file.
type PhysicalLocation struct {
	ArtifactLocation ArtifactLocation `json:"artifactLocation"`
	Region           Region           `json:"region"`
}

// An ArtifactLocation names a file, relative to URIBaseID when it is set.
type ArtifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

// A Region is a range of text, in lines and columns counted from 1; an
// insertion point has its end equal to its start.
type Region struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine"`
	EndColumn   int `json:"endColumn"`
}

// A Fix is a suggested fix: changes to one or more files.
type Fix struct {
	Description     Message          `json:"description"`
	ArtifactChanges []ArtifactChange `json:"artifactChanges"`
}

// An ArtifactChange is a fix's replacements in one file.
type ArtifactChange struct {
	ArtifactLocation ArtifactLocation `json:"artifactLocation"`
	Replacements     []Replacement    `json:"replacements"`
}

// A Replacement deletes a region and inserts text in its place.
type Replacement struct {
	DeletedRegion   Region           `json:"deletedRegion"`
	InsertedContent *ArtifactContent `json:"insertedContent,omitempty"`
}

// An ArtifactContent is text to insert.
type ArtifactContent struct {
	Text string `json:"text"`
}

// Write writes log to w as indented JSON.
func (log *Log) Write(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(log)
}
