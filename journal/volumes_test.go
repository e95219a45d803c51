package journal_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"iter"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/sample"
	"github.com/msedocs/msedocs/journal"
)

// files collects the volumes Write creates.
type files struct {
	mu   sync.Mutex
	vols map[int]*bytes.Buffer
}

type nopCloser struct{ *bytes.Buffer }

func (nopCloser) Close() error { return nil }

func (f *files) create(n int) (io.WriteCloser, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.vols == nil {
		f.vols = map[int]*bytes.Buffer{}
	}
	b := &bytes.Buffer{}
	f.vols[n] = b
	return nopCloser{b}, nil
}

func (f *files) output(j journal.Journal) journal.Output {
	return journal.Output{Journal: j, Format: journal.PDF, Create: func(n int) (io.WriteCloser, error) { return f.create(n) }}
}

func TestVolumesSplitLongJournal(t *testing.T) {
	j := &journal.ActsJournal{Header: header(), Entries: sample.New(5).Acts(300)}
	var f files
	opts := testOptions()
	opts.VolumePages = 6
	if err := journal.Write([]journal.Output{f.output(j)}, opts); err != nil {
		t.Fatal(err)
	}
	if len(f.vols) < 3 {
		t.Fatalf("%d volumes; 300 entries need more than 12 pages", len(f.vols))
	}
	next := 1 // the entry number the next volume must start with
	for n := 1; n <= len(f.vols); n++ {
		data := f.vols[n].Bytes()
		pages := pageTexts(t, data)
		real := pdfcpuPages(t, data)
		if real > 6 {
			t.Errorf("volume %d has %d pages, more than 6", n, real)
		}
		if got := certCount(t, pages[len(pages)-1]); got != real {
			t.Errorf("volume %d: certification states %d pages, it has %d", n, got, real)
		}
		first := squash(pages[0])
		if !strings.Contains(first, squash(fmt.Sprintf("Том %d", n))) {
			t.Errorf("volume %d: title page does not name the volume", n)
		}
		m := regexp.MustCompile(`№(\d+)–(\d+)жазбалар`).FindStringSubmatch(first)
		if m == nil {
			t.Fatalf("volume %d: no entry range on the title page", n)
		}
		from, _ := strconv.Atoi(m[1])
		to, _ := strconv.Atoi(m[2])
		if from != next || to < from {
			t.Errorf("volume %d holds entries %d–%d, want it to start at %d", n, from, to, next)
		}
		next = to + 1
	}
	if next != 301 {
		t.Errorf("volumes hold entries 1–%d, want 1–300", next-1)
	}
}

func TestVolumesParallelSameBytes(t *testing.T) {
	mk := func() []journal.Journal {
		g := sample.New(9)
		return []journal.Journal{
			&journal.ActsJournal{Header: header(), Entries: g.Acts(200)},
			&journal.DisabilityJournal{Header: header(), Entries: g.Disability(150)},
			&journal.Blank{Journal: forms.Journal3(), Pages: 3},
		}
	}
	run := func() []files {
		fs := make([]files, 3)
		var outs []journal.Output
		for i, j := range mk() {
			outs = append(outs, fs[i].output(j))
		}
		opts := testOptions()
		opts.VolumePages = 4
		if err := journal.Write(outs, opts); err != nil {
			t.Fatal(err)
		}
		return fs
	}
	prev := runtime.GOMAXPROCS(1)
	serial := run()
	runtime.GOMAXPROCS(max(prev, 4))
	parallel := run()
	runtime.GOMAXPROCS(prev)
	for i := range serial {
		if len(serial[i].vols) != len(parallel[i].vols) {
			t.Fatalf("output %d: %d volumes serial, %d parallel", i, len(serial[i].vols), len(parallel[i].vols))
		}
		for n, b := range serial[i].vols {
			if !bytes.Equal(b.Bytes(), parallel[i].vols[n].Bytes()) {
				t.Errorf("output %d volume %d differs between serial and parallel runs", i, n)
			}
		}
	}
	if len(serial[2].vols) != 1 {
		t.Errorf("a blank journal was split")
	}
}

func TestOneVolumeIsWritePDF(t *testing.T) {
	j := filled(20)[3]
	var f files
	if err := journal.Write([]journal.Output{f.output(j)}, testOptions()); err != nil {
		t.Fatal(err)
	}
	if len(f.vols) != 1 || !bytes.Equal(f.vols[1].Bytes(), render(t, j, testOptions())) {
		t.Errorf("a journal of one volume is not written as WritePDF writes it")
	}
}

