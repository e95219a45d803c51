package journal_test

import (
	"io"
	"testing"

	"github.com/msedocs/msedocs/internal/sample"
	"github.com/msedocs/msedocs/journal"
)

// benchXLSX writes j as XLSX. Compare with the bare StreamWriter of
// ../shared/peers/xlsxstream (the same 11 columns, no layout); see
// README.md.
func benchXLSX(b *testing.B, j journal.Journal) {
	b.ReportAllocs()
	var size int64
	for b.Loop() {
		w := &byteCounter{}
		if err := j.WriteXLSX(w, xlOptions()); err != nil {
			b.Fatal(err)
		}
		size = w.n
	}
	b.ReportMetric(float64(size), "bytes/file")
}

// actsSlice is journal 6 with n realistic entries held in memory.
func actsSlice(n int) journal.Journal {
	return &journal.ActsJournal{Header: xlHeader(), Entries: sample.New(1).Acts(n)}
}

// actsStream is journal 6 with n entries made as they are read, as from a
// database: the same entries on every reading, none held in memory.
func actsStream(n int) journal.Journal {
	const chunk = 1000
	last := xlDay(2026, 1, 9) // on or after every sample date
	return &journal.ActsJournal{Header: xlHeader(), Stream: func(yield func(journal.ActEntry, error) bool) {
		g := sample.New(1)
		for done := 0; done < n; done += chunk {
			for _, e := range g.Acts(min(chunk, n-done)) {
				e.No, e.Date = 0, last
				if !yield(e, nil) {
					return
				}
			}
		}
	}}
}

// BenchmarkXLSX10k writes journal 6 with 10 000 entries.
func BenchmarkXLSX10k(b *testing.B) { benchXLSX(b, actsSlice(10_000)) }

// BenchmarkXLSX100k writes journal 6 with 100 000 entries.
func BenchmarkXLSX100k(b *testing.B) { benchXLSX(b, actsSlice(100_000)) }

// BenchmarkXLSX100kStream writes journal 6 with 100 000 entries from a
// Stream: memory does not grow with the entries.
func BenchmarkXLSX100kStream(b *testing.B) { benchXLSX(b, actsStream(100_000)) }

// byteCounter counts what is written to it.
type byteCounter struct{ n int64 }

func (c *byteCounter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }

var _ io.Writer = (*byteCounter)(nil)
