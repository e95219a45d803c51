package journal_test

import (
	"fmt"
	"io"
	"testing"

	"github.com/msedocs/msedocs/internal/sample"
	"github.com/msedocs/msedocs/journal"
)

// benchSizes are the journal lengths benchmarked; see README.md for the
// comparison with ../shared/peers.
var benchSizes = []int{1000, 10000, 100000}

// BenchmarkPDF prints journal 6 with realistic entries (Kazakh and
// Russian names, conclusions of 60–200 characters), streamed as from a
// database, into one PDF.
func BenchmarkPDF(b *testing.B) {
	for _, n := range benchSizes {
		j := &journal.ActsJournal{Header: header(), Stream: sample.ActsStream(1, n)}
		b.Run(fmt.Sprintf("journal6-%d", n), func(b *testing.B) {
			b.ReportAllocs()
			var size int
			for b.Loop() {
				w := &countingWriter{}
				if err := j.WritePDF(w, testOptions()); err != nil {
					b.Fatal(err)
				}
				size = w.n
			}
			b.ReportMetric(float64(size), "bytes/file")
		})
	}
}

// BenchmarkVolumesPDF prints the same journal bound in volumes of 500
// pages, the volumes in parallel.
func BenchmarkVolumesPDF(b *testing.B) {
	for _, n := range benchSizes {
		j := &journal.ActsJournal{Header: header(), Stream: sample.ActsStream(1, n)}
		b.Run(fmt.Sprintf("journal6-%d", n), func(b *testing.B) {
			b.ReportAllocs()
			var vols int
			for b.Loop() {
				vols = 0
				out := journal.Output{Journal: j, Format: journal.PDF, Create: func(int) (io.WriteCloser, error) {
					vols++
					return discard{}, nil
				}}
				if err := journal.Write([]journal.Output{out}, testOptions()); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(vols), "volumes")
		})
	}
}

type countingWriter struct{ n int }

func (c *countingWriter) Write(p []byte) (int, error) { c.n += len(p); return len(p), nil }

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
func (discard) Close() error                { return nil }
