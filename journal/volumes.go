package journal

import (
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"sync"

	"github.com/msedocs/msedocs/forms"
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
// discard. A journal is laid out once: the pass that finds where each
// volume ends is the one that sets its pages, held until its last entry
// is placed; then its title is filled in with its entries and dates and
// it is printed while the next volume is laid out. Volumes, of one
// journal or of several, are printed in parallel, at most
// runtime.GOMAXPROCS at once, with no more volumes laid out ahead than
// there are printers; the bytes are the same as when written one after
// another. A journal that ends in its first volume is laid out again
// without the volume label.
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
	p := startPrinters(r, newTracker(r.Progress, totalWork(outs)))
	results := make([]*outcome, len(outs))
	for i := range outs {
		o := &outs[i]
		res := &outcome{}
		results[i] = res
		blank := blankPages(o.Journal)
		if src := srcs[i]; blank > 0 || len(src.sections) != 1 || r.VolumePages < 0 {
			// Never split: no need to lay it out to find where volumes end.
			p.one(o, src, blank, res)
		} else {
			p.split(o, src, res)
		}
	}
	p.wait()
	if err := problemsFound(once); err != nil {
		return err
	}
	var errs []error
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
		n := work(o.Journal.source(), blankPages(o.Journal))
		if n < 0 || total < 0 {
			total = -1
		} else {
			total += n
		}
	}
	return total
}

// blankPages returns the pages of a blank journal, 0 for a filled one.
func blankPages(j Journal) int {
	if b, ok := j.(*Blank); ok {
		return b.pages()
	}
	return 0
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

// writeVolume prints one volume into a writer from out.Create: its
// pages, laid out already, or, when it has none, its source laid out now.
func writeVolume(out *Output, v *volume, blank int, r *resolved, t *tracker) (err error) {
	w, err := out.Create(v.n)
	if err != nil {
		return fmt.Errorf("volume %d: %w", v.n, err)
	}
	if w == nil {
		return fmt.Errorf("volume %d: %w: Output.Create returned none", v.n, ErrOutput)
	}
	defer func() {
		if cerr := w.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("volume %d: %w", v.n, cerr)
		}
	}()
	pages := composed(v.src, r, blank, t)
	if v.pages != nil {
		pages = laidOut(v.pages, t)
	}
	switch out.Format {
	case PDF:
		err = printPDF(v.src, r, pages, w)
	case XLSX:
		err = writeWorkbook(v.src, r, pages, w, nil)
	default:
		err = fmt.Errorf("%w: %v", errFormat, out.Format)
	}
	if err != nil {
		return fmt.Errorf("volume %d: %w", v.n, err)
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

// splitVolumes reads the entries of a one-table journal once and lays
// them out once, in volumes (binding), handing each volume over, its
// title stating its entries and dates, as soon as the next one begins.
// A journal that makes one volume is handed over as its entries instead,
// to be laid out as WritePDF lays it out: with no volume label its title
// is shorter than a volume's, and so are its pages.
func splitVolumes(src *source, r *resolved, emit func(v *volume) error) error {
	bind, err := newBinding(src, r)
	if err != nil {
		return err
	}
	var (
		one []row // the entries of volume 1, while it may be the only one
		n   int   // entries read
	)
	for e, err := range src.sections[0].entries() {
		if err != nil {
			return fmt.Errorf("entry %d: %w", n+1, streamErr(err))
		}
		n++
		ended, err := bind.row(e, n)
		if ended != nil {
			one = nil
			if err := emit(ended); err != nil {
				return err
			}
		}
		if err != nil {
			return err
		}
		if !bind.several() {
			one = append(one, e)
		}
	}
	if bind.several() {
		last, err := bind.last()
		if err != nil {
			return err
		}
		return emit(last)
	}
	return emit(&volume{n: 1, src: &source{form: src.form, header: src.header,
		sections: []section{{len: len(one), rows: sliceRows(one)}}}})
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
