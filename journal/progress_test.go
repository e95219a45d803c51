package journal_test

import (
	"bytes"
	"testing"
	"time"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/sample"
	"github.com/msedocs/msedocs/journal"
)

// TestWritePDFProgress checks that Options.Progress changes nothing in what
// WritePDF writes and is told of every entry (or page) once, in order.
func TestWritePDFProgress(t *testing.T) {
	opts := &journal.Options{Now: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)}
	g := sample.New(2)
	for _, tc := range []struct {
		j     journal.Journal
		total int
	}{
		{&journal.ActsJournal{Entries: g.Acts(60)}, 60},
		{&journal.StockJournal{Disability: g.Stock(30), Professional: g.Stock(20)}, 50},
		{&journal.Blank{Journal: forms.Journal2(), Pages: 6}, 6},
	} {
		var want, got bytes.Buffer
		if err := tc.j.WritePDF(&want, opts); err != nil {
			t.Fatal(err)
		}
		last, calls := 0, 0
		popts := *opts
		popts.Progress = func(done, total int) {
			calls++
			if total != tc.total || done < last || done > total {
				t.Errorf("%s: progress(%d, %d) after %d", tc.j.Form().ID, done, total, last)
			}
			last = done
		}
		err := tc.j.WritePDF(&got, &popts)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("%s: Progress changes the bytes WritePDF writes", tc.j.Form().ID)
		}
		if last != tc.total || calls < 2 {
			t.Errorf("%s: %d calls, ending at %d of %d", tc.j.Form().ID, calls, last, tc.total)
		}
	}
}
