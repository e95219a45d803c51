package journal_test

import (
	"fmt"
	"io"
	"sync"
	"testing"

	"github.com/msedocs/msedocs/internal/sample"
	"github.com/msedocs/msedocs/journal"
)

// benchSizes are the journal lengths benchmarked; README.md compares the
// results with the peers in ../shared/peers.
var benchSizes = []int{1000, 10000, 100000}

// benchEach runs write on journal 6 with 1k, 10k and 100k realistic
// entries (Kazakh and Russian names, conclusions of 60–200 characters),
// held in a slice ("slice-N": made before the clock starts, as records a
// caller already has) or made as they are read ("stream-N": as from a
// database cursor; none held in memory, and making them twice, to
// validate and to print, counts in the time; WriteXLSX makes them once,
// checking each as it lays it out).
func benchEach(b *testing.B, write func(j journal.Journal, w io.Writer) error) {
	for _, kind := range []string{"slice", "stream"} {
		for _, n := range benchSizes {
			b.Run(fmt.Sprintf("%s-%d", kind, n), func(b *testing.B) {
				j := &journal.ActsJournal{Header: header(), Stream: sample.ActsStream(1, n)}
				if kind == "slice" {
					j = &journal.ActsJournal{Header: header(), Entries: sample.New(1).Acts(n)}
				}
				b.ReportAllocs()
				b.ResetTimer()
				var size int
				for b.Loop() {
					w := &countingWriter{}
					if err := write(j, w); err != nil {
						b.Fatal(err)
					}
					size = w.n
				}
				b.ReportMetric(float64(size), "bytes/file")
			})
		}
	}
}

// BenchmarkPDF prints journal 6 into one PDF.
func BenchmarkPDF(b *testing.B) {
	benchEach(b, func(j journal.Journal, w io.Writer) error { return j.WritePDF(w, testOptions()) })
}

// BenchmarkXLSX writes journal 6 into one workbook.
func BenchmarkXLSX(b *testing.B) {
	benchEach(b, func(j journal.Journal, w io.Writer) error {
		return j.(*journal.ActsJournal).WriteXLSX(w, testOptions())
	})
}

// BenchmarkVolumesPDF prints journal 6 bound in volumes of 500 pages, the
// volumes in parallel.
func BenchmarkVolumesPDF(b *testing.B) {
	benchEach(b, func(j journal.Journal, w io.Writer) error {
		out := journal.Output{Journal: j, Format: journal.PDF, Create: func(int) (io.WriteCloser, error) {
			return nopWriteCloser{w}, nil
		}}
		return journal.Write([]journal.Output{out}, testOptions())
	})
}

// BenchmarkVolumesXLSX writes journal 6 bound in volumes of 500 pages as
// workbooks, the volumes in parallel.
func BenchmarkVolumesXLSX(b *testing.B) {
	benchEach(b, func(j journal.Journal, w io.Writer) error {
		out := journal.Output{Journal: j, Format: journal.XLSX, Create: func(int) (io.WriteCloser, error) {
			return nopWriteCloser{w}, nil
		}}
		return journal.Write([]journal.Output{out}, testOptions())
	})
}

// countingWriter counts bytes; volumes written in parallel share it.
type countingWriter struct {
	mu sync.Mutex
	n  int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n += len(p)
	return len(p), nil
}

type nopWriteCloser struct{ io.Writer }

func (nopWriteCloser) Close() error { return nil }
