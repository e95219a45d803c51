package journal

import (
	"bufio"
	"errors"
	"io"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/layout"
	"github.com/msedocs/msedocs/internal/xlsxout"
)

// Names of the workbook's sheets.
const (
	// SheetName is the worksheet that holds the journal. Each further
	// section of journal 1 has a sheet of its own, named SheetName, a
	// space and the section's ID: «Журнал B».
	SheetName = "Журнал"
	// ListSheetName is the hidden sheet with the drop-down lists of a
	// blank journal.
	ListSheetName = "Тізім-Список"
)

// xlsxFont has the metrics of Liberation Serif, which the layout measures
// with; spreadsheets without it substitute Liberation Serif back.
const xlsxFont = "Times New Roman"

// WriteXLSX validates the journal and writes it as an XLSX workbook to w.
func (j *StockJournal) WriteXLSX(w io.Writer, opts *Options) error { return writeXLSX(j, w, opts) }

// WriteXLSX validates the journal and writes it as an XLSX workbook to w.
func (j *DisabilityJournal) WriteXLSX(w io.Writer, opts *Options) error {
	return writeXLSX(j, w, opts)
}

// WriteXLSX validates the journal and writes it as an XLSX workbook to w.
func (j *GeneralCapacityJournal) WriteXLSX(w io.Writer, opts *Options) error {
	return writeXLSX(j, w, opts)
}

// WriteXLSX validates the journal and writes it as an XLSX workbook to w.
// Column 6 holds the document kind before the series, as printed.
func (j *ProfessionalCapacityJournal) WriteXLSX(w io.Writer, opts *Options) error {
	return writeXLSX(j, w, opts)
}

// WriteXLSX validates the journal and writes it as an XLSX workbook to w.
func (j *CareJournal) WriteXLSX(w io.Writer, opts *Options) error { return writeXLSX(j, w, opts) }

// WriteXLSX validates the journal and writes it as an XLSX workbook to w.
func (j *ActsJournal) WriteXLSX(w io.Writer, opts *Options) error { return writeXLSX(j, w, opts) }

// WriteXLSX writes the blank journal as an XLSX workbook: the same pages
// of empty ruled rows as the PDF, with data validation on them.
func (b *Blank) WriteXLSX(w io.Writer, opts *Options) error {
	r, err := resolve(opts)
	if err != nil {
		return err
	}
	if err := b.validate(r); err != nil {
		return err
	}
	return renderXLSX(b.source(), r, b.pages(), w, newTracker(r.Progress, b.pages()))
}

// writeXLSX validates j and writes it; nothing reaches w unless j is
// valid. Entries held in memory are validated while they are laid out,
// on a source of their own (a source carries a running balance); entries
// from a Stream are read once to validate and then once to print, never
// twice at the same time.
func writeXLSX(j Journal, w io.Writer, opts *Options) error {
	r, err := resolve(opts)
	if err != nil {
		return err
	}
	src := j.source()
	total := work(src, 0)
	if total < 0 {
		// Nothing reaches w before the workbook is complete: a stream
		// is read once, checked as it is laid out (Options.ReadOnce).
		once, v := src.readOnce(r)
		if once == nil {
			if err := src.validate(r); err != nil {
				return err
			}
			return renderXLSX(src, r, 0, w, newTracker(r.Progress, total))
		}
		err := renderXLSX(once, r, 0, w, newTracker(r.Progress, total))
		return v.outcome(err)
	}
	valid := make(chan error, 1)
	go func(vsrc *source) { valid <- vsrc.validate(r) }(j.source())
	return writeWorkbook(src, r, composed(src, r, 0, newTracker(r.Progress, total)), w, valid)
}

// renderXLSX writes a validated journal as a workbook. blank > 0 writes
// a blank journal of that many pages.
func renderXLSX(src *source, r *resolved, blank int, w io.Writer, t *tracker) error {
	return writeWorkbook(src, r, composed(src, r, blank, t), w, nil)
}

// pageQueue is how many laid-out pages may wait for the spreadsheet
// writer.
const pageQueue = 4

// writeWorkbook lays a journal (or one volume) out once, as for the PDF,
// and streams the pages into a workbook. The layout (pages) runs on its
// own goroutine, a few pages ahead of the writer. Nothing is written to
// w unless every page was, and unless valid, when not nil, delivers nil.
func writeWorkbook(src *source, r *resolved, pages pageSource, w io.Writer, valid <-chan error) error {
	xw, err := xlsxout.New(xlsxConfig(src, r))
	if err != nil {
		if valid != nil {
			<-valid
		}
		return err
	}
	queue := make(chan *layout.Page, pageQueue)
	stop := make(chan struct{}) // closed when the writer fails
	done := make(chan error, 1)
	go func() {
		var err error
		for p := range queue {
			if err == nil {
				if err = xw.Page(p); err != nil {
					close(stop)
				}
			}
		}
		done <- err
	}()
	emit := func(p *layout.Page) error {
		select {
		case queue <- p:
			return nil
		case <-stop:
			return errWriterStopped
		}
	}
	lerr := pages(emit)
	close(queue)
	werr := <-done
	if valid != nil {
		if verr := <-valid; verr != nil {
			return xw.Abort(verr)
		}
	}
	if werr != nil || lerr != nil {
		return xw.Abort(cmpErr(werr, lerr))
	}
	bw := bufio.NewWriter(w)
	if err := xw.Close(bw); err != nil {
		return err
	}
	return bw.Flush()
}

// errWriterStopped stops the layout when the writer has failed; the
// writer's error is the one reported.
var errWriterStopped = errors.New("xlsx: writer stopped")

// cmpErr returns the writer's error, or else the layout's.
func cmpErr(werr, lerr error) error {
	if werr != nil {
		return werr
	}
	return lerr
}

// xlsxConfig sets the workbook up from the form.
func xlsxConfig(src *source, r *resolved) xlsxout.Config {
	form := src.form
	sz := sizesFor(form.Orientation)
	lang := "ru-RU"
	if r.Language == Kazakh {
		lang = "kk-KZ"
	}
	cfg := xlsxout.Config{
		Sheets:    sheetNames(form),
		ListSheet: ListSheetName,
		Font:      xlsxFont,
		BodySize:  sz.body,
		Props: xlsxout.Props{
			Title:       form.Title.Fill(src.header.Unit).RU,
			Subject:     form.Source.RU,
			Creator:     "msedocs",
			Language:    lang,
			Identifier:  form.ID,
			Description: form.Title.Fill(src.header.Unit).KK,
			Created:     r.Created,
		},
	}
	return cfg
}

// sheetNames are the names of a form's sheets: one, and one more for each
// section after the first.
func sheetNames(form forms.Journal) []string {
	names := []string{SheetName}
	for i := 1; i < len(form.Sections); i++ {
		names = append(names, SheetName+" "+form.Sections[i].ID)
	}
	return names
}
