package pdfout

import (
	"bytes"
	"fmt"
	"math"
	"slices"
	"strconv"

	"github.com/msedocs/msedocs/internal/layout"
)

// Page draws one page. It fails, drawing nothing more, if a line holds a
// rune its font cannot draw. The page's content is set on the caller's
// goroutine and compressed on another; the page is written out in order
// later, by Page or Finish. p is read until then, and must not change.
func (w *Writer) Page(p *layout.Page) error {
	if w.err != nil {
		return w.err
	}
	pageObj, contentObj := w.nextObj, w.nextObj+1
	w.nextObj += 2
	j := w.job(contentObj, "")
	pt := painter{w: w, b: &j.data, h: p.H, cur: -1}
	var used []int // forms placed on the page
	// Rules first, worked out and set with the compression (see job),
	// then text and forms in the order of the blocks.
	j.page, j.h = true, p.H
	for i := range p.Blocks {
		if t := p.Blocks[i].Table; t != nil {
			_, body, _ := split(t.Rows)
			j.rules = append(j.rules, layout.Fragment{Rows: body})
		}
	}
	for i := range p.Blocks {
		blk := &p.Blocks[i]
		pt.matrix(blk.Matrix)
		if err := pt.lines(blk.Lines); err != nil {
			return err
		}
		if blk.Table == nil {
			continue
		}
		head, body, tail := split(blk.Table.Rows)
		n, err := w.place(&pt, blk.Table.Edges, head)
		if err != nil {
			return err
		}
		used = append(used, n)
		for ri := range body {
			for ci := range body[ri].Cells {
				if err := pt.lines(body[ri].Cells[ci].Lines); err != nil {
					return err
				}
			}
		}
		if n, err = w.place(&pt, blk.Table.Edges, tail); err != nil {
			return err
		}
		used = append(used, n)
	}
	pt.endText()
	w.pages = append(w.pages, pageObj)
	j.then = append(j.then, object{pageObj, w.pageDict(p, contentObj, used)})
	w.submit(j)
	return w.err
}

// lineStyle sets the rules' width, butt caps and mitred joins.
var lineStyle = strconv.FormatFloat(RuleWidth, 'f', -1, 64) + " w 0 J 0 j\n"

// pageDict returns the dictionary of a page whose content is object
// content and which places the forms used.
func (w *Writer) pageDict(p *layout.Page, content int, used []int) string {
	var b bytes.Buffer
	b.WriteString("<< /Type /Page /Parent " + ref(objPages) + " /MediaBox [0 0 ")
	b.WriteString(fmtNum(w.num[:0], p.W) + " " + fmtNum(w.num[:0], p.H) + "] /Resources << ")
	b.WriteString(w.fontResources())
	if slices.ContainsFunc(used, func(n int) bool { return n != 0 }) {
		b.WriteString(" /XObject <<")
		seen := map[int]bool{}
		for _, n := range used {
			if n != 0 && !seen[n] {
				seen[n] = true
				fmt.Fprintf(&b, " /Fm%d %s", n, ref(n))
			}
		}
		b.WriteString(" >>")
	}
	b.WriteString(" >> /Contents " + ref(content) + " >>\n")
	return b.String()
}

// fontResources returns the font entry of a resource dictionary.
func (w *Writer) fontResources() string {
	return "/Font << /" + w.faces[0].res + " " + ref(w.faces[0].obj) + " /" + w.faces[1].res + " " + ref(w.faces[1].obj) + " >>"
}

// split cuts a fragment's rows into the header at its top (caption and
// numbers rows), the rows of entries, and the empty ruled rows at its
// foot, the parts that repeat from page to page.
func split(rows []layout.Row) (head, body, tail []layout.Row) {
	h := 0
	for h < len(rows) && (rows[h].Kind == layout.RowHeader || rows[h].Kind == layout.RowNumbers) {
		h++
	}
	t := len(rows)
	for t > h && rows[t-1].Kind == layout.RowBlank && empty(&rows[t-1]) {
		t--
	}
	return rows[:h], rows[h:t], rows[t:]
}

// empty tells whether a row holds no text.
func empty(r *layout.Row) bool {
	for i := range r.Cells {
		if len(r.Cells[i].Lines) > 0 {
			return false
		}
	}
	return true
}

