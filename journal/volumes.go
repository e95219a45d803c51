package journal

import (
	"errors"
	"fmt"
	"io"
	"reflect"
	"runtime"
	"strconv"
	"sync"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/layout"
	"github.com/msedocs/msedocs/internal/numwords"
)

// DefaultVolumePages is the most pages a bound volume has when
// Options.VolumePages is 0: nobody binds 3 000 pages.
const DefaultVolumePages = 500

// NoVolumeLimit as Options.VolumePages binds a journal in one volume
// however long it is (up to numwords.Max pages, the most its
// certification can count in words).
const NoVolumeLimit = -1

// MinVolumePages is the least Options.VolumePages: a title page, a page
// of entries and the certification.
const MinVolumePages = 3

// Format is a file format a journal can be written in.
type Format int

// Formats.
const (
	PDF Format = iota
	XLSX
)

// String returns "pdf" or "xlsx".
func (f Format) String() string {
	if f == XLSX {
		return "xlsx"
	}
	return "pdf"
}

// Output says where Write puts one journal.
type Output struct {
	// Journal is the journal to print.
	Journal Journal
	// Format is PDF or XLSX.
	Format Format
	// Create returns the writer for volume n (from 1). Write closes it
	// when the volume is written. Volumes are written in parallel, so
	// Create must be safe for concurrent use. A nil Create, or a Create
	// that returns neither a writer nor an error, is ErrOutput.
	Create func(volume int) (io.WriteCloser, error)
	// Bound, when not nil, is told how the journal is bound before Create
	// is first called: several is true when it makes more than one
	// volume. A caller that streams the result (a web service answering
	// one PDF or an archive of volumes) can then choose before the first
	// byte, without waiting for the last volume. It is not called when
	// the journal is invalid.
	Bound func(several bool)
}

// Write writes journals, each bound in as many volumes as its length
// needs (Options.VolumePages each). Every volume has its own title page
// stating the volume number and the entries it holds, continues the entry
// numbering of the volume before, and ends with its own certification
// stating its own page count. A journal that fits in one volume is written
// as WritePDF writes it, with no volume label.
//
// Journals are validated first; if any is invalid nothing is written and
// the error lists every problem. With Options.ReadOnce a Stream is instead
// checked as it prints, and an invalid journal leaves partial output to
// discard. Volumes, of one journal or of several,
// are then laid out and written in parallel, at most runtime.GOMAXPROCS at
// once; the bytes are the same as when written one after another. A
// journal's entries are read once to validate and once to print, holding
// no more than a few volumes' entries in memory at a time.
//
// Journal 1 and blank journals are never split: their length is fixed by
// the form or the caller. A volume never has more than VolumePages
// pages: an entry that does not fit in a volume of its own is an error
// naming it. A Stream's second reading (to print) must give what the
// first (to validate) gave, else it is ErrStreamChanged.
func Write(outs []Output, opts *Options) error {
	r, err := resolve(opts)
	if err != nil {
		return err
	}
	srcs, once, err := checkOutputs(outs, r)
	if err != nil {
		return err
	}
	var errs []error
	progress := newTracker(r.Progress, totalWork(outs))

	workers := max(runtime.GOMAXPROCS(0), 1)
	type task struct {
		out   *Output
		src   *source
		n     int
		blank int
		fail  *outcome
	}
	tasks := make(chan task)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for t := range tasks {
				if t.fail.failed() {
					continue
				}
				t.fail.set(writeVolume(t.out, t.src, t.n, t.blank, r, progress))
			}
		}()
	}
	results := make([]*outcome, len(outs))
	for i := range outs {
		o := &outs[i]
		res := &outcome{}
		results[i] = res
		blank := 0
		if b, ok := o.Journal.(*Blank); ok {
			blank = b.pages()
		}
		src := srcs[i]
		if blank > 0 || len(src.sections) != 1 || r.VolumePages < 0 {
			// One volume: no need to lay it out to find where volumes end.
			o.bound(false)
			tasks <- task{out: o, src: src, n: 1, blank: blank, fail: res}
			continue
		}
		err := splitVolumes(src, r, func(n int, vol *source) error {
			if res.failed() {
				return errStop
			}
			if n == 1 {
				o.bound(vol.volume.label != "")
			}
			tasks <- task{out: o, src: vol, n: n, fail: res}
			return nil
		})
		if err != nil && !errors.Is(err, errStop) {
			res.set(err)
		}
	}
	close(tasks)
	wg.Wait()
	if err := problemsFound(once); err != nil {
		return err
	}
	for i, res := range results {
		if err := res.get(); err != nil {
			errs = append(errs, fmt.Errorf("%s (output %d): %w", outs[i].Journal.Form().ID, i+1, err))
		}
	}
	return errors.Join(errs...)
}

