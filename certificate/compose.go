package certificate

import (
	"fmt"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/layout"
)

// Roles of the blocks a document has besides those of package layout.
const (
	roleFormMark  layout.Role = "form-mark"
	roleUnit      layout.Role = "unit"
	roleDuplicate layout.Role = "duplicate"
	roleSerial    layout.Role = "serial"
	roleIssued    layout.Role = "issued"
	roleSignature layout.Role = "signature"
	roleSeal      layout.Role = "seal"
	roleVerify    layout.Role = "verify"
	roleVerifyURL layout.Role = "verify-url"
)

// page is the sheet and type of one paper size.
type page struct {
	top, right, bottom, left float64
	// type sizes: small print, text, the title, table text
	small, text, title, body float64
	// gap is the space above the footer's parts.
	gap float64
	// labelShare is the part of the width the labels take.
	labelShare float64
}

func pageFor(p forms.Paper) page {
	if p == forms.A5 {
		return page{top: 22.7, right: 22.7, bottom: 22.7, left: 34,
			small: 6.5, text: 8, title: 9.5, body: 8, gap: 8, labelShare: 0.5}
	}
	return page{top: 42.5, right: 28.35, bottom: 42.5, left: 56.7,
		small: 8, text: 10, title: 12, body: 10, gap: 12, labelShare: 0.5}
}

// compose lays a validated document out and hands each page to emit. It
// returns the number of pages.
func compose(d Document, r *resolved, emit func(*layout.Page) error) (int, error) {
	ct := d.content()
	if ct.err != nil {
		return 0, ct.err
	}
	form := ct.form
	pg := pageFor(form.Paper)
	w, h := form.Paper.Size()
	b := layout.NewBuilder(layout.Config{
		Width: w, Height: h, Paper: layout.Paper{Name: form.Paper.String()}, Top: pg.top, Right: pg.right, Bottom: pg.bottom, Left: pg.left,
		Fonts: r.set.Fonts, Emit: emit,
	})
	b.Keep(headParas(ct, pg)...)
	fields := fieldSpec(pg, b.ContentWidth())
	open := false
	for _, f := range form.Fields {
		v, ok := ct.values[f.Key]
		if !ok {
			continue
		}
		switch f.Kind {
		case forms.FieldTable:
			if open {
				b.EndTable()
				open = false
			}
			b.BeginTable(itemSpec(form, pg, b.ContentWidth()), layout.Para{
				Role: layout.RoleCaption, Text: f.Label.Stacked(), Style: layout.Bold,
				Size: pg.text, Align: layout.Center, Before: 8, After: 4,
			})
			for i, row := range ct.rows {
				b.Row(layout.RowEntry, i+1, row)
			}
			b.EndTable()
		case forms.FieldLine:
			if !open {
				b.BeginTable(fields)
				open = true
			}
			b.Row(layout.RowEntry, 0, []layout.CellIn{{Text: f.Label.Fill(v.text).Stacked(), Span: 2}})
		default:
			if !open {
				b.BeginTable(fields)
				open = true
			}
			text, typed := v.text.Stacked(), v.typed
			if typed.Kind == layout.ValueText {
				typed.Text = text // a text cell holds what the page prints
			}
			b.Row(layout.RowEntry, 0, []layout.CellIn{
				{Text: f.Label.Stacked()},
				{Text: text, Value: typed, Style: layout.Bold},
			})
		}
	}
	if open {
		b.EndTable()
	}
	fig, ok, err := verifyFigure(ct, r, pg)
	if err != nil {
		return 0, err
	}
	if ok {
		b.KeepBeside(footParas(ct, pg), footHead, fig)
	} else {
		b.Keep(footParas(ct, pg)...)
	}
	n, err := b.Finish()
	if err != nil {
		return n, fmt.Errorf("%s: %w", form.ID, err)
	}
	return n, nil
}

