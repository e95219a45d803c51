package journal

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/msedocs/msedocs/forms"
)

// Errors of the header read back.
var (
	// ErrUnreadable: a header cell is not in the form's wording, so the
	// fields it holds cannot be read from it.
	ErrUnreadable = errors.New("not in the form's wording, cannot be read")
	// ErrMissingLine: a line of the form's header is not on the sheet.
	ErrMissingLine = errors.New("the form's line is missing")
)

// headerLine is one of the header's lines above the table: what it
// holds, for errors, and whether it was found.
type headerLine struct {
	fields string
	found  bool
	row    int
}

// header reads the department, title, dates and certification lines.
// A line that is edited out of the form's wording, or missing, is a
// *CellError naming its cell (or where it should be) and its fields.
func (rd *reader) header(tables []table, h *Header) {
	lines := [3]headerLine{{fields: "region"}, {fields: "unit"}, {fields: "started, ended"}}
	var other []para
	top := tables[0]
	for _, t := range tables {
		for _, p := range paras(t.g, 1, t.numbers-rd.levels()-1) {
			if i := rd.headerPara(p, h); i >= 0 {
				if !lines[i].found {
					top = t
				}
				lines[i].found, lines[i].row = true, p.row
			} else if !rd.knownPara(p) {
				other = append(other, p)
			}
		}
	}
	for i, l := range lines {
		if l.found {
			continue
		}
		after, before := 0, top.numbers
		for k := range lines {
			if k < i && lines[k].found {
				after = lines[k].row
			}
			if k > i && lines[k].found && before == top.numbers {
				before = lines[k].row
			}
		}
		err := &CellError{Sheet: top.g.name, Cell: cellName(1, after+1), Field: l.fields, Err: ErrMissingLine}
		for k, p := range other {
			if p.g == top.g && p.row > after && p.row < before {
				err.Cell, err.Err = cellName(1, p.row), ErrUnreadable
				other = other[k+1:] // each line in its own cell
				break
			}
		}
		rd.errs = append(rd.errs, err)
	}
	rd.certification(tables, h)
}

// levels is how many rows of captions stand above the column numbers.
func (rd *reader) levels() int {
	if len(rd.form.Groups) > 0 {
		return 2
	}
	return 1
}

// knownPara reports whether p is a line of the form with nothing to
// read: the ministry, a section's caption.
func (rd *reader) knownPara(p para) bool {
	if p.text == joinSlots(rd.form.Book.Ministry) || p.text == norm(rd.form.Book.Ministry.Stacked()) {
		return true
	}
	for _, s := range rd.form.Sections {
		for _, c := range []string{s.Caption.Stacked(), s.Caption.RU, s.Caption.KK} {
			if c = squeeze(c); c != "" && strings.Contains(squeeze(p.text), c) {
				return true
			}
		}
	}
	return false
}

// headerPara reads p as the department (0), title (1) or dates (2)
// line, and returns which; -1 if it is none of them.
func (rd *reader) headerPara(p para, h *Header) int {
	form, bk := rd.form, rd.form.Book
	if v, ok := matchSlots(p.text, joinSlots(bk.Department)); ok && len(v) == 2 {
		h.Region = forms.Text{KK: unblank(v[0]), RU: unblank(v[1])}
		rd.note(p, "region.kk", "region.ru")
		return 0
	}
	if v, ok := matchSlots(p.text, joinSlots(form.Title)); ok {
		kk := strings.Count(form.Title.KK, forms.Slot)
		if kk > 0 && len(v) > 0 {
			h.Unit.KK = unblank(v[0])
		}
		if len(v) > kk {
			h.Unit.RU = unblank(v[kk])
		}
		rd.note(p, "unit.kk", "unit.ru")
		return 1
	}
	dates := forms.Text{KK: bk.Started.KK + " " + bk.Ended.KK, RU: bk.Started.RU + " " + bk.Ended.RU}
	if v, ok := matchSlots(p.text, joinSlots(dates)); ok && len(v) == 4 {
		rd.note(p, "started", "ended")
		h.Started = rd.longDate(p, "started", v[2], v[0])
		h.Ended = rd.longDate(p, "ended", v[3], v[1])
		return 2
	}
	return -1
}

// certification reads the signature and date of the certification
// below the tables. A date typed as digits reads too; a date line in
// no form's wording is a *CellError at its cell.
func (rd *reader) certification(tables []table, h *Header) {
	c := rd.form.Book.Certification
	var cert Certification
	for _, t := range tables {
		ps := paras(t.g, t.numbers+1, len(t.g.rows))
		for i, p := range ps {
			if p.text == norm(c.Signer.Stacked()) && i+1 < len(ps) {
				sig := ps[i+1]
				rd.note(sig, "certification.deputy_head")
				cert.DeputyHead = strings.TrimSpace(strings.TrimRight(sig.text, "_ "))
				if i+3 < len(ps) {
					// Where the date stands, until it is found.
					rd.note(ps[i+3], "certification.date")
				}
				continue
			}
			if p.text == norm(c.DateBlank) {
				rd.note(p, "certification.date")
				continue
			}
			v, ok := matchSlots(p.text, norm(c.Date))
			if !ok || len(v) != 1 {
				if d, err := time.Parse("2.1.2006", p.text); err == nil {
					rd.note(p, "certification.date")
					cert.Date = d
				}
				continue
			}
			rd.note(p, "certification.date")
			if d, ok := certDate(rd.form.Book, v[0]); ok {
				cert.Date = d
			} else {
				rd.headerFail(p, "certification.date", ErrBadDate)
			}
		}
	}
	if cert.DeputyHead != "" || !cert.Date.IsZero() {
		h.Certification = &cert
	}
}

