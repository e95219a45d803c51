package certificate

import (
	"bufio"
	"fmt"
	"io"
	"iter"
	"strings"

	"github.com/msedocs/msedocs/internal/xlsxout"
)

// WriteXLSX validates the documents and writes them as one workbook to w,
// a sheet per document, each set up to print on its paper like the PDF.
// The sheets are printed from the same layout pages as the PDF: every
// paragraph is a row merged across the printable width, every table row a
// row with its cells in the columns of the table, the blank space below a
// table a row of its height, and a page break where the PDF starts a new
// page. It writes nothing if any document is invalid, and returns every
// problem of every document.
func WriteXLSX(w io.Writer, opts *Options, docs ...Document) error {
	return printSlice(w, opts, docs, writeXLSX)
}

// WriteXLSXStream is WriteXLSX for a stream of documents (see
// ValidateStream), read twice and never held in memory: once to
// validate, writing nothing if any document is invalid, then once to
// print, a sheet a document. A second reading that differs from the
// first, or an error of the stream, writes nothing and returns
// ErrStreamChanged or a *StreamError. At most MaxSheets documents make a
// workbook.
func WriteXLSXStream(w io.Writer, opts *Options, stream iter.Seq2[Document, error]) error {
	return printStream(w, opts, stream, writeXLSX)
}

// writeXLSX writes validated documents as a workbook to w, which gets
// nothing until the workbook is complete.
func writeXLSX(w io.Writer, r *resolved, docs iter.Seq2[Document, error], b *batchInfo) error {
	tooMany := func(n int) error {
		return fmt.Errorf("%w: %d documents or more, a workbook takes %d; print them as PDF, or in parts", ErrTooManySheets, n, MaxSheets)
	}
	if b.n > MaxSheets {
		return tooMany(b.n)
	}
	xw, err := xlsxout.New(xlsxout.Config{Font: sheetFont(r.set.Fonts.Regular.Name())})
	if err != nil {
		return err
	}
	i := 0
	for d, err := range docs {
		if err != nil {
			return xw.Abort(err)
		}
		if i++; i > MaxSheets {
			return xw.Abort(tooMany(i))
		}
		pages, err := layOut(d, r)
		if err != nil {
			return xw.Abort(err)
		}
		if err := xw.Document(sheetName(i, d.Form().ID), pages); err != nil {
			return xw.Abort(err)
		}
	}
	if b.n == 0 {
		return xw.Abort(ErrNoDocuments)
	}
	info := pdfInfo(b.first, b.n, r)
	xw.SetProps(xlsxout.Props{Title: info.Title, Subject: info.Subject, Creator: info.Creator, Created: r.Created})
	bw := bufio.NewWriter(w)
	if err := xw.Close(bw); err != nil {
		return err
	}
	return bw.Flush()
}

// sheetName names the sheet of the n-th document: «1 disability»; Excel
// allows 31 characters.
func sheetName(n int, id string) string {
	s := fmt.Sprintf("%d %s", n, id)
	if r := []rune(s); len(r) > 31 {
		s = string(r[:31])
	}
	return s
}

// sheetFont is the font family cells name: the metric-compatible standard
// face for a Liberation font, so that Excel sets the text as wide as the
// layout measured it.
func sheetFont(name string) string {
	for _, alias := range [][2]string{
		{"Liberation Serif", "Times New Roman"},
		{"Liberation Sans", "Arial"},
		{"Liberation Mono", "Courier New"},
	} {
		if strings.HasPrefix(name, alias[0]) {
			return alias[1]
		}
	}
	return name
}
