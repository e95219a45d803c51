package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/msedocs/msedocs"
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

// decodeAny decodes JSON of any form with msedocs.Decode, whose "form"
// says which record it is; like it, it returns what it could decode with
// the error when the decoder could go on.
func decodeAny(data []byte) (filled, error) {
	rec, err := msedocs.Decode(data)
	if rec == nil {
		return nil, err
	}
	if rec.Journal != nil {
		return filledJournal{j: rec.Journal}, err
	}
	return filledDocuments{docs: rec.Documents, batch: rec.Batch}, err
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
	return filledJournal{j: &journal.Blank{Journal: form, Pages: o.pages}}.write(o)
}

func (journals) schema(id string) ([]byte, error) { return journal.JSONSchema(id) }

func (journals) sample(id string, n int, seed uint64) ([]byte, error) {
	j, err := sample.New(seed).Journal(id, n)
	if err != nil {
		return nil, err
	}
	return journal.Encode(j)
}

// filledJournal is a journal read from JSON, or a blank one.
type filledJournal struct {
	j journal.Journal
	// count, when not nil, is the number of entries of a Stream, set as
	// it is walked (countEntries).
	count *int
}

func (f filledJournal) validate() error {
	err := f.j.Validate(nil)
	if err == nil {
		return nil
	}
	return f.problems(err)
}

// inputProblem reports whether err, from a journal's writer, holds a
// problem of the input: a *journal.ValidationError or *journal.JSONError.
func inputProblem(err error) bool {
	var ve *journal.ValidationError
	var je *journal.JSONError
	return err != nil && (errors.As(err, &ve) || errors.As(err, &je))
}

// problems returns the problems of err, from Validate or a writer, one
// a leaf, each at its JSON path.
func (f filledJournal) problems(err error) error {
	var out []error
	for _, e := range leaves(err) {
		if shape := shapeErrors(e); shape != nil {
			out = append(out, shape...)
			continue
		}
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
	// ReadOnce: a file is parsed (a query run) once, not twice. What an
	// invalid journal leaves half-written is a temporary file, removed,
	// or a buffer for stdout, dropped.
	opts := &journal.Options{Language: o.lang, VolumePages: o.volumePages, Fonts: o.fonts, NoArchive: o.noArchive, ReadOnce: true}
	if o.path != "-" {
		p := o.progress(f.j.Form().ID, f.unit())
		defer p.finish()
		opts.Progress = p.update
		format := journal.PDF
		if o.format == "xlsx" {
			format = journal.XLSX
		}
		return heapLimited(o.volumePages, func() error { return writeVolumes(o.a.temps, o.path, f.j, format, opts) })
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
	if f.count != nil {
		n = *f.count
	}
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
		n += len(j.Entries)
	case *journal.GeneralCapacityJournal:
		n += len(j.Entries)
	case *journal.ProfessionalCapacityJournal:
		n += len(j.Entries)
	case *journal.CareJournal:
		n += len(j.Entries)
	case *journal.ActsJournal:
		n += len(j.Entries)
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
