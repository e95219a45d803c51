package journal_test

import (
	"bytes"
	"io"
	"iter"
	"testing"

	"github.com/msedocs/msedocs/internal/sample"
	"github.com/msedocs/msedocs/journal"
)

// readings is a stream of journal 6 that counts how often it is read
// and how many entries it gives; the entries at the positions in blank
// (from 1) have no name.
type readings struct {
	n       int
	blank   map[int]bool
	read    int
	entries int
}

func (s *readings) stream() iter.Seq2[journal.ActEntry, error] {
	return func(yield func(journal.ActEntry, error) bool) {
		s.read++
		i := 0
		for e, err := range sample.ActsStream(1, s.n) {
			i++
			s.entries++
			if s.blank[i] {
				e.FullName = ""
			}
			if !yield(e, err) {
				return
			}
		}
	}
}

func (s *readings) journal() *journal.ActsJournal {
	return &journal.ActsJournal{Header: header(), Stream: s.stream()}
}

// TestReadOnceSameBytes: with Options.ReadOnce, Write reads a stream
// once and writes the same volumes, byte for byte, as when it reads it
// twice; WriteXLSX of one workbook reads a stream once in any case, and
// writes what it writes from the same entries in memory.
func TestReadOnceSameBytes(t *testing.T) {
	for _, format := range []journal.Format{journal.PDF, journal.XLSX} {
		var files [2]files
		var reads [2]int
		for k, once := range []bool{false, true} {
			s := &readings{n: 700}
			opts := testOptions()
			opts.VolumePages, opts.ReadOnce = 10, once
			err := journal.Write([]journal.Output{{Journal: s.journal(), Format: format, Create: files[k].create}}, opts)
			if err != nil {
				t.Fatalf("%v, ReadOnce %v: %v", format, once, err)
			}
			reads[k] = s.read
		}
		if reads != [2]int{2, 1} {
			t.Errorf("%v: readings = %v, want 2 without ReadOnce, 1 with", format, reads)
		}
		if len(files[0].vols) < 3 || len(files[0].vols) != len(files[1].vols) {
			t.Fatalf("%v: %d and %d volumes, want the same, at least 3", format, len(files[0].vols), len(files[1].vols))
		}
		for n, b := range files[0].vols {
			if !bytes.Equal(b.Bytes(), files[1].vols[n].Bytes()) {
				t.Errorf("%v: volume %d differs with ReadOnce", format, n)
			}
		}
	}

	s := &readings{n: 300}
	var once, held bytes.Buffer
	if err := s.journal().WriteXLSX(&once, testOptions()); err != nil {
		t.Fatal(err)
	}
	if s.read != 1 {
		t.Errorf("WriteXLSX read the stream %d times, want 1", s.read)
	}
	inMemory := &journal.ActsJournal{Header: header(), Entries: sample.New(1).Acts(300)}
	if err := inMemory.WriteXLSX(&held, testOptions()); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(once.Bytes(), held.Bytes()) {
		t.Error("WriteXLSX of a stream differs from the same entries held in memory")
	}
}

// TestReadOnceInvalid: a stream read once that has problems (entries 7
// and 650 with no name) stops printing at the first, is still read to
// the end, and gives the same error as Validate: every problem. WriteXLSX
// writes nothing at all.
func TestReadOnceInvalid(t *testing.T) {
	const n = 700
	bad := map[int]bool{7: true, 650: true}
	want := (&readings{n: n, blank: bad}).journal().Validate(testOptions())
	if want == nil {
		t.Fatal("Validate found no problem")
	}

	s := &readings{n: n, blank: bad}
	var w bytes.Buffer
	err := s.journal().WriteXLSX(&w, testOptions())
	if err == nil || err.Error() != want.Error() {
		t.Errorf("WriteXLSX: err = %v, want %v", err, want)
	}
	if w.Len() != 0 || s.read != 1 || s.entries != n {
		t.Errorf("WriteXLSX: wrote %d bytes, read %d times, %d entries; want 0, 1, %d", w.Len(), s.read, s.entries, n)
	}

	for _, format := range []journal.Format{journal.PDF, journal.XLSX} {
		s := &readings{n: n, blank: bad}
		opts := testOptions()
		opts.VolumePages, opts.ReadOnce = 10, true
		var files files
		err := journal.Write([]journal.Output{{Journal: s.journal(), Format: format, Create: files.create}}, opts)
		if err == nil || err.Error() != want.Error() {
			t.Errorf("Write %v: err = %v, want %v", format, err, want)
		}
		if s.read != 1 || s.entries != n {
			t.Errorf("Write %v: read %d times, %d entries; want 1, %d", format, s.read, s.entries, n)
		}
	}

	s = &readings{n: n, blank: bad}
	opts := testOptions()
	opts.ReadOnce = true
	err = s.journal().WritePDF(io.Discard, opts)
	if err == nil || err.Error() != want.Error() || s.read != 1 {
		t.Errorf("WritePDF: err = %v after %d readings, want %v after 1", err, s.read, want)
	}
}
