package layout

import (
	"errors"
	"fmt"

	"github.com/msedocs/msedocs/fonts"
)

// Config sets the page a Builder fills.
type Config struct {
	// Width and Height are the page size in points.
	Width, Height float64
	// Paper is the sheet of that size every page is printed on.
	Paper Paper
	// Margins in points.
	Top, Right, Bottom, Left float64
	// Fonts is the family text is set in.
	Fonts *fonts.Family
	// PageLabel, when not empty, is printed with the number at the foot of
	// every page: «Бет / Лист 7».
	PageLabel string
	// FooterSize is the size of the page number text.
	FooterSize float64
	// Emit receives each page when it is full. The Builder does not keep
	// pages, so memory stays flat however long the document is.
	Emit func(*Page) error
}

// ErrNoRoom reports content that cannot be placed on an empty page.
var ErrNoRoom = errors.New("layout: content does not fit on an empty page")

// Para is a paragraph to set.
type Para struct {
	Role  Role    // what the paragraph is on the form
	Text  string  // its text; a line break starts a new line
	Style Style   // the face
	Size  float64 // the font size in points
	// Leading is the distance between baselines; 0 means 1.2 × Size.
	Leading float64
	Align   Align // how its lines are aligned
	// Indent moves the paragraph's box right by this many points and
	// narrows it as much.
	Indent float64
	// Width, when set, narrows the box to this width (from Indent).
	Width float64
	// Before and After are the space above and below the paragraph.
	Before, After float64
}

func (p *Para) leading() float64 {
	if p.Leading > 0 {
		return p.Leading
	}
	return 1.2 * p.Size
}

// Builder sets content on pages, one page after another.
type Builder struct {
	cfg    Config
	page   *Page
	y      float64 // the cursor: top of free space
	number int
	err    error
	lines  []string // scratch buffer for wrapping
	// the table being set, if any
	table *tableState
}

// NewBuilder returns a Builder that starts on page 1.
func NewBuilder(cfg Config) *Builder {
	b := &Builder{cfg: cfg}
	b.openPage()
	return b
}

// Err returns the first error met; every method does nothing after one.
func (b *Builder) Err() error { return b.err }

// PageNumber returns the number of the page being filled.
func (b *Builder) PageNumber() int { return b.number }

// ContentWidth returns the width between the side margins.
func (b *Builder) ContentWidth() float64 { return b.cfg.Width - b.cfg.Left - b.cfg.Right }

// top and bottom bound the body of a page.
func (b *Builder) top() float64 { return b.cfg.Top }

func (b *Builder) bottom() float64 {
	return b.cfg.Height - b.cfg.Bottom
}

// Remaining returns the free height left on the current page.
func (b *Builder) Remaining() float64 { return b.bottom() - b.y }

// BodyHeight returns the height of an empty page's body.
func (b *Builder) BodyHeight() float64 { return b.bottom() - b.top() }

// AtTop reports whether nothing has been set on the current page yet.
func (b *Builder) AtTop() bool { return b.y <= b.top() }

func (b *Builder) face(s Style) *fonts.Font {
	if s == Bold {
		return b.cfg.Fonts.Bold
	}
	return b.cfg.Fonts.Regular
}

func (b *Builder) openPage() {
	b.number++
	b.page = &Page{Number: b.number, W: b.cfg.Width, H: b.cfg.Height, Label: b.cfg.PageLabel, Paper: b.cfg.Paper,
		Margins: Margins{Top: b.cfg.Top, Right: b.cfg.Right, Bottom: b.cfg.Bottom, Left: b.cfg.Left}}
	b.y = b.top()
}

// closePage finishes the current page and hands it to Emit.
func (b *Builder) closePage() {
	if b.table != nil {
		b.table.closeFragment(b)
	}
	if b.cfg.PageLabel != "" {
		size := b.cfg.FooterSize
		if size == 0 {
			size = 8
		}
		text := fmt.Sprintf("%s %d", b.cfg.PageLabel, b.number)
		f := b.face(Regular)
		w := f.Width(text, size)
		y := b.cfg.Height - b.cfg.Bottom/2
		x := b.cfg.Width - b.cfg.Right - w
		b.page.Blocks = append(b.page.Blocks, Block{
			Role: RolePageNumber, X: x, Y: y - size, W: w, H: size * 1.2, Align: Right,
			Lines: []Line{{X: x, Y: y, Text: text, Style: Regular, Size: size}},
		})
	}
	if b.err == nil && b.cfg.Emit != nil {
		b.err = b.cfg.Emit(b.page)
	}
	b.page = nil
}