func TestStreamPrintsLikeSlice(t *testing.T) {
	entries := sample.New(11).Acts(120)
	reads := 0
	stream := func(yield func(journal.ActEntry, error) bool) {
		reads++
		for _, e := range entries {
			if !yield(e, nil) {
				return
			}
		}
	}
	slice := &journal.ActsJournal{Header: header(), Entries: entries}
	streamed := &journal.ActsJournal{Header: header(), Stream: stream}
	if !bytes.Equal(render(t, slice, testOptions()), render(t, streamed, testOptions())) {
		t.Errorf("a streamed journal prints differently from the same entries in a slice")
	}
	if reads != 2 {
		t.Errorf("stream read %d times, want 2 (validate, print)", reads)
	}
}

func TestStreamErrorReported(t *testing.T) {
	boom := errors.New("connection reset")
	var stream iter.Seq2[journal.ActEntry, error] = func(yield func(journal.ActEntry, error) bool) {
		for i, e := range sample.New(2).Acts(10) {
			if i == 4 {
				yield(journal.ActEntry{}, boom)
				return
			}
			if !yield(e, nil) {
				return
			}
		}
	}
	err := (&journal.ActsJournal{Header: header(), Stream: stream}).WritePDF(&bytes.Buffer{}, testOptions())
	var ve *journal.ValidationError
	if !errors.Is(err, boom) || !errors.As(err, &ve) || ve.Entry != 5 {
		t.Fatalf("err = %v, want the stream's error at entry 5", err)
	}
}

func TestWriteValidatesFirst(t *testing.T) {
	bad := filled(3)[5].(*journal.ActsJournal)
	bad.Entries[1].FullName = ""
	var f files
	err := journal.Write([]journal.Output{f.output(filled(3)[1]), f.output(bad)}, testOptions())
	if !errors.Is(err, journal.ErrRequired) {
		t.Fatalf("err = %v", err)
	}
	if len(f.vols) != 0 {
		t.Errorf("%d files written although a journal was invalid", len(f.vols))
	}
}

// TestVolumesXLSX writes the volumes as workbooks and reads each back:
// together they hold every entry once, in order.
func TestVolumesXLSX(t *testing.T) {
	entries := sample.New(4).Acts(150)
	j := &journal.ActsJournal{Header: header(), Entries: entries}
	var f files
	opts := testOptions()
	opts.VolumePages = 4
	out := f.output(j)
	out.Format = journal.XLSX
	if err := journal.Write([]journal.Output{out}, opts); err != nil {
		t.Fatal(err)
	}
	if len(f.vols) < 2 {
		t.Fatalf("%d workbooks, want several", len(f.vols))
	}
	var names []string
	for n := 1; n <= len(f.vols); n++ {
		back, err := journal.ReadXLSX(bytes.NewReader(f.vols[n].Bytes()))
		if err != nil {
			t.Fatalf("volume %d: %v", n, err)
		}
		for _, e := range back.(*journal.ActsJournal).Entries {
			names = append(names, e.FullName)
		}
	}
	if len(names) != len(entries) {
		t.Fatalf("volumes hold %d entries, want %d", len(names), len(entries))
	}
	for i, e := range entries {
		if names[i] != e.FullName {
			t.Fatalf("entry %d out of place", i+1)
		}
	}
}

// TestBoundBeforeFirstVolume: Output.Bound is told once, before the first
// Create, whether the journal makes several volumes, so that a service can
// choose between one file and an archive before the first byte.
func TestBoundBeforeFirstVolume(t *testing.T) {
	for _, tc := range []struct {
		name    string
		entries int
		several bool
	}{{"split", 300, true}, {"one volume", 3, false}} {
		t.Run(tc.name, func(t *testing.T) {
			j := &journal.ActsJournal{Header: header(), Entries: sample.New(5).Acts(tc.entries)}
			var (
				f     files
				mu    sync.Mutex
				calls []string
			)
			out := f.output(j)
			out.Bound = func(several bool) {
				mu.Lock()
				defer mu.Unlock()
				calls = append(calls, "bound "+strconv.FormatBool(several))
			}
			out.Create = func(n int) (io.WriteCloser, error) {
				mu.Lock()
				calls = append(calls, "create "+strconv.Itoa(n))
				mu.Unlock()
				return f.create(n)
			}
			opts := testOptions()
			opts.VolumePages = 6
			if err := journal.Write([]journal.Output{out}, opts); err != nil {
				t.Fatal(err)
			}
			want := "bound " + strconv.FormatBool(tc.several)
			if len(calls) < 2 || calls[0] != want || strings.Count(strings.Join(calls, ","), "bound") != 1 {
				t.Fatalf("calls %q; want %q once, first", calls, want)
			}
			if several := len(f.vols) > 1; several != tc.several {
				t.Fatalf("%d volumes, Bound said several=%v", len(f.vols), tc.several)
			}
		})
	}
}