// painter writes drawing operators into a content stream, at points
// measured from the page's top-left corner less an origin: (0, 0) for a
// page, a part's top-left corner for a form. Drawing rules needs no w,
// so a job's goroutine draws them.
type painter struct {
	w      *Writer
	b      *bytes.Buffer
	h      float64 // the page's height
	ox, oy float64 // the origin, in PDF's coordinates
	cur    int     // face set, -1 for none
	size   float64
	inText bool
	// lx, ly are the start of the last line set, in hundredths of a
	// point: each line moves from it (Td), so that lines of a cell and
	// cells of a row repeat the same small moves, which compress well.
	lx, ly int64
	num    []byte        // scratch for numbers
	rs     []layout.Rule // scratch for rules
}

// point writes "x y " of a point given from the page's top-left corner.
func (pt *painter) point(x, y float64) {
	pt.num = strconv.AppendFloat(pt.num[:0], x-pt.ox, 'f', 2, 64)
	pt.b.Write(trimZeros(pt.num))
	pt.b.WriteByte(' ')
	pt.num = strconv.AppendFloat(pt.num[:0], pt.h-y-pt.oy, 'f', 2, 64)
	pt.b.Write(trimZeros(pt.num))
	pt.b.WriteByte(' ')
}

// rules draws the borders of a fragment's rows.
func (pt *painter) rules(f layout.Fragment) {
	if len(f.Rows) == 0 {
		return
	}
	pt.endText()
	rs, ok := gridRules(f.Rows, pt.rs[:0])
	if !ok {
		rs = f.Rules()
	}
	pt.rs = rs[:0]
	for _, r := range rs {
		pt.point(r.X1, r.Y1)
		pt.b.WriteString("m ")
		pt.point(r.X2, r.Y2)
		pt.b.WriteString("l S\n")
	}
}

// lines sets lines of text.
func (pt *painter) lines(ls []layout.Line) error {
	for i := range ls {
		l := &ls[i]
		if l.Text == "" {
			continue
		}
		if !pt.inText {
			pt.b.WriteString("BT\n")
			pt.inText = true
			pt.lx, pt.ly = 0, 0
		}
		st := int(l.Style)
		if st < 0 || st > 1 {
			st = 0
		}
		f := pt.w.faces[st]
		if st != pt.cur || l.Size != pt.size {
			pt.b.WriteString("/" + f.res + " ")
			pt.b.WriteString(fmtNum(pt.num[:0], l.Size))
			pt.b.WriteString(" Tf\n")
			pt.cur, pt.size = st, l.Size
		}
		x, y := hundredths(l.X-pt.ox), hundredths(pt.h-l.Y-pt.oy)
		pt.num = appendHundredths(pt.num[:0], x-pt.lx)
		pt.num = append(pt.num, ' ')
		pt.num = appendHundredths(pt.num, y-pt.ly)
		pt.b.Write(pt.num)
		pt.b.WriteString(" Td ")
		pt.lx, pt.ly = x, y
		if err := f.encode(pt.b, l.Text); err != nil {
			return fmt.Errorf("pdf: %w", err)
		}
		pt.b.WriteString(" Tj\n")
	}
	return nil
}

// endText closes a text object left open.
func (pt *painter) endText() {
	if pt.inText {
		pt.b.WriteString("ET\n")
		pt.inText = false
	}
}

// hundredths rounds v to hundredths of a point.
func hundredths(v float64) int64 { return int64(math.Round(v * 100)) }

// appendHundredths appends v hundredths as a decimal number with no
// trailing zeros.
func appendHundredths(b []byte, v int64) []byte {
	if v < 0 {
		b = append(b, '-')
		v = -v
	}
	b = strconv.AppendInt(b, v/100, 10)
	if f := v % 100; f != 0 {
		b = append(b, '.', byte('0'+f/10))
		if f%10 != 0 {
			b = append(b, byte('0'+f%10))
		}
	}
	return b
}

// fmtNum formats v with at most two decimals.
func fmtNum(buf []byte, v float64) string {
	return string(trimZeros(strconv.AppendFloat(buf, v, 'f', 2, 64)))
}

func trimZeros(b []byte) []byte {
	if bytes.IndexByte(b, '.') < 0 {
		return b
	}
	b = bytes.TrimRight(b, "0")
	return bytes.TrimSuffix(b, []byte("."))
}
