package certificate

import (
	"testing"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/fieldtab"
)

// tableKeys are the form field keys each document type's table prints,
// by form ID.
var tableKeys = map[string][]string{
	forms.DocDisability:                  disabilityTable.Keys(),
	forms.DocSocialRehab:                 socialRehabTable.Keys(),
	forms.DocProfessionalRehab:           professionalRehabTable.Keys(),
	forms.DocGeneralCapacity:             generalCapacityTable.Keys(),
	forms.DocProfessionalCapacity:        professionalCapacityTable.Keys(),
	forms.DocProfessionalCapacityExtract: professionalExtractTable.Keys(),
	forms.DocCare:                        careTable.Keys(),
	forms.DocFullRehabilitation:          fullRehabilitationTable.Keys(),
	forms.DocExpertNotice:                expertNoticeTable.Keys(),
}

// TestTablesCoverForms walks every document form's fields against its
// field table: each field of the form is printed by exactly one line, in
// the form's order, and no line prints a field the form lacks. A field
// added to a form without its line (or a line without its field) fails
// here.
func TestTablesCoverForms(t *testing.T) {
	if len(tableKeys) != len(forms.Documents()) {
		t.Errorf("%d tables for %d forms", len(tableKeys), len(forms.Documents()))
	}
	for id, keys := range tableKeys {
		form, ok := forms.DocumentByID(id)
		if !ok {
			t.Errorf("%s: a table of no form", id)
			continue
		}
		fields := make([]string, len(form.Fields))
		for i, f := range form.Fields {
			fields[i] = f.Key
		}
		if m := fieldtab.Mismatch(keys, fields); m != "" {
			t.Errorf("%s: %s", id, m)
		}
	}
}
