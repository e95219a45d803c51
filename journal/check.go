package journal

import (
	"errors"
	"time"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/calendar"
	"github.com/msedocs/msedocs/internal/check"
)

// checker collects the problems of one journal.
type checker struct {
	form    forms.Journal
	section string
	entry   int
	// last is the number the entry before has, or stands in for; odd
	// the number of an entry out of sequence just before, 0 if none.
	last, odd int
	errs      []error
	// Checker checks texts and dates against the fonts and the day.
	check.Checker
	// problem makes the error of a field; it is problemAt, given when
	// the checker is made so that the field tables, which call add, do
	// not depend on the codecs that are made from them.
	problem func(form, section string, entry, column int, field string, err error) *ValidationError
}

func (c *checker) add(field string, err error) {
	col := 0
	if c.entry > 0 {
		for _, fc := range c.form.Columns {
			if fc.Key == field {
				col = fc.Num
				break
			}
		}
	}
	c.errs = append(c.errs, c.problem(c.form.ID, c.section, c.entry, col, field, err))
}

func (c *checker) count(field string, n int) {
	if n < 0 {
		c.add(field, ErrNegative)
	}
}

// number checks an entry's number: 0 (numbered by position) or the one
// after the entry before it. A row inserted or deleted is one problem,
// not one at every entry after it: after an entry out of sequence, the
// next may follow it (entries deleted before it), repeat the number
// expected (an entry inserted), or follow the entry before (a typo).
func (c *checker) number(no int) {
	switch {
	case no == 0 || no == c.last+1:
		c.last, c.odd = c.last+1, 0
	case c.odd != 0 && no == c.odd+1:
		c.last, c.odd = no, 0
	case c.odd != 0 && no == c.last:
		c.odd = 0
	default:
		c.add("no", ErrEntryNumber)
		c.last, c.odd = c.last+1, no
	}
}

// order checks that an entry is not dated before the previous one, nor
// outside the journal's dates.
func (c *checker) order(h *Header, prev, date time.Time) {
	if date.IsZero() {
		return
	}
	d := calendar.Of(date)
	if !prev.IsZero() && d.Before(calendar.Of(prev)) {
		c.add("date", ErrDateOrder)
		return
	}
	if !h.Started.IsZero() && d.Before(calendar.Of(h.Started)) {
		c.add("date", ErrDateOrder)
		return
	}
	if !h.Ended.IsZero() && d.After(calendar.Of(h.Ended)) {
		c.add("date", ErrDateOrder)
	}
}

// header checks the journal's own fields.
func (c *checker) header(h *Header) {
	c.entry, c.section = 0, ""
	c.Text("region.kk", h.Region.KK, false)
	c.Text("region.ru", h.Region.RU, false)
	c.Text("unit.kk", h.Unit.KK, false)
	c.Text("unit.ru", h.Unit.RU, false)
	c.Date("started", h.Started, false)
	c.Date("ended", h.Ended, false)
	if !h.Started.IsZero() && !h.Ended.IsZero() && calendar.Of(h.Ended).Before(calendar.Of(h.Started)) {
		c.add("ended", ErrDateOrder)
	}
	if cert := h.Certification; cert != nil {
		c.Text("certification.deputy_head", cert.DeputyHead, true)
		c.Date("certification.date", cert.Date, true)
	}
}

func (c *checker) err() error { return errors.Join(c.errs...) }