// NewPage ends the current page and starts the next. Inside a table the
// header is repeated at the top of the new page.
func (b *Builder) NewPage() {
	if b.err != nil {
		return
	}
	b.closePage()
	b.openPage()
	if b.table != nil && b.table.headerSet {
		b.table.stampHeader(b, true)
	}
}

// Finish ends the last page and returns the number of pages set.
func (b *Builder) Finish() (int, error) {
	if b.page != nil {
		b.closePage()
	}
	return b.number, b.err
}

// setPara lays p out at the cursor (which must have room) and moves the
// cursor below it.
func (b *Builder) setPara(p *Para) {
	var blk Block
	blk, b.y = b.paraBlock(p, b.y)
	b.page.Blocks = append(b.page.Blocks, blk)
}

// paraBlock lays p out with the space above it starting at y and returns
// its block and the y below it, the space after it included.
func (b *Builder) paraBlock(p *Para, y float64) (Block, float64) {
	f := b.face(p.Style)
	x := b.cfg.Left + p.Indent
	w := b.ContentWidth() - p.Indent
	if p.Width > 0 && p.Width < w {
		w = p.Width
	}
	b.lines = b.wrap(b.lines[:0], f, p.Size, w, p.Text, textAt{role: p.Role})
	lead := p.leading()
	y += p.Before
	blk := Block{Role: p.Role, X: x, Y: y, W: w, H: lead * float64(len(b.lines)), Align: p.Align}
	blk.Lines = make([]Line, 0, len(b.lines))
	asc := f.Ascent(p.Size)
	for i, s := range b.lines {
		lx := x
		switch p.Align {
		case Center:
			lx = x + (w-f.Width(s, p.Size))/2
		case Right:
			lx = x + w - f.Width(s, p.Size)
		}
		blk.Lines = append(blk.Lines, Line{X: lx, Y: y + float64(i)*lead + asc, Text: s, Style: p.Style, Size: p.Size})
	}
	return blk, y + (blk.H + p.After)
}

// Measure returns the height the paragraphs take, spaces included.
func (b *Builder) Measure(ps ...Para) float64 {
	var h float64
	for i := range ps {
		p := &ps[i]
		w := b.ContentWidth() - p.Indent
		if p.Width > 0 && p.Width < w {
			w = p.Width
		}
		b.lines = b.wrap(b.lines[:0], b.face(p.Style), p.Size, w, p.Text, textAt{role: p.Role})
		h += p.Before + p.leading()*float64(len(b.lines)) + p.After
	}
	return h
}

// Keep sets the paragraphs together: if they do not fit in the space left
// on the page, they start on the next one.
func (b *Builder) Keep(ps ...Para) { b.keep(ps) }

// keep is Keep; it reports whether it set the paragraphs.
func (b *Builder) keep(ps []Para) bool {
	if b.err != nil {
		return false
	}
	h := b.Measure(ps...)
	if h > b.Remaining() && !b.AtTop() {
		b.NewPage()
	}
	if h > b.Remaining() {
		b.err = fmt.Errorf("%w: %d paragraphs, %.0f pt high, %.0f pt free", ErrNoRoom, len(ps), h, b.Remaining())
		return false
	}
	for i := range ps {
		b.setPara(&ps[i])
	}
	return b.err == nil
}

// KeepOnLastPage sets, kept together, a block that ends the document and
// states the page it stands on (a certification: «52 pages»). make
// returns the block for a page number: the block goes on the current page
// if it fits there, else on a new page, made again for that page's
// number. It returns the page the block stands on; an error of make is
// returned as it is, while the Builder's own errors wait for Finish.
func (b *Builder) KeepOnLastPage(make func(page int) ([]Para, error)) (int, error) {
	if b.err != nil {
		return b.number, nil
	}
	ps, err := make(b.number)
	if err != nil {
		return 0, err
	}
	if b.Measure(ps...) > b.Remaining() && !b.AtTop() {
		b.NewPage()
		if ps, err = make(b.number); err != nil {
			return 0, err
		}
	}
	b.Keep(ps...)
	return b.number, nil
}
