package certificate

import (
	"slices"
	"testing"

	"github.com/msedocs/msedocs/forms"
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
	for _, form := range forms.Documents() {
		got, ok := tableKeys[form.ID]
		if !ok {
			t.Errorf("%s: no field table", form.ID)
			continue
		}
		var want []string
		for _, f := range form.Fields {
			want = append(want, f.Key)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: table prints %q, form has %q", form.ID, got, want)
		}
	}
	if len(tableKeys) != len(forms.Documents()) {
		t.Errorf("%d tables for %d forms", len(tableKeys), len(forms.Documents()))
	}
}
