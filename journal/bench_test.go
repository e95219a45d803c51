package journal_test

import (
	"fmt"
	"io"
	"testing"

	"github.com/msedocs/msedocs/internal/sample"
	"github.com/msedocs/msedocs/journal"
)

// BenchmarkPDF prints journal 6 with realistic entries (Kazakh and
// Russian names, conclusions of 60–200 characters) to PDF. Compare with
// the peers in ../shared/peers; see README.md.
func BenchmarkPDF(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		j := &journal.ActsJournal{Header: header(), Entries: sample.New(1).Acts(n)}
		b.Run(fmt.Sprintf("journal6-%d", n), func(b *testing.B) {
			b.ReportAllocs()
			var pages int
			for b.Loop() {
				w := &countingWriter{}
				if err := j.WritePDF(w, testOptions()); err != nil {
					b.Fatal(err)
				}
				pages = w.n
			}
			b.ReportMetric(float64(pages), "bytes/file")
		})
	}
}

type countingWriter struct{ n int }

func (c *countingWriter) Write(p []byte) (int, error) { c.n += len(p); return len(p), nil }

var _ io.Writer = (*countingWriter)(nil)
