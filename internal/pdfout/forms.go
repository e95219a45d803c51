package pdfout

import (
	"bytes"
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
// content, and found again by that content.
type forms struct {
	byContent map[string]int // content → object number
	scratch   bytes.Buffer
}

func newForms() forms { return forms{byContent: make(map[string]int)} }

// place draws rows of a table as a form placed on the page: a form of
// the same content drawn before, or a new one. It returns the form's
// object number, or 0 when rows is empty or it drew them on the page.
func (w *Writer) place(pt *painter, edges []float64, rows []layout.Row) (int, error) {
	if len(rows) == 0 {
		return 0, nil
	}
	left, top, right, bottom := box(edges, rows)
	fs := &w.forms
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
	n, ok := fs.byContent[string(fs.scratch.Bytes())]
	if !ok {
		if len(fs.byContent) >= maxForms {
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
		n = w.nextObj
		w.nextObj++
		fs.byContent[fs.scratch.String()] = n
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