// checkOutputs checks that every output can be written and validates
// its journal, reporting every problem at once. It returns the sources
// validated, one an output, which then print: a Stream's second reading
// is checked against its first. With Options.ReadOnce a Stream is not
// read here: its source checks each entry as it prints, with the
// validation returned in once.
func checkOutputs(outs []Output, r *resolved) (srcs []*source, once []*validation, err error) {
	var errs []error
	srcs = make([]*source, len(outs))
	once = make([]*validation, len(outs))
	for i, o := range outs {
		switch {
		case isNil(o.Journal):
			errs = append(errs, fmt.Errorf("output %d: %w", i+1, ErrRequired))
			continue
		case o.Create == nil:
			errs = append(errs, fmt.Errorf("%s (output %d): %w: Output.Create is nil", o.Journal.Form().ID, i+1, ErrOutput))
		}
		srcs[i] = o.Journal.source()
		if r.ReadOnce {
			if src, v := srcs[i].readOnce(r); src != nil {
				srcs[i], once[i] = src, v
				continue
			}
		}
		if err := validateJournal(o.Journal, srcs[i], r); err != nil {
			errs = append(errs, err)
		}
	}
	return srcs, once, errors.Join(errs...)
}

// problemsFound returns the problems of the journals read once
// (Options.ReadOnce), checked as they printed: when any has some, they
// are the error of Write, as validation's would have been.
func problemsFound(once []*validation) error {
	var errs []error
	for _, v := range once {
		if v != nil {
			if err := v.err(); err != nil {
				errs = append(errs, err)
			}
		}
	}
	return errors.Join(errs...)
}

// isNil reports a nil Journal, or a nil pointer in one.
func isNil(j Journal) bool {
	if j == nil {
		return true
	}
	v := reflect.ValueOf(j)
	return v.Kind() == reflect.Pointer && v.IsNil()
}

// totalWork returns the work of all outputs for the progress report:
// entries (pages of a blank journal), or -1 if a stream's is unknown.
func totalWork(outs []Output) int {
	total := 0
	for _, o := range outs {
		blank := 0
		if b, ok := o.Journal.(*Blank); ok {
			blank = b.pages()
		}
		n := work(o.Journal.source(), blank)
		if n < 0 || total < 0 {
			total = -1
		} else {
			total += n
		}
	}
	return total
}

var errStop = errors.New("stopped")

// bound tells o.Bound how the journal is bound, if it wants to know.
func (o *Output) bound(several bool) {
	if o.Bound != nil {
		o.Bound(several)
	}
}

// outcome is the first error of one output, shared by its volumes.
type outcome struct {
	mu  sync.Mutex
	err error
}

func (o *outcome) set(err error) {
	if err == nil {
		return
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.err == nil {
		o.err = err
	}
}

func (o *outcome) get() error {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.err
}

func (o *outcome) failed() bool { return o.get() != nil }

// validateJournal validates any journal, blank ones included; src is
// the journal's source, which will print it.
func validateJournal(j Journal, src *source, r *resolved) error {
	if b, ok := j.(*Blank); ok {
		return b.validate(r)
	}
	return src.validate(r)
}

// writeVolume prints one volume into a writer from out.Create.
func writeVolume(out *Output, src *source, n, blank int, r *resolved, t *tracker) (err error) {
	w, err := out.Create(n)
	if err != nil {
		return fmt.Errorf("volume %d: %w", n, err)
	}
	if w == nil {
		return fmt.Errorf("volume %d: %w: Output.Create returned none", n, ErrOutput)
	}
	defer func() {
		if cerr := w.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("volume %d: %w", n, cerr)
		}
	}()
	switch out.Format {
	case PDF:
		err = renderPDF(src, r, blank, w, t)
	case XLSX:
		err = renderXLSX(src, r, blank, w, t)
	default:
		err = fmt.Errorf("%w: %v", errFormat, out.Format)
	}
	if err != nil {
		return fmt.Errorf("volume %d: %w", n, err)
	}
	return nil
}

