package certificate

import (
	"bufio"
	"io"

	"github.com/msedocs/msedocs/internal/layout"
	"github.com/msedocs/msedocs/internal/pdfout"
)

// WritePDF validates the documents and prints them as one PDF to w, each
// starting on a new page, on its own paper (A4 or A5), for printing in a
// batch. It writes nothing if any document is invalid, and returns every
// problem of every document.
func WritePDF(w io.Writer, opts *Options, docs ...Document) error {
	r, err := resolve(opts)
	if err != nil {
		return err
	}
	if err := validateAll(docs, r); err != nil {
		return err
	}
	out, err := pdfout.New(r.set.Fonts)
	if err != nil {
		return err
	}
	for _, d := range docs {
		if _, err := compose(d, r, out.Page); err != nil {
			return err
		}
	}
	bw := bufio.NewWriter(w)
	if err := out.Close(bw, pdfInfo(docs, r)); err != nil {
		return err
	}
	return bw.Flush()
}

func pdfInfo(docs []Document, r *resolved) pdfout.Info {
	info := pdfout.Info{Creator: "msedocs", Producer: "msedocs", Created: r.Created, NoArchive: r.NoArchive}
	form := docs[0].Form()
	if len(docs) == 1 {
		ct := docs[0].content()
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
