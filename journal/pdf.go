package journal

import (
	"io"

	"github.com/msedocs/msedocs/internal/pdfout"
)

// writePDF validates j and prints it.
func writePDF(j Journal, w io.Writer, opts *Options) error {
	r, err := resolve(opts)
	if err != nil {
		return err
	}
	src := j.source()
	if r.ReadOnce {
		if once, v := src.readOnce(r); once != nil {
			return v.outcome(renderPDF(once, r, 0, w, newTracker(r.Progress, -1)))
		}
	}
	if err := src.validate(r); err != nil {
		return err
	}
	return renderPDF(src, r, 0, w, newTracker(r.Progress, work(src, 0)))
}

// renderPDF prints a validated journal, each page written to w as soon as
// it is laid out. blank > 0 prints it as a blank journal of that many
// pages.
func renderPDF(src *source, r *resolved, blank int, w io.Writer, t *tracker) error {
	return printPDF(src, r, composed(src, r, blank, t), w)
}

// printPDF prints the pages of src (a journal or one volume), each
// written to w as soon as pages hands it over.
func printPDF(src *source, r *resolved, pages pageSource, w io.Writer) error {
	doc, err := pdfout.NewStream(w, r.set.Fonts)
	if err != nil {
		return err
	}
	if err := pages(doc.Page); err != nil {
		return err
	}
	return doc.Finish(pdfInfo(src, r))
}

func pdfInfo(src *source, r *resolved) pdfout.Info {
	return pdfout.Info{
		Title:     src.form.Title.Fill(src.header.Unit).RU,
		Subject:   src.form.Source.RU,
		Creator:   "msedocs",
		Producer:  "msedocs",
		Created:   r.Created,
		NoArchive: r.NoArchive,
	}
}
