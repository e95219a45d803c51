package journal

import (
	"testing"
)

// TestEveryFieldReadsFromDatabase walks every entry type's field table:
// each field can be filled from a database column.
func TestEveryFieldReadsFromDatabase(t *testing.T) {
	check := func(name string, keys []string, kinds []kind) {
		for i, k := range kinds {
			if k == kindOther || k == kindUnknown {
				t.Errorf("%s.%s: no database reading for its value type", name, keys[i])
			}
		}
	}
	check(walk[StockEntry]())
	check(walk[DisabilityEntry]())
	check(walk[GeneralCapacityEntry]())
	check(walk[ProfessionalCapacityEntry]())
	check(walk[CareEntry]())
	check(walk[ActEntry]())
}

func walk[E Entry]() (string, []string, []kind) {
	rec, form := entryRecord[E]()
	var e E
	var kinds []kind
	for _, f := range rec.Fields {
		kinds = append(kinds, fieldKind(f.Val(&e)))
	}
	return form.ID, fieldKeys(rec), kinds
}
