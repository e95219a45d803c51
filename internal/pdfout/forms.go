package pdfout

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"

	"github.com/msedocs/msedocs/internal/layout"
)

// maxForms bounds the forms of one document, and so the memory kept to
// recognise them; past it, parts are drawn on the page.
const maxForms = 64

// formMargin widens a form's bounding box past its rows, for the width
// of the rules.
const formMargin = 10

// forms are the parts of pages drawn once as form XObjects: a table's
// header and its empty ruled rows. A part is set relative to its
// top-left corner, so the same part anywhere on any page is the same
// content. It is found again by its signature: everything its content
// follows from (sizes and places relative to that corner, styles and
// text), which is cheaper to make than the content.
type forms struct {
	bySig   map[string]int // signature → object number
	sig     []byte
	scratch bytes.Buffer
}

func newForms() forms { return forms{bySig: make(map[string]int)} }

// signature returns the signature of rows whose top-left corner is at
// (left, top).
func (fs *forms) signature(rows []layout.Row, left, top float64) []byte {
	b := fs.sig[:0]
	num := func(v float64) { b = binary.AppendVarint(b, hundredths(v)) }
	for ri := range rows {
		r := &rows[ri]
		b = append(b, 'r', byte(r.Kind))
		num(r.Y - top)
		num(r.H)
		for ci := range r.Cells {
			c := &r.Cells[ci]
			b = append(b, 'c')
			num(c.X - left)
			num(c.W)
			num(c.H)
			for li := range c.Lines {
				l := &c.Lines[li]
				b = append(b, 'l', byte(l.Style))
				num(l.X - left)
				num(l.Y - top)
				num(l.Size)
				b = binary.AppendUvarint(b, uint64(len(l.Text)))
				b = append(b, l.Text...)
			}
		}
	}
	fs.sig = b
	return b
}

// place draws rows of a table as a form placed on the page: a form of
// the same content drawn before, or a new one. It returns the form's
// object number, or 0 when rows is empty or it drew them on the page.
func (w *Writer) place(pt *painter, edges []float64, rows []layout.Row) (int, error) {
	if len(rows) == 0 {
		return 0, nil
	}
	left, top, right, bottom := box(edges, rows)
	fs := &w.forms
	n, ok := fs.bySig[string(fs.signature(rows, left, top))]
	if !ok && len(fs.bySig) >= maxForms {
		pt.rules(layout.Fragment{Rows: rows})
		for ri := range rows {
			for ci := range rows[ri].Cells {
				if err := pt.lines(rows[ri].Cells[ci].Lines); err != nil {
					return 0, err
				}
			}
		}
		return 0, nil
	}
	if !ok {
		fs.scratch.Reset()
		fp := painter{w: w, b: &fs.scratch, h: pt.h, ox: left, oy: pt.h - top, cur: -1}
		fp.b.WriteString(lineStyle)
		fp.rules(layout.Fragment{Rows: rows})
		for ri := range rows {
			for ci := range rows[ri].Cells {
				if err := fp.lines(rows[ri].Cells[ci].Lines); err != nil {
					return 0, err
				}
			}
		}
		fp.endText()
		n = w.nextObj
		w.nextObj++
		fs.bySig[string(fs.sig)] = n
		m := formMargin
		j := w.job(n, fmt.Sprintf("/Type /XObject /Subtype /Form /BBox [%d %s %s %d] /Resources << %s >>",
			-m, fmtNum(w.num[:0], top-bottom-float64(m)), fmtNum(w.num[:0], right-left+float64(m)), m, w.fontResources()))
		j.data.Write(fs.scratch.Bytes())
		w.submit(j)
	}
	pt.endText()
	pt.b.WriteString("q 1 0 0 1 ")
	pt.point(left, top)
	fmt.Fprintf(pt.b, "cm /Fm%d Do Q\n", n)
	return n, nil
}

// box returns the bounds of rows, from the page's top-left corner.
func box(edges []float64, rows []layout.Row) (left, top, right, bottom float64) {
	left, right, top = math.Inf(1), math.Inf(-1), rows[0].Y
	if len(edges) > 0 {
		left, right = edges[0], edges[len(edges)-1]
	}
	for _, r := range rows {
		for _, c := range r.Cells {
			left, right = min(left, c.X), max(right, c.X+c.W)
			bottom = max(bottom, r.Y+c.H)
		}
		top = min(top, r.Y)
	}
	if left > right {
		left, right = 0, 0
	}
	return left, top, right, bottom
}
