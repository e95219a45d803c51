package certificate

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/msedocs/msedocs/forms"
)

// JSONSchema returns the JSON Schema (draft 2020-12) of the JSON encoding
// (see UnmarshalJSON) of the document form with the given ID
// (forms.DocDisability …): one document of the form, filled or blank, or
// a batch. A batch may mix forms, so the schema defines all of them under
// "$defs" and the batch's items are any one. The schema is made from the
// same tables as the encoding; field descriptions give the form's labels,
// enums the stable IDs of the closed lists. The decoder also takes null
// for an absent value; Validate checks what a schema cannot (the IIN
// against the date of birth and sex, ages, the order of dates).
func JSONSchema(id string) ([]byte, error) {
	form, ok := forms.DocumentByID(id)
	if !ok {
		return nil, fmt.Errorf("certificate: %w", &JSONError{Path: "form",
			Err: fmt.Errorf("%w: want one of %s", ErrUnknownValue, strings.Join(documentList.ids, ", "))})
	}
	defs := object{}
	var refs []object
	for _, f := range forms.Documents() {
		defs = append(defs, member{f.ID, codecs[f.ID].schema(f)})
		refs = append(refs, object{{"$ref", "#/$defs/" + f.ID}})
	}
	defs = append(defs, member{"blank", blankRecord.schema(nil)})
	refs = append(refs, object{{"$ref", "#/$defs/blank"}})

	// A blank of this form only.
	blank := (&record[Blank]{fields: append([]field[Blank]{formField[Blank](id)}, blankRecord.fields[1:]...)}).schema(nil)
	batch := object{
		{"description", "A batch of documents, printed one a page (PDF) or a sheet (XLSX), in order."},
		{"type", "object"},
		{"properties", object{
			{"form", object{{"const", BatchForm}}},
			{"documents", object{{"type", "array"}, {"minItems", 1}, {"items", object{{"oneOf", refs}}}}},
		}},
		{"required", []string{"form", "documents"}},
		{"additionalProperties", false},
	}
	title := form.Title
	root := object{
		{"$schema", "https://json-schema.org/draft/2020-12/schema"},
		{"title", form.ID + ": " + title.RU},
		{"description", title.KK + ". " + form.Source.RU + ". One document, a blank one with \"blank\": true, or a batch {\"form\": \"documents\", \"documents\": [...]}."},
		{"oneOf", []object{{{"$ref", "#/$defs/" + id}}, blank, batch}},
		{"$defs", defs},
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
