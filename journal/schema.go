package journal

import (
	"fmt"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/jsonrec"
)

// schemaFor returns what a schema of form is made for: the form's columns
// describe the fields.
func schemaFor(form forms.Journal) *jsonrec.Schema {
	return &jsonrec.Schema{Describe: func(column, _, doc string) string { return describe(form, column, doc) }}
}

// describe returns the description of a field: its column's number and
// caption, and doc.
func describe(form forms.Journal, column, doc string) string {
	c, ok := columnByKey(form, column)
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

// blankSchema returns the schema of a blank journal of the form id: its
// "form" can only be id.
func blankSchema(id string, s *jsonrec.Schema) jsonrec.Object {
	fs := append([]jsonrec.Field[Blank](nil), blankRecord.Fields...)
	fs[0].Val = func(*Blank) jsonrec.Value { return jsonrec.ConstVal{Lit: id} }
	return (&jsonrec.Record[Blank]{Fields: fs}).Schema(s)
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
	s := schemaFor(form)
	title := form.Title.Fill(forms.Text{})
	return jsonrec.SchemaDoc(form.ID+": "+title.RU,
		title.KK+". "+form.Source.RU+". A filled journal, or a blank one with \"blank\": true.",
		[]jsonrec.Object{c.schema(s), blankSchema(id, s)}, nil)
}
