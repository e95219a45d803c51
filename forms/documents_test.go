package forms_test

import (
	"strings"
	"testing"

	"github.com/msedocs/msedocs/fonts"
	"github.com/msedocs/msedocs/forms"
)

// TestDocuments checks the shape of the nine document forms: unique IDs
// and field keys, wording in both languages, templates with a slot in
// both languages or in neither, a table's columns, a registering journal
// that exists.
func TestDocuments(t *testing.T) {
	docs := forms.Documents()
	if len(docs) != 9 {
		t.Fatalf("%d documents, want the 9 of the standard", len(docs))
	}
	ids := map[string]bool{}
	for _, d := range docs {
		if ids[d.ID] {
			t.Errorf("%s: ID repeated", d.ID)
		}
		ids[d.ID] = true
		if got, ok := forms.DocumentByID(d.ID); !ok || got.ID != d.ID {
			t.Errorf("%s: DocumentByID fails", d.ID)
		}
		both(t, d.ID+" title", d.Title)
		both(t, d.ID+" source", d.Source)
		if d.Stock && !d.Serial {
			t.Errorf("%s: a stock blank without a series", d.ID)
		}
		if d.Journal != "" {
			if _, ok := forms.JournalByID(d.Journal); !ok {
				t.Errorf("%s: no journal %q", d.ID, d.Journal)
			}
		}
		keys := map[string]bool{}
		tables := 0
		for _, f := range d.Fields {
			if keys[f.Key] {
				t.Errorf("%s: field %q repeated", d.ID, f.Key)
			}
			keys[f.Key] = true
			both(t, d.ID+"."+f.Key, f.Label)
			kk, ru := strings.Count(f.Label.KK, forms.Slot), strings.Count(f.Label.RU, forms.Slot)
			if kk != ru || kk > 1 || (kk == 1 && f.Kind != forms.FieldLine) {
				t.Errorf("%s.%s: slots kk %d, ru %d in a field of kind %d", d.ID, f.Key, kk, ru, f.Kind)
			}
			if f.Kind == forms.FieldTable {
				tables++
			}
		}
		if (tables > 0) != (len(d.Columns) > 0) || tables > 1 {
			t.Errorf("%s: %d tables, %d columns", d.ID, tables, len(d.Columns))
		}
		for _, k := range []string{"full_name", "iin", "birth_date"} {
			if !keys[k] {
				t.Errorf("%s: no field %q", d.ID, k)
			}
		}
	}
	if _, ok := forms.DocumentByID("nope"); ok {
		t.Errorf("DocumentByID finds an unknown ID")
	}
}

func both(t *testing.T, what string, x forms.Text) {
	t.Helper()
	if x.KK == "" || x.RU == "" {
		t.Errorf("%s: wording missing in a language: %+v", what, x)
	}
}

func TestFillDate(t *testing.T) {
	bk := forms.DisabilityCertificate().Common
	blank := bk.FillDate("", forms.Text{}, "")
	if blank.KK != "20__ жылғы «__» ______" || blank.RU != "«__» ______ 20__ г." {
		t.Errorf("blank date %+v", blank)
	}
	got := bk.FillDate("09", bk.Months[0], "2025")
	if got.KK != "2025 жылғы «09» қаңтар" || got.RU != "«09» января 2025 г." {
		t.Errorf("filled date %+v", got)
	}
}

// TestDocumentListsAreClosed checks the new closed lists: unique IDs,
// both languages, and that every constant is on its list.
func TestDocumentListsAreClosed(t *testing.T) {
	lists := map[string][]forms.Option{
		"sexes": forms.Sexes(), "care": forms.CareKinds(), "exams": forms.ExamKinds(), "decisions": forms.ExpertDecisions(),
	}
	for name, list := range lists {
		seen := map[string]bool{}
		for _, o := range list {
			if seen[o.ID] || o.ID == "" {
				t.Errorf("%s: ID %q empty or repeated", name, o.ID)
			}
			seen[o.ID] = true
			both(t, name+"."+o.ID, o.Label)
		}
	}
	type labeled interface{ Label() (forms.Text, bool) }
	for _, v := range []labeled{
		forms.SexMale, forms.SexFemale, forms.ExamPrimary, forms.ExamRepeat,
		forms.DecisionDisabled, forms.DecisionNotDisabled, forms.DecisionNoIPR,
		forms.CareTreatment, forms.CareNutrition, forms.CareMedicines, forms.CareProsthetics,
		forms.CareAttendance, forms.CareSanatorium, forms.CareTransport, forms.CareRetraining,
		forms.CareHousehold, forms.CareRehabAids, forms.CareMedicalSupply,
	} {
		if _, ok := v.Label(); !ok {
			t.Errorf("%v is not on its list", v)
		}
	}
	if _, ok := forms.Sex("other").Label(); ok {
		t.Errorf("an unknown sex has a label")
	}
	if w, h := forms.A5.Size(); w >= h || forms.A5.String() != "A5" || forms.A4.String() != "A4" {
		t.Errorf("paper sizes wrong")
	}
}

// TestDocumentWordingHasGlyphs checks that the default fonts can print
// every word of the documents.
func TestDocumentWordingHasGlyphs(t *testing.T) {
	fam, err := fonts.Liberation()
	if err != nil {
		t.Fatal(err)
	}
	check := func(what, s string) {
		if err := fam.Check(s); err != nil {
			t.Errorf("%s: %v", what, err)
		}
	}
	for _, d := range forms.Documents() {
		bk := d.Common
		for _, x := range []forms.Text{d.Title, d.FullTitle, bk.FormMark, bk.Ministry, bk.Department, bk.Unit, bk.Duplicate,
			bk.Serial, bk.Date, bk.IssuedOn, bk.Head, bk.Batch} {
			check(d.ID, x.KK+x.RU)
		}
		check(d.ID, bk.Number+bk.SignatureLine+bk.SignatureHint+bk.Seal+bk.Percent)
		for _, f := range d.Fields {
			check(d.ID+"."+f.Key, f.Label.KK+f.Label.RU)
		}
		for _, c := range d.Columns {
			check(d.ID+"."+c.Key, c.Caption.KK+c.Caption.RU)
		}
	}
	for _, list := range [][]forms.Option{forms.Sexes(), forms.CareKinds(), forms.ExamKinds(), forms.ExpertDecisions()} {
		for _, o := range list {
			check(o.ID, o.Label.KK+o.Label.RU)
		}
	}
}
