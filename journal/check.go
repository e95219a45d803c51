package journal

import (
	"errors"
	"time"

	"github.com/msedocs/msedocs/fonts"
	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/calendar"
)

// checker collects the problems of one journal.
type checker struct {
	form    forms.Journal
	section string
	entry   int
	base    int          // number of the entry before the first
	today   calendar.Day // in the department's zone
	fonts   *fonts.Family
	errs    []error
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

// text checks that s can be drawn and, if required, is not empty.
func (c *checker) text(field, s string, required bool) {
	if required && s == "" {
		c.add(field, ErrRequired)
		return
	}
	if err := c.fonts.Check(s); err != nil {
		c.add(field, err)
	}
}

// date checks that t is set (if required) and not in the future.
func (c *checker) date(field string, t time.Time, required bool) {
	switch {
	case t.IsZero():
		if required {
			c.add(field, ErrRequired)
		}
	case calendar.Of(t).After(c.today):
		c.add(field, ErrFutureDate)
	}
}

func (c *checker) count(field string, n int) {
	if n < 0 {
		c.add(field, ErrNegative)
	}
}

// number checks an entry's number: 0 (numbered by position) or the one
// after the entry before it.
func (c *checker) number(no int) {
	if no != 0 && no != c.base+c.entry {
		c.add("no", ErrEntryNumber)
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
	c.text("region.kk", h.Region.KK, false)
	c.text("region.ru", h.Region.RU, false)
	c.text("unit.kk", h.Unit.KK, false)
	c.text("unit.ru", h.Unit.RU, false)
	c.date("started", h.Started, false)
	c.date("ended", h.Ended, false)
	if !h.Started.IsZero() && !h.Ended.IsZero() && calendar.Of(h.Ended).Before(calendar.Of(h.Started)) {
		c.add("ended", ErrDateOrder)
	}
	if cert := h.Certification; cert != nil {
		c.text("certification.deputy_head", cert.DeputyHead, true)
		c.date("certification.date", cert.Date, true)
	}
}

func (c *checker) err() error { return errors.Join(c.errs...) }
