package journal

import (
	"time"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/layout"
)

// source is what every journal hands to validation and layout: its form,
// header and sections of entries.
type source struct {
	form     forms.Journal
	header   *Header
	sections []section
}

// section is one table of entries.
type section struct {
	// spec is the form's section (journal 1); nil for a single table.
	spec *forms.Section
	// opening is the opening balance (journal 1 only).
	opening    int
	hasOpening bool
	// len is the number of entries.
	len int
	// cells appends the cells of entry i to dst. It is called for i = 0,
	// 1, … in order, so it may carry a running balance.
	cells func(i int, lang Language, dst []layout.CellIn) []layout.CellIn
	// check validates entry i (c.entry is i+1) and returns its date.
	check func(i int, c *checker) time.Time
}

// entry is implemented by the entry types of journals 2–6.
type entry interface {
	cells(lang Language, dst []layout.CellIn) []layout.CellIn
	check(c *checker)
	date() time.Time
}

// entrySection makes the section of a journal with one table.
func entrySection[E entry](es []E) section {
	return section{
		len:   len(es),
		cells: func(i int, lang Language, dst []layout.CellIn) []layout.CellIn { return es[i].cells(lang, dst) },
		check: func(i int, c *checker) time.Time { es[i].check(c); return es[i].date() },
	}
}

// validate checks a journal against the fonts and clock of r.
func (s *source) validate(r *resolved) error {
	c := &checker{form: s.form, now: r.Now, fonts: r.fonts}
	c.header(s.header)
	for _, sec := range s.sections {
		c.section = ""
		if sec.spec != nil {
			c.section = sec.spec.ID
		}
		c.entry = 0
		if sec.hasOpening && sec.opening < 0 {
			c.add("opening", ErrNegative)
		}
		var prev time.Time
		for i := 0; i < sec.len; i++ {
			c.entry = i + 1
			d := sec.check(i, c)
			c.order(s.header, prev, d)
			if !d.IsZero() {
				prev = d
			}
		}
	}
	return c.err()
}
