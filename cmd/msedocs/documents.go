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
	err := certificate.Validate(nil, f.docs...)
	if err == nil {
		return nil
	}
	var out []error
	for _, e := range leaves(err) {
		var ve *certificate.ValidationError
		if errors.As(e, &ve) {
			if f.batch && ve.Entry == 0 {
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
	opts := &certificate.Options{Fonts: o.fonts, VerifyURL: o.verifyURL, NoArchive: o.noArchive}
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
	counts := map[string]int{}
	var order []string
	for _, d := range f.docs {
		id := d.Form().ID
		if _, ok := d.(*certificate.Blank); ok {
			id += " blank"
		}
		if counts[id] == 0 {
			order = append(order, id)
		}
		counts[id]++
	}
	parts := make([]string, len(order))
	for i, id := range order {
		parts[i] = fmt.Sprintf("%d %s", counts[id], id)
	}
	n := "documents"
	if len(f.docs) == 1 {
		n = "document"
	}
	s := fmt.Sprintf("%s, %d %s", certificate.BatchForm, len(f.docs), n)
	if len(parts) > 0 {
		s += " (" + strings.Join(parts, ", ") + ")"
	}
	return s
}
