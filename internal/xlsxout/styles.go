package xlsxout

import (
	"math"

	"github.com/msedocs/msedocs/internal/layout"
	"github.com/xuri/excelize/v2"
)

// Number formats of typed cells.
const (
	fmtGeneral = ""
	fmtInt     = "0"
	fmtDate    = "dd.mm.yyyy"
)

// styleKey is everything a cell style depends on. Styles are made on first
// use, in the order the sheet needs them, so the same pages give the same
// style IDs.
type styleKey struct {
	border bool
	bold   bool
	middle bool  // centred vertically; otherwise at the top
	size   int32 // in hundredths of a point
	align  layout.Align
	indent int // in the spreadsheet's steps, see indentOf
	numFmt string
}

// style returns the ID of the style k, making it on first use.
func (w *Writer) style(k styleKey) (int, error) {
	if id, ok := w.styles[k]; ok {
		return id, nil
	}
	s := &excelize.Style{
		Font: &excelize.Font{Family: w.cfg.Font, Size: float64(k.size) / 100, Bold: k.bold},
		Alignment: &excelize.Alignment{
			Horizontal: alignName(k.align),
			Indent:     k.indent,
			Vertical:   "top",
			WrapText:   true,
		},
	}
	if k.middle {
		s.Alignment.Vertical = "center"
	}
	if k.border {
		s.Border = []excelize.Border{
			{Type: "left", Color: "000000", Style: 1},
			{Type: "top", Color: "000000", Style: 1},
			{Type: "right", Color: "000000", Style: 1},
			{Type: "bottom", Color: "000000", Style: 1},
		}
	}
	switch k.numFmt {
	case fmtGeneral:
	case fmtInt:
		s.NumFmt = 1
	default:
		f := k.numFmt
		s.CustomNumFmt = &f
	}
	id, err := w.f.NewStyle(s)
	if err != nil {
		return 0, err
	}
	w.styles[k] = id
	return id, nil
}

func alignName(a layout.Align) string {
	switch a {
	case layout.Center:
		return "center"
	case layout.Right:
		return "right"
	}
	return "left"
}

// indentStep is a step of a cell's indent in points: three spaces of the
// default font, as spreadsheets count it.
const indentStep = 3 * 0.25 * 11

// indentOf returns the indent, in whole steps, of text that stands pt
// points into its cell.
func indentOf(pt float64) int { return max(int(math.Round(pt/indentStep)), 0) }

// sizeKey turns a font size into the style key's unit.
func sizeKey(pt float64) int32 { return int32(math.Round(pt * 100)) }
