package certificate

import (
	"io"
	"iter"

	"github.com/msedocs/msedocs/internal/layout"
	"github.com/msedocs/msedocs/internal/pdfout"
)

// WritePDF validates the documents and prints them as one PDF to w, each
// starting on a new page, on its own paper (A4 or A5), for printing in a
// batch. It writes nothing if any document is invalid, and returns every
// problem of every document.
func WritePDF(w io.Writer, opts *Options, docs ...Document) error {
	return printSlice(w, opts, docs, writePDF)
}

// WritePDFStream is WritePDF for a stream of documents (see
// ValidateStream), read twice and never held in memory: once to
// validate, writing nothing if any document is invalid, then once to
// print, each page written to w as soon as it is laid out. A second
// reading that differs from the first ends it with ErrStreamChanged, an
// error of the stream with a *StreamError; w then holds part of a file.
func WritePDFStream(w io.Writer, opts *Options, stream iter.Seq2[Document, error]) error {
	return printStream(w, opts, stream, writePDF)
}

// writePDF prints validated documents page by page to w.
func writePDF(w io.Writer, r *resolved, docs iter.Seq2[Document, error], b *batchInfo) error {
	out, err := pdfout.NewStream(w, r.set.Fonts)
	if err != nil {
		return err
	}
	for d, err := range docs {
		if err != nil {
			return err
		}
		if _, err := compose(d, r, out.Page); err != nil {
			return err
		}
	}
	if b.n == 0 {
		return ErrNoDocuments
	}
	return out.Finish(pdfInfo(b.first, b.n, r))
}

// pdfInfo is the metadata of a file of n documents, the first first.
func pdfInfo(first Document, n int, r *resolved) pdfout.Info {
	info := pdfout.Info{Creator: "msedocs", Producer: "msedocs", Created: r.Created, NoArchive: r.NoArchive}
	form := first.Form()
	if n == 1 {
		ct := first.content()
		info.Title = form.Title.RU
		if ct.full && !form.FullTitle.IsZero() {
			info.Title = form.FullTitle.RU
		}
		info.Subject = form.Source.RU
	} else {
		info.Title = form.Common.Batch.RU
	}
	return info
}

// layOut lays out one validated document and returns its pages.
func layOut(d Document, r *resolved) ([]*layout.Page, error) {
	var pages []*layout.Page
	_, err := compose(d, r, func(p *layout.Page) error {
		pages = append(pages, p)
		return nil
	})
	return pages, err
}