// headParas are the lines above the fields: the form mark, the issuer,
// the title and the series of the blank.
func headParas(ct *content, pg page) []layout.Para {
	form, bk := ct.form, ct.form.Common
	c := func(role layout.Role, t forms.Text, after float64) layout.Para {
		return layout.Para{Role: role, Text: t.Stacked(), Size: pg.small, Align: layout.Center, After: after}
	}
	var ps []layout.Para
	if !bk.FormMark.IsZero() {
		ps = append(ps, layout.Para{Role: roleFormMark, Text: bk.FormMark.Join(), Size: pg.small, Align: layout.Right, After: 4})
	}
	ps = append(ps,
		c(layout.RoleMinistry, bk.Ministry, 3),
		c(layout.RoleDepartment, bk.Department.Fill(ct.issuer.Region), 3),
		c(roleUnit, bk.Unit.Fill(ct.issuer.Unit), pg.gap),
	)
	if ct.duplicate {
		ps = append(ps, layout.Para{Role: roleDuplicate, Text: bk.Duplicate.Join(), Style: layout.Bold, Size: pg.text, Align: layout.Right, After: 4})
	}
	title := form.Title
	if ct.full && !form.FullTitle.IsZero() {
		title = form.FullTitle
	}
	after := pg.gap
	if ct.serial != "" {
		after = 3
	}
	ps = append(ps, layout.Para{Role: layout.RoleTitle, Text: title.Stacked(), Style: layout.Bold, Size: pg.title, Align: layout.Center, After: after})
	if ct.serial != "" {
		ps = append(ps, layout.Para{Role: roleSerial, Text: bk.Serial.Join() + " " + ct.serial, Style: layout.Bold, Size: pg.text + 1, Align: layout.Center, After: pg.gap})
	}
	return ps
}

// footHead is the index of the head's title in footParas: the
// verification code stands level with it (forms.PlaceSignature).
const footHead = 1

// footParas are the date of issue, the head's signature and the seal.
func footParas(ct *content, pg page) []layout.Para {
	bk := ct.form.Common
	p := func(role layout.Role, text string, size, before float64) layout.Para {
		return layout.Para{Role: role, Text: text, Size: size, Before: before}
	}
	return []layout.Para{
		p(roleIssued, bk.IssuedOn.Fill(ct.longDate(ct.date)).Stacked(), pg.text, pg.gap),
		p(roleSignature, bk.Head.Stacked(), pg.text, pg.gap),
		p(roleSignature, bk.SignatureLine+"  "+ct.issuer.Head, pg.text, pg.gap),
		{Role: roleSignature, Text: bk.SignatureHint, Size: pg.small, Indent: 30},
		p(roleSeal, bk.Seal, pg.text, pg.gap*0.75),
	}
}

// fieldSpec is the table of fields: the label beside the value.
func fieldSpec(pg page, width float64) *layout.TableSpec {
	label := width * pg.labelShare
	return &layout.TableSpec{
		Columns:  []layout.Column{{Width: label}, {Width: width - label}},
		BodySize: pg.body, Pad: 2.5, MinRow: layout.Leading*pg.body + 5,
		LinesAsValue: true,
	}
}

// itemSpec is the table of a FieldTable field, with the form's columns.
func itemSpec(form forms.Document, pg page, width float64) *layout.TableSpec {
	spec := &layout.TableSpec{
		HeaderSize: pg.small + 0.5, BodySize: pg.body - 0.5,
		Pad: 3, MinRow: layout.Leading*(pg.body-0.5) + 6, LinesAsValue: true,
	}
	cols := make([]layout.ColumnIn, len(form.Columns))
	for i, c := range form.Columns {
		cols[i] = layout.ColumnIn{Width: c.Width, Align: layout.Left, Caption: c.Caption.Stacked()}
		if c.Kind == forms.KindNumber || c.Kind == forms.KindDate {
			cols[i].Align = layout.Center
		}
	}
	spec.SetColumns(cols, nil, width)
	return spec
}
