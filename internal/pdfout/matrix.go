package pdfout

import (
	"strconv"

	"github.com/msedocs/msedocs/internal/layout"
)

// matrix draws the dark modules of a matrix block (a QR code, for one)
// as filled rectangles: one path a matrix, each run of dark modules in a
// row one rectangle, in vector form so that it prints sharp at any
// resolution. Edges are worked out from the grid and then rounded, so
// neighbouring rectangles meet without a gap.
func (pt *painter) matrix(m *layout.Matrix) {
	if m == nil || m.Size <= 0 || m.Module <= 0 {
		return
	}
	pt.endText()
	pt.b.WriteString("q 0 g\n")
	m.Runs(func(r, col, n int) {
		x0 := round2(m.X + float64(col)*m.Module)
		x1 := round2(m.X + float64(col+n)*m.Module)
		top := round2(m.Y + float64(r)*m.Module)
		bottom := round2(m.Y + float64(r+1)*m.Module)
		pt.point(x0, bottom)
		pt.num = strconv.AppendFloat(pt.num[:0], x1-x0, 'f', 2, 64)
		pt.b.Write(trimZeros(pt.num))
		pt.b.WriteByte(' ')
		pt.num = strconv.AppendFloat(pt.num[:0], bottom-top, 'f', 2, 64)
		pt.b.Write(trimZeros(pt.num))
		pt.b.WriteString(" re\n")
	})
	pt.b.WriteString("f Q\n")
}

// round2 rounds v to the hundredth of a point that numbers are written
// with.
func round2(v float64) float64 {
	if v < 0 {
		return -round2(-v)
	}
	return float64(int64(v*100+0.5)) / 100
}
