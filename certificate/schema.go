package certificate

import (
	"fmt"
	"strings"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/jsonrec"
)

// JSONSchema returns the JSON Schema (draft 2020-12) of the JSON encoding
// (see Decode) of the document form with the given ID
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
			Err: fmt.Errorf("%w: want one of %s", ErrUnknownValue, strings.Join(documentList.IDs(), ", "))})
	}
	defs := jsonrec.Object{}
	var refs []jsonrec.Object
	for _, f := range forms.Documents() {
		defs = append(defs, jsonrec.Member{Key: f.ID, Val: codecs[f.ID].schema(f)})
		refs = append(refs, ref(f.ID))
	}
	defs = append(defs, jsonrec.Member{Key: "blank", Val: blankRecord.Schema(nil)})
	refs = append(refs, ref("blank"))

	// A blank of this form only.
	blank := (&jsonrec.Record[Blank]{Fields: append([]jsonrec.Field[Blank]{formField[Blank](id)}, blankRecord.Fields[1:]...)}).Schema(nil)
	batch := jsonrec.Object{
		{Key: "description", Val: "A batch of documents, printed one a page (PDF) or a sheet (XLSX), in order."},
		{Key: "type", Val: "object"},
		{Key: "properties", Val: jsonrec.Object{
			{Key: "form", Val: jsonrec.Object{{Key: "const", Val: BatchForm}}},
			{Key: "documents", Val: jsonrec.Object{{Key: "type", Val: "array"}, {Key: "minItems", Val: 1},
				{Key: "items", Val: jsonrec.Object{{Key: "oneOf", Val: refs}}}}},
		}},
		{Key: "required", Val: []string{"form", "documents"}},
		{Key: "additionalProperties", Val: false},
	}
	title := form.Title
	return jsonrec.SchemaDoc(form.ID+": "+title.RU,
		title.KK+". "+form.Source.RU+". One document, a blank one with \"blank\": true, or a batch {\"form\": \"documents\", \"documents\": [...]}.",
		[]jsonrec.Object{ref(id), blank, batch}, defs)
}

// ref returns a reference to the definition of the form id.
func ref(id string) jsonrec.Object { return jsonrec.Object{{Key: "$ref", Val: "#/$defs/" + id}} }
