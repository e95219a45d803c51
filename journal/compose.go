package journal

import (
	"fmt"
	"strconv"
	"time"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/layout"
	"github.com/msedocs/msedocs/internal/numwords"
)

// A4 in points, and the margins of a bound book: a wider left margin for
// the binding, the page number in the bottom margin.
const (
	a4Short = forms.A4Short
	a4Long  = forms.A4Long

	marginLeft   = 56.7 // 20 mm
	marginRight  = 28.35
	marginTop    = 34
	marginBottom = 42.5
)

// sizes are the type sizes of one orientation.
type sizes struct {
	text, title, caption, header, numbers, body, small float64
}

func sizesFor(o forms.Orientation) sizes {
	if o == forms.Landscape {
		return sizes{text: 9.5, title: 11, caption: 10, header: 7, numbers: 7, body: 8, small: 7.5}
	}
	return sizes{text: 9.5, title: 11, caption: 10, header: 8, numbers: 7.5, body: 9, small: 7.5}
}

func pageConfig(form forms.Journal) layout.Config {
	w, h := a4Short, a4Long
	if form.Orientation == forms.Landscape {
		w, h = h, w
	}
	return layout.Config{
		Width: w, Height: h, Paper: paperOf(form),
		Top: marginTop, Right: marginRight, Bottom: marginBottom, Left: marginLeft,
		PageLabel: form.Book.Page.Join(), FooterSize: 8,
	}
}

// titleParas are the lines of the first page above the table.
func titleParas(form forms.Journal, h *Header, sz sizes, volume string) []layout.Para {
	bk := form.Book
	dep := bk.Department.Fill(h.Region)
	title := form.Title.Fill(h.Unit)
	c := func(role layout.Role, text string, style layout.Style, size, after float64) layout.Para {
		return layout.Para{Role: role, Text: text, Style: style, Size: size, Align: layout.Center, After: after}
	}
	ps := []layout.Para{
		c(layout.RoleMinistry, bk.Ministry.Stacked(), layout.Regular, sz.text, 4),
		c(layout.RoleDepartment, dep.Stacked(), layout.Regular, sz.text, 10),
		c(layout.RoleTitle, title.Stacked(), layout.Bold, sz.title, 6),
	}
	if volume != "" {
		ps = append(ps, c(layout.RoleVolume, volume, layout.Bold, sz.caption, 6))
	}
	date := func(tmpl forms.Text, t time.Time) forms.Text {
		if t.IsZero() {
			return tmpl.Fill(bk.BlankDate)
		}
		return tmpl.Fill(longDate(bk, t))
	}
	started, ended := date(bk.Started, h.Started), date(bk.Ended, h.Ended)
	ps = append(ps, layout.Para{
		Role: layout.RoleDates, Size: sz.text, Align: layout.Right, After: 10,
		Text: started.KK + "\n" + ended.KK + "\n" + started.RU + "\n" + ended.RU,
	})
	return ps
}

// tableSpec turns the form's columns into the layout's table.
func tableSpec(form forms.Journal, sz sizes, width float64) *layout.TableSpec {
	spec := &layout.TableSpec{
		Numbers:    true,
		HeaderSize: sz.header, NumberSize: sz.numbers, BodySize: sz.body,
		Pad: 2, MinRow: layout.Leading*sz.body + 4, BlankRow: 20,
		Continued: func(n int) string {
			s := strconv.Itoa(n)
			return form.Book.Continued.Fill(forms.Text{KK: s, RU: s}).Join()
		},
	}
	cols := make([]layout.ColumnIn, len(form.Columns))
	for i, c := range form.Columns {
		cols[i] = layout.ColumnIn{Width: c.Width, Align: layout.Left, Caption: c.Caption.Stacked()}
		switch c.Kind {
		case forms.KindNumber, forms.KindDate, forms.KindCount, forms.KindBalance:
			cols[i].Align = layout.Center
		}
	}
	var groups []layout.GroupIn
	for _, g := range form.Groups {
		groups = append(groups, layout.GroupIn{First: g.First - 1, Last: g.Last - 1, Caption: g.Caption.Stacked()})
	}
	spec.SetColumns(cols, groups, width)
	return spec
}

