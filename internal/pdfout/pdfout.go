// Package pdfout prints layout pages as PDF with gopdf. It only walks the
// page tree and draws; every decision about where things go was made by
// package layout.
package pdfout

import (
	"fmt"
	"io"
	"strings"
	"unicode"
	"time"

	"github.com/msedocs/msedocs/fonts"
	"github.com/msedocs/msedocs/internal/layout"
	"github.com/signintech/gopdf"
)

// Info is the document's metadata.
type Info struct {
	Title, Subject, Author, Creator, Producer string
	// Created is the creation date written into the file. It is never
	// taken from the clock, so the same input gives the same bytes.
	Created time.Time
}

// RuleWidth is the width of table borders, in points.
const RuleWidth = 0.5

// Writer draws pages into one PDF document.
type Writer struct {
	pdf   gopdf.GoPdf
	fonts *fonts.Family
	style layout.Style
	size  float64
	pages int
	// names of the regular and bold faces inside the PDF
	regular, bold string
}

// pdfName turns a font name into a PDF name: letters, digits and hyphens.
func pdfName(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-') {
			b.WriteRune(r)
		}
	}
	if b.Len() == 0 {
		return "Font"
	}
	return b.String()
}

// New starts a document set in fam.
func New(fam *fonts.Family) (*Writer, error) {
	w := &Writer{fonts: fam, style: 255, regular: pdfName(fam.Regular.Name()), bold: pdfName(fam.Bold.Name())}
	if w.bold == w.regular {
		w.bold += "-Bold"
	}
	w.pdf.Start(gopdf.Config{PageSize: *gopdf.PageSizeA4, Unit: gopdf.UnitPT})
	if err := w.pdf.AddTTFFontData(w.regular, fam.Regular.Data()); err != nil {
		return nil, fmt.Errorf("pdf: font %q: %w", fam.Regular.Name(), err)
	}
	if err := w.pdf.AddTTFFontData(w.bold, fam.Bold.Data()); err != nil {
		return nil, fmt.Errorf("pdf: font %q: %w", fam.Bold.Name(), err)
	}
	w.pdf.SetLineWidth(RuleWidth)
	return w, nil
}

// Pages returns the number of pages drawn so far.
func (w *Writer) Pages() int { return w.pages }

// Page draws one page. It fails, drawing nothing more, if a line holds a
// rune its font cannot draw.
func (w *Writer) Page(p *layout.Page) error {
	w.pdf.AddPageWithOption(gopdf.PageOption{PageSize: &gopdf.Rect{W: p.W, H: p.H}})
	w.pages++
	w.style = 255 // the font must be set again on a new page
	w.pdf.SetLineWidth(RuleWidth)
	for i := range p.Blocks {
		blk := &p.Blocks[i]
		for _, l := range blk.Lines {
			if err := w.text(l); err != nil {
				return err
			}
		}
		if t := blk.Table; t != nil {
			for _, r := range t.Rules {
				w.pdf.Line(r.X1, r.Y1, r.X2, r.Y2)
			}
			for ri := range t.Rows {
				for ci := range t.Rows[ri].Cells {
					for _, l := range t.Rows[ri].Cells[ci].Lines {
						if err := w.text(l); err != nil {
							return err
						}
					}
				}
			}
		}
	}
	return nil
}

func (w *Writer) text(l layout.Line) error {
	if l.Text == "" {
		return nil
	}
	f, fam := w.fonts.Regular, w.regular
	if l.Style == layout.Bold {
		f, fam = w.fonts.Bold, w.bold
	}
	if err := f.Check(l.Text); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	if l.Style != w.style || l.Size != w.size {
		if err := w.pdf.SetFont(fam, "", l.Size); err != nil {
			return fmt.Errorf("pdf: %w", err)
		}
		w.style, w.size = l.Style, l.Size
	}
	w.pdf.SetXY(l.X, l.Y)
	if err := w.pdf.Text(l.Text); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	return nil
}

// Close writes the document to out.
func (w *Writer) Close(out io.Writer, info Info) error {
	w.pdf.SetInfo(gopdf.PdfInfo{
		Title: info.Title, Subject: info.Subject, Author: info.Author,
		Creator: info.Creator, Producer: info.Producer, CreationDate: info.Created,
	})
	if err := w.pdf.Write(out); err != nil {
		return fmt.Errorf("pdf: write: %w", err)
	}
	return nil
}
