package journal

import (
	"testing"

	"github.com/msedocs/msedocs/internal/jsonrec"
)

// TestEveryFieldReadsFromDatabase walks every entry type's field table:
// each field can be filled from a database column, and its value type
// says which columns fit it.
func TestEveryFieldReadsFromDatabase(t *testing.T) {
	check := func(name string, keys []string, kinds []kind, scanners []bool) {
		for i, k := range kinds {
			if k == kindOther || k == kindUnknown || !scanners[i] {
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

func walk[E Entry]() (string, []string, []kind, []bool) {
	rec, form := entryRecord[E]()
	var e E
	var kinds []kind
	var scanners []bool
	for _, f := range rec.Fields {
		v := f.Val(&e)
		_, ok := v.(jsonrec.Scanner)
		kinds, scanners = append(kinds, fieldKind(v)), append(scanners, ok)
	}
	return form.ID, fieldKeys(rec), kinds, scanners
}