// pageCount writes a page count as the certification wants it: «52 (елу
// екі / пятьдесят два) бет/листа».
func pageCount(c forms.Certification, n int) (string, error) {
	words, err := numwords.Bilingual(n)
	if err != nil {
		return "", err
	}
	ru := numwords.RussianPlural(n, c.SheetOne, c.SheetFew, c.SheetMany)
	return fmt.Sprintf("%d (%s) %s/%s", n, words, c.SheetKK, ru), nil
}

// certParas are the instruction, the certification block with the page
// count (0: left blank) and the closing note.
func certParas(form forms.Journal, h *Header, sz sizes, pages int) ([]layout.Para, error) {
	bk := form.Book
	c := bk.Certification
	count := c.CountBlank
	if pages > 0 {
		var err error
		if count, err = pageCount(c, pages); err != nil {
			return nil, err
		}
	}
	signature, date := "____________________________________", c.DateBlank
	if cert := h.Certification; cert != nil {
		signature = cert.DeputyHead + " ____________________"
		m := bk.Months[cert.Date.Month()-1]
		date = forms.Text{KK: c.Date}.Fill(forms.Text{
			KK: fmt.Sprintf("«%s» %s/%s %d", cert.Date.Format("02"), m.KK, m.RU, cert.Date.Year()),
		}).KK
	}
	const width = 340
	p := func(text string, size, before float64) layout.Para {
		return layout.Para{Role: layout.RoleCertification, Text: text, Size: size, Width: width, Before: before}
	}
	return []layout.Para{
		{Role: layout.RoleInstruction, Text: bk.Instruction.Stacked(), Size: sz.small + 1, Before: 12, After: 8},
		p(c.Heading.Stacked(), sz.text, 0),
		p(count, sz.text, 4),
		p(c.CountHint, sz.small, 0),
		p(c.Signer.Stacked(), sz.text, 6),
		p(signature, sz.text, 4),
		p(c.SignatureHint.Stacked(), sz.small, 0),
		p(date, sz.text, 6),
		p(c.Seal, sz.text, 6),
		{Role: layout.RoleNote, Text: bk.ClosingNote.Stacked(), Size: sz.small + 1, Before: 12},
	}, nil
}

// compose lays a journal out page by page and hands each page to emit.
// blank > 0 sets a blank journal of exactly that many pages. It returns
// the number of pages.
func compose(src *source, r *resolved, blank int, emit func(*layout.Page) error) (int, error) {
	form := src.form
	sz := sizesFor(form.Orientation)
	cfg := pageConfig(form)
	cfg.Fonts = r.set.Fonts
	cfg.Emit = emit
	b := layout.NewBuilder(cfg)
	b.Keep(titleParas(form, src.header, sz, "")...)
	c := newComposer(src, r, b.ContentWidth())
	c.b, c.blank = b, blank
	c.shares = layout.ShareBlank(blank, len(src.sections))
	if blank > 0 {
		setInputs(c.spec, form.ID, r.Language)
		ps, err := certParas(form, src.header, sz, blank)
		if err != nil {
			return 0, err
		}
		c.reserve = b.Measure(ps...)
	}
	for si := range src.sections {
		if err := c.section(si); err != nil {
			return 0, err
		}
	}
	return closeJournal(b, form, src.header, sz, blank)
}

// closeJournal sets the certification, which states the page it ends on
// (a blank journal's number of pages, else the page the certification
// lands on), and finishes the last page. It returns the number of pages.
func closeJournal(b *layout.Builder, form forms.Journal, h *Header, sz sizes, blank int) (int, error) {
	pages, err := b.KeepOnLastPage(func(page int) ([]layout.Para, error) {
		if blank > 0 {
			page = blank
		}
		return certParas(form, h, sz, page)
	})
	if err != nil {
		return 0, err
	}
	if blank > 0 {
		pages = blank
	}
	n, err := b.Finish()
	if err != nil {
		return n, fmt.Errorf("%s: %w", form.ID, err)
	}
	if n != pages {
		return n, fmt.Errorf("%s: %w: laid out %d pages, certification states %d", form.ID, ErrPageCount, n, pages)
	}
	return n, nil
}

