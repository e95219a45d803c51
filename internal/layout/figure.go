package layout

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/msedocs/msedocs/fonts"
)

// Figure is a matrix set at the right margin beside paragraphs, with a
// caption beneath it (see Builder.KeepBeside).
type Figure struct {
	// Role is the role of the matrix's block.
	Role Role
	// Matrix is the grid to draw; the Builder sets its X and Y.
	Matrix Matrix
	// Quiet is the light margin kept around the grid, in modules.
	Quiet int
	// Caption is set beneath the grid, its lines right-aligned to the
	// right margin in a box Caption.Width wide (at least the grid's).
	// Text is Caption.Text; Style, Size, Leading, Before and Role apply.
	Caption Para
	// BreakAfter lists the runes after which the caption may break
	// (for a URL: "/?&"). A piece still too wide breaks between any two
	// runes. No hyphen is ever added: the caption reads as it is.
	BreakAfter string
	// Gap is the least space between the paragraphs and the figure.
	Gap float64
}

// KeepBeside sets the paragraphs ps together on one page, like Keep, with
// fig at the right margin beside them, its top level with the top of
// ps[at] (below that paragraph's Before). The paragraphs from ps[at] on
// are narrowed so that none runs under the figure or its caption. The
// cursor ends below whichever is lower.
func (b *Builder) KeepBeside(ps []Para, at int, fig Figure) {
	if b.err != nil || len(ps) == 0 {
		return
	}
	at = min(max(at, 0), len(ps)-1)
	m := fig.Matrix
	if m.Size <= 0 || m.Module <= 0 || len(m.Dark) != m.Size*m.Size || fig.Quiet < 0 {
		b.err = fmt.Errorf("layout: figure: bad matrix (%d modules a side, %d given)", m.Size, len(m.Dark))
		return
	}
	side := float64(m.Size+2*fig.Quiet) * m.Module
	capW := min(max(fig.Caption.Width, side), b.ContentWidth())
	ps = slices.Clone(ps)
	for i := at; i < len(ps); i++ {
		w := b.ContentWidth() - ps[i].Indent - capW - fig.Gap
		if w <= 0 {
			b.err = fmt.Errorf("%w: a figure %.0f pt wide beside a paragraph", ErrNoRoom, capW)
			return
		}
		if ps[i].Width == 0 || ps[i].Width > w {
			ps[i].Width = w
		}
	}
	cp := fig.Caption
	face := b.face(cp.Style)
	var lines []string
	if cp.Text != "" {
		lines = breakAfter(face, cp.Size, capW, cp.Text, fig.BreakAfter)
	}
	capH := cp.Before + cp.leading()*float64(len(lines))
	top := b.Measure(ps[:at]...) + ps[at].Before
	need := max(b.Measure(ps...), top+side+capH)
	if need > b.Remaining() && !b.AtTop() {
		b.NewPage()
	}
	if need > b.Remaining() {
		b.err = fmt.Errorf("%w: %d paragraphs and a figure, %.0f pt high, %.0f pt free", ErrNoRoom, len(ps), need, b.Remaining())
		return
	}
	y0 := b.y
	for i := range ps {
		b.setPara(&ps[i])
	}
	right := b.cfg.Width - b.cfg.Right
	x, y := round2(right-side), round2(y0+top)
	m.X, m.Y = round2(x+float64(fig.Quiet)*m.Module), round2(y+float64(fig.Quiet)*m.Module)
	b.page.Blocks = append(b.page.Blocks, Block{Role: fig.Role, X: x, Y: y, W: side, H: side, Matrix: &m})
	if len(lines) > 0 {
		lead := cp.leading()
		cy := y + side + cp.Before
		blk := Block{Role: cp.Role, X: right - capW, Y: cy, W: capW, H: lead * float64(len(lines)), Align: Right}
		asc := face.Ascent(cp.Size)
		for i, s := range lines {
			blk.Lines = append(blk.Lines, Line{X: right - face.Width(s, cp.Size), Y: cy + float64(i)*lead + asc, Text: s, Style: cp.Style, Size: cp.Size})
		}
		b.page.Blocks = append(b.page.Blocks, blk)
	}
	b.y = max(b.y, y0+need)
}

// round2 rounds v to a hundredth of a point, the precision printers
// write, so that modules placed side by side meet exactly.
func round2(v float64) float64 { return math.Round(v*100) / 100 }

// breakAfter breaks text into lines no wider than width, only after one
// of the runes in after, or between any two runes where a piece is wider
// than the line. Nothing is added or dropped: the lines joined are text.
func breakAfter(f *fonts.Font, size, width float64, text, after string) []string {
	// pieces end after a break rune
	var pieces []string
	start := 0
	for i, r := range text {
		if strings.ContainsRune(after, r) {
			end := i + len(string(r))
			pieces = append(pieces, text[start:end])
			start = end
		}
	}
	if start < len(text) {
		pieces = append(pieces, text[start:])
	}
	var lines []string
	line, lineW := "", 0.0
	for _, p := range pieces {
		pw := f.Width(p, size)
		if line != "" && lineW+pw > width {
			lines = append(lines, line)
			line, lineW = "", 0
		}
		if pw <= width || line != "" {
			line, lineW = line+p, lineW+pw
			continue
		}
		// A piece wider than the line: break it between runes.
		for _, r := range p {
			rw := f.RuneWidth(r, size)
			if line != "" && lineW+rw > width {
				lines = append(lines, line)
				line, lineW = "", 0
			}
			line, lineW = line+string(r), lineW+rw
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}
