package journal

import (
	"testing"

	"github.com/msedocs/msedocs/internal/jsonrec"
)

// TestEveryFieldReadsFromDatabase walks every entry type's field table:
// each field can be filled from a database column, one a key.
func TestEveryFieldReadsFromDatabase(t *testing.T) {
	flat[StockEntry](t)
	flat[DisabilityEntry](t)
	flat[GeneralCapacityEntry](t)
	flat[ProfessionalCapacityEntry](t)
	flat[CareEntry](t)
	flat[ActEntry](t)
}

func flat[E Entry](t *testing.T) {
	t.Helper()
	rec, form := entryRecord[E]()
	var e E
	n := 0
	notFlat := rec.Columns("", &e, func(string, bool, jsonrec.Scanner) { n++ })
	if n != len(rec.Fields) || len(notFlat) > 0 {
		t.Errorf("%s: %d fields, %d read from a column; not flat: %v", form.ID, len(rec.Fields), n, notFlat)
	}
}