// composer lays out the sections of one journal (or volume).
type composer struct {
	src     *source
	r       *resolved
	b       *layout.Builder
	sz      sizes
	spec    *layout.TableSpec
	blank   int                 // pages of a blank journal; 0 for a filled one
	shares  []layout.BlankShare // a blank journal's pages, a section each
	reserve float64             // room the certification needs on a blank's last page
	cells   []layout.CellIn
}

// newComposer returns a composer of src's form for a body of the given
// width, with no Builder yet.
func newComposer(src *source, r *resolved, width float64) *composer {
	form := src.form
	sz := sizesFor(form.Orientation)
	return &composer{src: src, r: r, sz: sz,
		spec:  tableSpec(form, sz, width),
		cells: make([]layout.CellIn, 0, len(form.Columns))}
}

// section lays out section si: its caption, table, opening balance and
// entries, or ruled rows for a blank journal.
func (c *composer) section(si int) error {
	b, form, sec := c.b, c.src.form, c.src.sections[si]
	var share layout.BlankShare
	if c.blank > 0 {
		share = c.shares[si]
	}
	if si > 0 {
		b.StartSection(share.First)
	}
	b.BeginTable(c.spec, c.sectionLead(sec, share.First, share.Last)...)
	if sec.spec != nil && !sec.spec.Opening.IsZero() {
		// A blank journal leaves the opening balance to be written in.
		balance := layout.CellIn{}
		if c.blank == 0 {
			balance = countCell(sec.opening)
		}
		b.Row(layout.RowOpening, 0, []layout.CellIn{
			{Text: sec.spec.Opening.Join(), Span: len(form.Columns) - 1, Align: layout.Right},
			balance,
		})
	}
	if c.blank > 0 {
		res := 0.0
		if si == len(c.src.sections)-1 {
			res = c.reserve
		}
		b.FillBlank(share.Last, res, share.MaxRows)
	} else if err := c.entries(sec); err != nil {
		return err
	}
	b.EndTable()
	return nil
}

// sectionLead returns the paragraphs above a section's table: its
// caption and, in a blank journal, the pages it fills.
func (c *composer) sectionLead(sec section, first, last int) []layout.Para {
	if sec.spec == nil {
		return nil
	}
	lead := []layout.Para{{
		Role: layout.RoleCaption, Text: sec.spec.Caption.Stacked(), Style: layout.Bold,
		Size: c.sz.caption, Align: layout.Center, After: 2,
	}}
	if c.blank > 0 {
		lead = append(lead, layout.Para{
			Role: layout.RoleCaption, Text: forms.Text{RU: sec.spec.Pages}.Fill(forms.Text{RU: fmt.Sprintf("%d - %d", first, last)}).RU,
			Size: c.sz.text, Align: layout.Center, After: 4,
		})
	}
	return lead
}

// entries lays out a section's entries, numbered by position unless an
// entry gives its number.
func (c *composer) entries(sec section) error {
	n := 0
	for e, err := range sec.entries() {
		if err != nil {
			return fmt.Errorf("%s: entry %d: %w", c.src.form.ID, n+1, streamErr(err))
		}
		n++
		num := c.row(e, n)
		c.b.Row(layout.RowEntry, num, c.cells)
		if c.b.Err() != nil {
			break
		}
	}
	return nil
}

// row makes the cells of entry e at position pos (from 1, counting the
// volumes before) into c.cells and returns its number: as given, else
// its position. A journal and its volumes (binding) both number
// entries here.
func (c *composer) row(e row, pos int) int {
	num := pos
	if k := e.no(); k > 0 {
		num = k
	}
	c.cells = e.cells(c.r.Language, c.cells[:0])
	c.cells[0] = countCell(num)
	return num
}
