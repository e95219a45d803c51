package journal

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/msedocs/msedocs/forms"
)

// schemaCtx is what a schema is made for: the form whose columns describe
// the fields.
type schemaCtx struct {
	form forms.Journal
}

// describe returns the description of a field: its column's number and
// caption, and doc.
func (s *schemaCtx) describe(column, doc string) string {
	c, ok := columnByKey(s.form, column)
	if !ok {
		return doc
	}
	d := fmt.Sprintf("Column %d: %s", c.Num, c.Caption.Join())
	if doc != "" {
		d += ". " + doc
	}
	return d
}

func columnByKey(form forms.Journal, key string) (forms.Column, bool) {
	if key == "" {
		return forms.Column{}, false
	}
	for _, c := range form.Columns {
		if c.Key == key {
			return c, true
		}
	}
	return forms.Column{}, false
}

// JSONSchema returns the JSON Schema (draft 2020-12) of the JSON encoding
// of the journal form with the given ID, "journal1" … "journal6": a filled
// journal, or a blank one. The schema is made from the same tables as the
// encoding; field descriptions give the form's column numbers and
// captions, enums the stable IDs of the closed lists. Ranges are given as
// Validate checks them. The decoder also takes null for an absent value.
func JSONSchema(id string) ([]byte, error) {
	form, ok := forms.JournalByID(id)
	c, ok2 := codecs[id]
	if !ok || !ok2 {
		return nil, fmt.Errorf("journal: %w", &JSONError{Path: "form", Err: errUnknownForm()})
	}
	s := &schemaCtx{form: form}
	title := form.Title.Fill(forms.Text{})
	root := object{
		{"$schema", "https://json-schema.org/draft/2020-12/schema"},
		{"title", form.ID + ": " + title.RU},
		{"description", title.KK + ". " + form.Source.RU + ". A filled journal, or a blank one with \"blank\": true."},
		{"oneOf", []object{c.schema(s), blankRecord.schema(s)}},
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(root); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
