package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/msedocs/msedocs/certificate"
	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/sample"
	"github.com/msedocs/msedocs/journal"
)

// family is a set of forms the command handles alike. The journals are
// one; the nine documents of package certificate plug in as another by
// implementing family and joining families.
type family interface {
	// list returns the family's forms, in order.
	list() []formInfo
	// blank writes a blank form.
	blank(id string, o *output) error
	// decode decodes JSON whose "form" is one of the family's forms.
	decode(data []byte) (filled, error)
	// schema returns the JSON Schema of a form.
	schema(id string) ([]byte, error)
	// sample returns n synthetic entries (or documents) as JSON.
	sample(id string, n int, seed uint64) ([]byte, error)
}

// filled is a filled journal, or a batch of documents, read from JSON.
type filled interface {
	// validate returns every problem, joined; each names its JSON path.
	validate() error
	// write writes it in o's format.
	write(o *output) error
	// describe says what it is, e.g. "journal6, 120 entries".
	describe() string
}

// formInfo is one line of "msedocs forms".
type formInfo struct {
	id, kk, ru, source string
}

// families are the forms the command knows, in the order listed.
var families = []family{journals{}, documents{}}

func allForms() []formInfo {
	var out []formInfo
	for _, f := range families {
		out = append(out, f.list()...)
	}
	return out
}

// findForm returns the family of the form id.
func findForm(id string) (family, bool) {
	for _, f := range families {
		for _, fi := range f.list() {
			if fi.id == id {
				return f, true
			}
		}
	}
	return nil, false
}

// formArg returns the family of a form named on the command line.
func formArg(id string) (family, error) {
	if f, ok := findForm(id); ok {
		return f, nil
	}
	return nil, usagef("unknown form %q; want one of %s (see msedocs forms)", id, strings.Join(formIDs(), ", "))
}

// decodeAny decodes JSON of any form: "form" chooses the family. The
// journals decode first, reporting what is wrong with input that is not
// JSON or names no form; input of another family's form goes to it, and
// a batch of documents ("form": "documents") to the documents.
func decodeAny(data []byte) (filled, error) {
	f, err := families[0].decode(data)
	var je *journal.JSONError
	if err == nil || !errors.As(err, &je) || je.Path != "form" || !errors.Is(je, journal.ErrUnknownValue) {
		return f, err
	}
	var top struct {
		Form string `json:"form"`
	}
	json.Unmarshal(data, &top) // valid JSON with a string "form": the journals checked
	if fam, ok := findForm(top.Form); ok {
		return fam.decode(data)
	}
	if top.Form == certificate.BatchForm {
		return documents{}.decode(data)
	}
	return nil, &journal.JSONError{Path: "form", Err: fmt.Errorf("%w: want one of %s (see msedocs forms), or %s for a batch of documents",
		journal.ErrUnknownValue, strings.Join(formIDs(), ", "), certificate.BatchForm)}
}

// formIDs returns the ID of every form.
func formIDs() []string {
	var ids []string
	for _, fi := range allForms() {
		ids = append(ids, fi.id)
	}
	return ids
}

// journals is the family of the six journals of Order No. 318.
type journals struct{}

func (journals) list() []formInfo {
	var out []formInfo
	for _, f := range forms.Journals() {
		title := f.Title.Fill(forms.Text{})
		out = append(out, formInfo{id: f.ID, kk: title.KK, ru: title.RU, source: f.Source.RU})
	}
	return out
}

func (journals) blank(id string, o *output) error {
	form, _ := forms.JournalByID(id)
	return filledJournal{&journal.Blank{Journal: form, Pages: o.pages}}.write(o)
}

func (journals) decode(data []byte) (filled, error) {
	j, err := journal.UnmarshalJSON(data)
	if err != nil {
		return nil, err
	}
	return filledJournal{j}, nil
}

func (journals) schema(id string) ([]byte, error) { return journal.JSONSchema(id) }

func (journals) sample(id string, n int, seed uint64) ([]byte, error) {
	j, err := sample.New(seed).Journal(id, n)
	if err != nil {
		return nil, err
	}
	return journal.MarshalJSON(j)
}

// filledJournal is a journal read from JSON, or a blank one.
type filledJournal struct{ j journal.Journal }

func (f filledJournal) validate() error {
	err := f.j.Validate()
	if err == nil {
		return nil
	}
	var out []error
	for _, e := range leaves(err) {
		var ve *journal.ValidationError
		if errors.As(e, &ve) {
			e = &pathError{path: ve.JSONPath(), err: ve}
		}
		out = append(out, e)
	}
	return errors.Join(out...)
}

// write writes the journal to stdout as one file, or to a file as
// journal.Write binds it: one file when it fits in a volume of
// o.volumePages pages, else a file a volume (see writeVolumes).
func (f filledJournal) write(o *output) error {
	opts := &journal.Options{Language: o.lang, VolumePages: o.volumePages, Fonts: o.fonts, NoArchive: o.noArchive}
	if o.path != "-" {
		p := o.progress(f.j.Form().ID, f.unit())
		defer p.finish()
		opts.Progress = p.update
		format := journal.PDF
		if o.format == "xlsx" {
			format = journal.XLSX
		}
		return writeVolumes(o.a.temps, o.path, f.j, format, opts)
	}
	return o.write(func(w io.Writer) error {
		switch o.format {
		case "xlsx":
			return writeXLSX(f.j, w, opts)
		default:
			p := o.progress(f.j.Form().ID, f.unit())
			defer p.finish()
			opts.Progress = p.update
			return f.j.WritePDF(w, opts)
		}
	})
}

func (f filledJournal) unit() string {
	if _, ok := f.j.(*journal.Blank); ok {
		return "pages"
	}
	return "entries"
}

func (f filledJournal) describe() string {
	id := f.j.Form().ID
	n := 0
	switch j := f.j.(type) {
	case *journal.Blank:
		pages := j.Pages
		if pages == 0 {
			pages = j.Journal.BlankPages
		}
		return fmt.Sprintf("%s, blank, %d pages", id, pages)
	case *journal.StockJournal:
		n = len(j.Disability.Entries) + len(j.Professional.Entries)
	case *journal.DisabilityJournal:
		n = len(j.Entries)
	case *journal.GeneralCapacityJournal:
		n = len(j.Entries)
	case *journal.ProfessionalCapacityJournal:
		n = len(j.Entries)
	case *journal.CareJournal:
		n = len(j.Entries)
	case *journal.ActsJournal:
		n = len(j.Entries)
	}
	if n == 1 {
		return id + ", 1 entry"
	}
	return fmt.Sprintf("%s, %d entries", id, n)
}

// leaves returns the errors joined in err, flattened.
func leaves(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, leaves(e)...)
		}
		return out
	}
	return []error{err}
}
