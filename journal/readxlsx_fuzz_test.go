package journal_test

import (
	"bytes"
	"testing"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/journal"
)

// FuzzReadXLSX reads any bytes as a workbook: no panic, no hang; a
// journal or an error. The seeds are real workbooks of every form, filled
// and blank, so that mutations reach the reader past the zip layer.
func FuzzReadXLSX(f *testing.F) {
	for _, j := range xlJournals(1, 3) {
		f.Add(xlsxOf(f, j, xlOptions()))
	}
	for _, form := range forms.Journals()[:2] {
		f.Add(xlsxOf(f, &journal.Blank{Journal: form, Pages: 2}, xlOptions()))
	}
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<20 {
			t.Skip()
		}
		j, err := journal.ReadXLSX(bytes.NewReader(data))
		if j == nil && err == nil {
			t.Fatal("no journal and no error")
		}
	})
}
