package pdfout

import "github.com/msedocs/msedocs/internal/layout"

// matrices draws the dark modules of every matrix block of page p (a QR
// code, for one) as filled rectangles: one path a matrix, each run of
// dark modules in a row one rectangle, in vector form so that it prints
// sharp at any resolution. Edges are worked out from the grid and then
// rounded, so neighbouring rectangles meet without a gap.
func (w *Writer) matrices(p *layout.Page) {
	c := &w.content
	for i := range p.Blocks {
		m := p.Blocks[i].Matrix
		if m == nil || m.Size <= 0 || m.Module <= 0 {
			continue
		}
		c.WriteString("q 0 g\n")
		m.Runs(func(r, col, n int) {
			x0 := round2(m.X + float64(col)*m.Module)
			x1 := round2(m.X + float64(col+n)*m.Module)
			top := round2(m.Y + float64(r)*m.Module)
			bottom := round2(m.Y + float64(r+1)*m.Module)
			w.point(x0, p.H-bottom)
			w.point(x1-x0, bottom-top)
			c.WriteString("re\n")
		})
		c.WriteString("f Q\n")
	}
}

// round2 rounds v to the hundredth of a point that numbers are written
// with.
func round2(v float64) float64 {
	if v < 0 {
		return -round2(-v)
	}
	return float64(int64(v*100+0.5)) / 100
}
