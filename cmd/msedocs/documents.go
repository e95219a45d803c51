package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/msedocs/msedocs/certificate"
	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/sample"
)

// documents is the family of the nine result documents of package
// certificate. Their JSON is one document, or a batch: {"form":
// "documents", "documents": [...]}, of any forms, printed one a page (PDF)
// or a sheet (XLSX).
type documents struct{}

func (documents) list() []formInfo {
	var out []formInfo
	for _, d := range forms.Documents() {
		title := d.Title.Fill(forms.Text{})
		out = append(out, formInfo{id: d.ID, kk: title.KK, ru: title.RU, source: d.Source.RU})
	}
	return out
}

func (documents) blank(id string, o *output) error {
	if o.pages != 0 {
		return usagef("-pages is for journals; %s is one page", id)
	}
	b, _ := certificate.NewBlank(id)
	return filledDocuments{docs: []certificate.Document{b}}.write(o)
}

func (documents) schema(id string) ([]byte, error) { return certificate.JSONSchema(id) }

func (documents) sample(id string, n int, seed uint64) ([]byte, error) {
	docs, err := sample.New(seed).Documents(id, n)
	if err != nil {
		return nil, err
	}
	return certificate.Encode(docs...)
}

// filledDocuments are documents read from JSON, or a blank one.
type filledDocuments struct {
	docs []certificate.Document
	// batch says the JSON was a batch: problems are then at
	// documents[i].
	batch bool
}

func (f filledDocuments) validate() error {
	if len(f.docs) == 0 {
		return &pathError{path: "documents", err: certificate.ErrNoDocuments}
	}
	return docProblems(certificate.Validate(nil, f.docs...), f.batch)
}

// docProblems returns the problems of err, from certificate's Validate
// or a writer, one a leaf, each at its JSON path; in a batch, even of
// one document, at documents[i].
func docProblems(err error, batch bool) error {
	if err == nil {
		return nil
	}
	if err == certificate.ErrNoDocuments {
		return &pathError{path: "documents", err: err}
	}
	var out []error
	for _, e := range leaves(err) {
		var ve *certificate.ValidationError
		if errors.As(e, &ve) {
			if batch && ve.Entry == 0 {
				// a batch of one: still documents[0]
				ve.Entry, ve.Path = 1, strings.TrimSuffix("documents[0]."+ve.Path, ".")
			}
			e = &pathError{path: ve.JSONPath(), err: ve}
		}
		out = append(out, e)
	}
	return errors.Join(out...)
}

func (f filledDocuments) write(o *output) error {
	opts := docOptions(o)
	return o.write(func(w io.Writer) error {
		if o.format == "xlsx" {
			return certificate.WriteXLSX(w, opts, f.docs...)
		}
		return certificate.WritePDF(w, opts, f.docs...)
	})
}

// describe says e.g. "disability, 1 document" or "documents, 3: 2
// disability, 1 care".
func (f filledDocuments) describe() string {
	if !f.batch && len(f.docs) == 1 {
		id := f.docs[0].Form().ID
		if _, ok := f.docs[0].(*certificate.Blank); ok {
			return id + ", blank"
		}
		return id + ", 1 document"
	}
	var t tally
	for _, d := range f.docs {
		t.add(d)
	}
	return t.describe()
}

// docOptions are the options of certificate's writers for o.
func docOptions(o *output) *certificate.Options {
	return &certificate.Options{Fonts: o.fonts, VerifyURL: o.verifyURL, NoArchive: o.noArchive}
}

// tally counts the documents of a batch by form, in the order met.
type tally struct {
	counts map[string]int
	order  []string
	n      int
}

func (t *tally) add(d certificate.Document) {
	t.n++
	if d == nil {
		return
	}
	id := d.Form().ID
	if _, ok := d.(*certificate.Blank); ok {
		id += " blank"
	}
	if t.counts == nil {
		t.counts = map[string]int{}
	}
	if t.counts[id] == 0 {
		t.order = append(t.order, id)
	}
	t.counts[id]++
}

// describe says e.g. "documents, 3 documents (2 disability, 1 care)".
func (t *tally) describe() string {
	parts := make([]string, len(t.order))
	for i, id := range t.order {
		parts[i] = fmt.Sprintf("%d %s", t.counts[id], id)
	}
	n := "documents"
	if t.n == 1 {
		n = "document"
	}
	s := fmt.Sprintf("%s, %d %s", certificate.BatchForm, t.n, n)
	if len(parts) > 0 {
		s += " (" + strings.Join(parts, ", ") + ")"
	}
	return s
}