// joinSlots is a bilingual template as a paragraph shows it, white space
// collapsed.
func joinSlots(t forms.Text) string { return norm(t.KK + " " + t.RU) }

// unblank reads the ruled blank as empty.
func unblank(s string) string {
	if s == forms.Blank {
		return ""
	}
	return s
}

// matchSlots matches text against tmpl, in which each forms.Slot stands
// for a value, and returns the values in order.
func matchSlots(text, tmpl string) ([]string, bool) {
	parts := strings.Split(tmpl, forms.Slot)
	if len(parts) == 1 {
		return nil, text == tmpl
	}
	if !strings.HasPrefix(text, parts[0]) {
		return nil, false
	}
	pos := len(parts[0])
	var vals []string
	for i := 1; i < len(parts); i++ {
		lit := parts[i]
		at := -1
		if i == len(parts)-1 {
			if strings.HasSuffix(text[pos:], lit) {
				at = len(text) - len(lit)
			}
		} else if k := strings.Index(text[pos:], lit); k >= 0 && lit != "" {
			at = pos + k
		}
		if at < pos {
			return nil, false
		}
		vals = append(vals, strings.TrimSpace(text[pos:at]))
		pos = at + len(lit)
	}
	return vals, true
}

// longDate reads a started/ended date: the Russian or the Kazakh long
// form, or dd.mm.yyyy typed in; the form's blank reads as zero.
func (rd *reader) longDate(p para, field, ru, kk string) time.Time {
	bk := rd.form.Book
	if ru == norm(bk.BlankDate.RU) && kk == norm(bk.BlankDate.KK) {
		return time.Time{}
	}
	tmpl := forms.LongDate()
	for _, c := range [][2]string{{ru, tmpl.RU}, {kk, tmpl.KK}} {
		if v, ok := matchDate(c[0], c[1]); ok {
			if t, ok := dayMonthYear(bk, v[forms.SlotDay], v[forms.SlotMonth], v[forms.SlotYear]); ok {
				return t
			}
		} else if t, ok := parseDate(c[0]); ok {
			return t
		}
	}
	rd.headerFail(p, field, ErrBadDate)
	return time.Time{}
}

// matchDate matches text against a template of forms.LongDate word by
// word, and returns the day, month and year that stand in its slots.
func matchDate(text, tmpl string) (map[string]string, bool) {
	tf, wf := strings.Fields(text), strings.Fields(tmpl)
	if len(tf) != len(wf) {
		return nil, false
	}
	vals := map[string]string{}
	for i, w := range wf {
		slot := ""
		for _, s := range []string{forms.SlotDay, forms.SlotMonth, forms.SlotYear} {
			if strings.Contains(w, s) {
				slot = s
			}
		}
		if slot == "" {
			if tf[i] != w {
				return nil, false
			}
			continue
		}
		pre, post, _ := strings.Cut(w, slot)
		v, okPre := strings.CutPrefix(tf[i], pre)
		v, okPost := strings.CutSuffix(v, post)
		if !okPre || !okPost || v == "" {
			return nil, false
		}
		vals[slot] = v
	}
	return vals, len(vals) == 3
}

// certDate reads the certification's date: «06» қаңтар/января 2025.
func certDate(bk forms.Book, s string) (time.Time, bool) {
	f := strings.Fields(s)
	if len(f) != 3 {
		if t, ok := parseDate(s); ok {
			return t, true
		}
		return time.Time{}, false
	}
	kk, ru, _ := strings.Cut(f[1], "/")
	if t, ok := dayMonthYear(bk, f[0], ru, f[2]); ok {
		return t, true
	}
	return dayMonthYear(bk, f[0], kk, f[2])
}

// dayMonthYear reads «09», a month's name in either language and a year.
func dayMonthYear(bk forms.Book, day, month, year string) (time.Time, bool) {
	d, err1 := strconv.Atoi(strings.Trim(day, "«»\""))
	y, err2 := strconv.Atoi(year)
	if err1 != nil || err2 != nil {
		return time.Time{}, false
	}
	for i, m := range bk.Months {
		if month == m.RU || month == m.KK {
			t := time.Date(y, time.Month(i+1), d, 0, 0, 0, 0, time.UTC)
			if t.Day() != d {
				return time.Time{}, false
			}
			return t, true
		}
	}
	return time.Time{}, false
}