var errFormat = errors.New("unknown format")

// volumePages returns the page limit of a volume.
func (r *resolved) volumePages() int {
	switch {
	case r.VolumePages > 0:
		return r.VolumePages
	case r.VolumePages < 0:
		return numwords.Max
	}
	return DefaultVolumePages
}

// splitVolumes reads the entries of a one-table journal once and hands
// over each volume as a source of its own as soon as the next one
// begins. Where a volume ends is found by the layout engine
// (layout.Binder) on the same title, table, numbering and certification
// that print it: entries go to the volume whose pages, certification
// included, they fit in. The title page states the volume's entries and
// dates, so a volume is printed once its last entry is known.
func splitVolumes(src *source, r *resolved, emit func(n int, vol *source) error) error {
	form := src.form
	limit := r.volumePages()
	cfg := pageConfig(form)
	cfg.Fonts = r.set.Fonts
	c := newComposer(src, r, cfg.Width-cfg.Left-cfg.Right)
	certs, err := certParas(form, src.header, c.sz, limit)
	if err != nil {
		return err
	}
	bind := layout.NewBinder(cfg, limit, func(b *layout.Builder) float64 {
		// The widest label the volume can get: its height is what counts.
		b.Keep(titleParas(form, src.header, c.sz, volumeLabel(form, 9999, 99999999, 99999999))...)
		closing := b.Measure(certs...)
		b.BeginTable(c.spec)
		return closing
	})
	var (
		cur   []row
		n     int // entries read
		first int // entries before the current volume
	)
	for e, err := range src.sections[0].entries() {
		if err != nil {
			return fmt.Errorf("entry %d: %w", n+1, streamErr(err))
		}
		n++
		num := c.row(e, n)
		next, err := bind.Row(layout.RowEntry, num, c.cells)
		if next {
			if err := emit(bind.Volume()-1, volumeSource(src, cur, bind.Volume()-1, first, true, false)); err != nil {
				return err
			}
			first, cur = n-1, nil
		}
		if errors.Is(err, layout.ErrVolumeTooSmall) {
			return tooLong(form.ID, n, limit)
		} else if err != nil {
			return err
		}
		cur = append(cur, e)
	}
	return emit(bind.Volume(), volumeSource(src, cur, bind.Volume(), first, bind.Volume() > 1, true))
}

// volumeSource is the source of one volume: its entries, dates and
// label. A volume of several begins on its first entry's date (the first
// on the journal's) and ends on its last entry's (the last on the
// journal's).
func volumeSource(src *source, rows []row, vol, first int, labelled, last bool) *source {
	h := *src.header
	if labelled && len(rows) > 0 {
		if vol > 1 {
			h.Started = rows[0].date()
		}
		if !last {
			h.Ended = rows[len(rows)-1].date()
		}
	}
	v := &source{form: src.form, header: &h, sections: []section{{len: len(rows), rows: sliceRows(rows)}}}
	v.volume = &volumeInfo{offset: first}
	if labelled {
		v.volume.label = volumeLabel(src.form, vol, first+1, first+len(rows))
	}
	return v
}

// volumeLabel is «Том 2» and «№ 1201–2400 жазбалар / записи № 1201–2400».
func volumeLabel(form forms.Journal, vol, from, to int) string {
	v := strconv.Itoa(vol)
	rng := strconv.Itoa(from) + "–" + strconv.Itoa(to)
	return form.Book.Volume.Fill(forms.Text{KK: v, RU: v}).Stacked() + "\n" +
		form.Book.VolumeEntries.Fill(forms.Text{KK: rng, RU: rng}).Stacked()
}

// tooLong is the error of entry n (from 1), which does not fit in a
// volume of limit pages with a title and the certification.
func tooLong(form string, n, limit int) error {
	return problemAt(form, "", n, 0, "", fmt.Errorf("%w: with a title and the certification the entry needs more than a volume of %d pages", ErrPageCount, limit))
}
