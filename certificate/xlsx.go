package certificate

import (
	"fmt"
	"io"
	"math"
	"slices"
	"strings"

	"github.com/msedocs/msedocs/internal/layout"
	"github.com/xuri/excelize/v2"
)

// WriteXLSX validates the documents and writes them as one workbook to w,
// a sheet per document, each set up to print on its paper like the PDF.
// The sheets are printed from the same layout pages as the PDF: every
// paragraph is a row merged across its width, every table row a row with
// its cells in the columns of the table, the blank space between them rows
// of its height, and a page break where the PDF starts a new page. It
// writes nothing if any document is invalid, and returns every problem of
// every document.
func WriteXLSX(w io.Writer, opts *Options, docs ...Document) error {
	r, err := resolve(opts)
	if err != nil {
		return err
	}
	if err := validateAll(docs, r); err != nil {
		return err
	}
	f := excelize.NewFile()
	defer f.Close()
	x := &workbook{f: f, styles: map[cellStyle]int{}, font: sheetFont(r.fonts.Regular.Name())}
	for i, d := range docs {
		pages, err := layOut(d, r)
		if err != nil {
			return err
		}
		name := sheetName(i+1, d.Form().ID)
		if i == 0 {
			err = f.SetSheetName(f.GetSheetName(0), name)
		} else {
			_, err = f.NewSheet(name)
		}
		if err != nil {
			return fmt.Errorf("xlsx: %w", err)
		}
		if err := x.sheet(name, pages); err != nil {
			return fmt.Errorf("xlsx: %s: %w", name, err)
		}
	}
	f.SetActiveSheet(0)
	info := pdfInfo(docs, r)
	props := &excelize.DocProperties{Title: info.Title, Subject: info.Subject, Creator: info.Creator}
	if !r.Created.IsZero() {
		props.Created = r.Created.UTC().Format("2006-01-02T15:04:05Z")
		props.Modified = props.Created
	}
	if err := f.SetDocProps(props); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	if err := f.Write(w); err != nil {
		return fmt.Errorf("xlsx: write: %w", err)
	}
	return nil
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

// workbook writes layout pages into sheets.
type workbook struct {
	f      *excelize.File
	font   string
	styles map[cellStyle]int
}

// cellStyle is what a cell's format depends on.
type cellStyle struct {
	size   float64
	bold   bool
	align  layout.Align
	border bool
	date   bool
}

func (x *workbook) style(s cellStyle) (int, error) {
	if id, ok := x.styles[s]; ok {
		return id, nil
	}
	st := &excelize.Style{
		Font:      &excelize.Font{Family: x.font, Size: s.size, Bold: s.bold},
		Alignment: &excelize.Alignment{Horizontal: [...]string{"left", "center", "right"}[s.align], Vertical: "top", WrapText: true},
	}
	if s.border {
		for _, side := range []string{"left", "top", "right", "bottom"} {
			st.Border = append(st.Border, excelize.Border{Type: side, Color: "000000", Style: 1})
		}
	}
	if s.date {
		format := "dd.mm.yyyy"
		st.CustomNumFmt = &format
	}
	id, err := x.f.NewStyle(st)
	if err != nil {
		return 0, err
	}
	x.styles[s] = id
	return id, nil
}

// grid is the sheet's columns: the x positions of every edge the pages
// have, in points.
type grid []float64

// minColumn is the narrowest column kept; closer edges are one.
const minColumn = 3.0

func gridFor(pages []*layout.Page) grid {
	var xs []float64
	add := func(x float64) { xs = append(xs, math.Round(x*10)/10) }
	for _, p := range pages {
		for _, blk := range p.Blocks {
			if blk.Role == layout.RolePageNumber {
				continue
			}
			add(blk.X)
			add(blk.X + blk.W)
			if blk.Table != nil {
				for _, e := range blk.Table.Edges {
					add(e)
				}
			}
		}
	}
	slices.Sort(xs)
	var g grid
	for _, x := range xs {
		if len(g) == 0 || x-g[len(g)-1] >= minColumn {
			g = append(g, x)
		}
	}
	return g
}

// col returns the 1-based column that starts at the edge nearest x.
func (g grid) col(x float64) int {
	best := 0
	for i, e := range g {
		if math.Abs(e-x) < math.Abs(g[best]-x) {
			best = i
		}
	}
	return best + 1
}

// span returns the first and last column of the box from x to x+w.
func (g grid) span(x, w float64) (int, int) {
	first, end := g.col(x), g.col(x+w)
	return first, max(first, end-1)
}

// excelWidth converts points to Excel's column width, in characters of
// the default font (7 pixels a digit, 5 pixels of padding).
func excelWidth(pt float64) float64 {
	px := pt * 4 / 3
	if px < 12 {
		return math.Round(px/12*100) / 100
	}
	return math.Round((px-5)/7*100) / 100
}

// paperCode is Excel's number of a paper size: 9 for A4, 11 for A5.
func paperCode(w, h float64) int {
	if math.Min(w, h) < 500 {
		return 11
	}
	return 9
}

// sheet writes the pages of one document into sheet.
func (x *workbook) sheet(sheet string, pages []*layout.Page) error {
	f := x.f
	g := gridFor(pages)
	if len(pages) == 0 || len(g) < 2 {
		return nil
	}
	for i := 0; i+1 < len(g); i++ {
		name, err := excelize.ColumnNumberToName(i + 1)
		if err != nil {
			return err
		}
		if err := f.SetColWidth(sheet, name, name, excelWidth(g[i+1]-g[i])); err != nil {
			return err
		}
	}
	first := pages[0]
	top, bottom := first.H, first.H
	for _, p := range pages {
		lo, hi := p.H, 0.0
		for _, blk := range p.Blocks {
			if blk.Role == layout.RolePageNumber {
				continue
			}
			lo, hi = math.Min(lo, blk.Y), math.Max(hi, blk.Y+blk.H)
		}
		top, bottom = math.Min(top, lo), math.Min(bottom, p.H-hi)
	}
	bottom = math.Max(math.Min(bottom, top), 0)
	row := 1
	for i, p := range pages {
		if i > 0 {
			cell, _ := excelize.CoordinatesToCellName(1, row)
			if err := f.InsertPageBreak(sheet, cell); err != nil {
				return err
			}
		}
		var err error
		if row, err = x.page(sheet, g, p, top, row); err != nil {
			return err
		}
	}
	return x.setup(sheet, g, first, top, bottom, row-1)
}

// page writes one page from row on and returns the next free row.
func (x *workbook) page(sheet string, g grid, p *layout.Page, top float64, row int) (int, error) {
	blocks := slices.Clone(p.Blocks)
	slices.SortStableFunc(blocks, func(a, b layout.Block) int {
		switch {
		case a.Y < b.Y:
			return -1
		case a.Y > b.Y:
			return 1
		}
		return 0
	})
	y := top
	gap := func(to float64) error {
		if to-y > 0.5 {
			if err := x.f.SetRowHeight(sheet, row, to-y); err != nil {
				return err
			}
			row++
		}
		y = math.Max(y, to)
		return nil
	}
	for _, blk := range blocks {
		if blk.Role == layout.RolePageNumber {
			continue
		}
		if err := gap(blk.Y); err != nil {
			return row, err
		}
		if blk.Table == nil {
			c1, c2 := g.span(blk.X, blk.W)
			if err := x.cell(sheet, row, row, c1, c2, blk.Lines, layout.Value{}, blk.Align, false); err != nil {
				return row, err
			}
			if err := x.f.SetRowHeight(sheet, row, blk.H); err != nil {
				return row, err
			}
			row++
			y = blk.Y + blk.H
			continue
		}
		rows := blk.Table.Rows
		for ri, r := range rows {
			if r.H <= 0 || len(r.Cells) == 0 {
				continue
			}
			if err := gap(r.Y); err != nil {
				return row, err
			}
			if err := x.f.SetRowHeight(sheet, row, r.H); err != nil {
				return row, err
			}
			for _, c := range r.Cells {
				down := 0 // rows a header cell spans below this one
				for _, below := range rows[ri+1:] {
					if below.H > 0 && below.Y < r.Y+c.H-0.5 {
						down++
					}
				}
				c1, c2 := g.span(c.X, c.W)
				if err := x.cell(sheet, row, row+down, c1, c2, c.Lines, c.Value, c.Align, true); err != nil {
					return row, err
				}
			}
			row++
			y = r.Y + r.H
		}
		y = math.Max(y, blk.Y+blk.H)
	}
	return row, nil
}

// cell writes the lines (or the typed value) into the cells from row r1,
// column c1 to row r2, column c2, merged when more than one.
func (x *workbook) cell(sheet string, r1, r2, c1, c2 int, lines []layout.Line, v layout.Value, align layout.Align, border bool) error {
	tl, err := excelize.CoordinatesToCellName(c1, r1)
	if err != nil {
		return err
	}
	br, err := excelize.CoordinatesToCellName(c2, r2)
	if err != nil {
		return err
	}
	st := cellStyle{size: 10, align: align, border: border}
	texts := make([]string, len(lines))
	for i, l := range lines {
		texts[i] = l.Text
		st.size, st.bold = l.Size, l.Style == layout.Bold
	}
	switch {
	case v.Kind == layout.ValueDate && len(lines) > 0:
		st.date = true
		err = x.f.SetCellValue(sheet, tl, v.Date)
	case v.Kind == layout.ValueInt && len(lines) > 0:
		err = x.f.SetCellValue(sheet, tl, v.Int)
	case len(lines) > 0:
		err = x.f.SetCellValue(sheet, tl, strings.Join(texts, "\n"))
	}
	if err != nil {
		return err
	}
	if tl != br {
		if err := x.f.MergeCell(sheet, tl, br); err != nil {
			return err
		}
	}
	id, err := x.style(st)
	if err != nil {
		return err
	}
	return x.f.SetCellStyle(sheet, tl, br, id)
}

// setup makes the sheet print like the layout: the paper, portrait, the
// page's margins, the used columns one page wide, no grid lines.
func (x *workbook) setup(sheet string, g grid, p *layout.Page, top, bottom float64, rows int) error {
	f := x.f
	size, orient, one, tall := paperCode(p.W, p.H), "portrait", 1, 0
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{
		Size: &size, Orientation: &orient, FitToWidth: &one, FitToHeight: &tall,
	}); err != nil {
		return err
	}
	fit := true
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	in := func(pt float64) *float64 { v := math.Round(pt/72*1000) / 1000; return &v }
	zero := 0.0
	if err := f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{
		Left: in(g[0]), Right: in(p.W - g[len(g)-1]), Top: in(top), Bottom: in(bottom),
		Header: &zero, Footer: &zero,
	}); err != nil {
		return err
	}
	grid := false
	if err := f.SetSheetView(sheet, -1, &excelize.ViewOptions{ShowGridLines: &grid}); err != nil {
		return err
	}
	last, err := excelize.ColumnNumberToName(len(g) - 1)
	if err != nil {
		return err
	}
	return f.SetDefinedName(&excelize.DefinedName{
		Name: "_xlnm.Print_Area", Scope: sheet,
		RefersTo: fmt.Sprintf("'%s'!$A$1:$%s$%d", sheet, last, max(rows, 1)),
	})
}
