package certificate

import (
	"errors"
	"fmt"
	"time"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/calendar"
	"github.com/msedocs/msedocs/internal/check"
)

// checker collects the problems of one document.
type checker struct {
	doc  string
	item int
	errs []error
	// Checker checks texts and dates against the fonts and the day.
	check.Checker
}

func (c *checker) add(field string, err error) {
	c.errs = append(c.errs, problemAt(c.doc, c.item, field, err))
}

func (c *checker) err() error { return errors.Join(c.errs...) }

// bilingual checks both languages of t.
func (c *checker) bilingual(field string, t forms.Text, required bool) {
	c.Text(field+".kk", t.KK, required)
	c.Text(field+".ru", t.RU, required)
}

// day drops the time of day: documents deal in calendar dates.
func day(t time.Time) time.Time { return calendar.Of(t).Time() }

// notAfter reports ErrDateOrder on field if t is after limit (both set).
func (c *checker) notAfter(field string, t, limit time.Time) {
	if !t.IsZero() && !limit.IsZero() && day(t).After(day(limit)) {
		c.add(field, ErrDateOrder)
	}
}

// known checks a value of a closed list.
func (c *checker) known(field string, ok, empty bool) {
	switch {
	case empty:
		c.add(field, ErrRequired)
	case !ok:
		c.add(field, ErrUnknownValue)
	}
}

// issue checks what every document says of its issue.
func (c *checker) issue(iss *Issuer, date time.Time) {
	c.bilingual("issuer.region", iss.Region, true)
	c.bilingual("issuer.unit", iss.Unit, true)
	c.Text("issuer.head", iss.Head, true)
	c.Date("date", date, true)
}

// person checks the person's data, the IIN against the date of birth
// and the sex, and that the person was born by the date of issue.
func (c *checker) person(p *Person, issued time.Time, needAddress bool) {
	c.Text("full_name", p.FullName, true)
	c.Date("birth_date", p.BirthDate, true)
	c.notAfter("birth_date", p.BirthDate, issued)
	_, okSex := p.Sex.Label()
	c.known("sex", okSex, p.Sex == "")
	c.Text("address", p.Address, needAddress)
	if p.IIN == "" {
		c.add("iin", ErrRequired)
		return
	}
	id, err := ParseIIN(p.IIN)
	if err != nil {
		c.add("iin", err)
		return
	}
	if !p.BirthDate.IsZero() && !day(p.BirthDate).Equal(id.BirthDate) {
		c.add("iin", ErrIINBirthDate)
	}
	if okSex && p.Sex != id.Sex {
		c.add("iin", ErrIINSex)
	}
}

// serial checks the series and number of a blank: the series letters or
// digits, the number digits.
func (c *checker) serial(field string, s Serial) {
	c.Text(field+".series", s.Series, true)
	for _, r := range s.Series {
		if r == ' ' || r == '№' {
			c.add(field+".series", ErrFormat)
			break
		}
	}
	if s.Number == "" {
		c.add(field+".number", ErrRequired)
		return
	}
	for _, r := range s.Number {
		if r < '0' || r > '9' {
			c.add(field+".number", ErrFormat)
			return
		}
	}
}

// ref checks a reference to another document, which must be dated no
// later than limit.
func (c *checker) ref(field string, r Ref, limit time.Time) {
	c.Text(field+".number", r.Number, true)
	c.Date(field+".date", r.Date, true)
	c.notAfter(field+".date", r.Date, limit)
}

// percent checks that p is within [lo, hi].
func (c *checker) percent(field string, p Percent, lo, hi int) {
	if int(p) < lo || int(p) > hi {
		c.add(field, fmt.Errorf("%w: want %d to %d per cent", ErrRange, lo, hi))
	}
}

// period checks a term: the term on the list, the end date for every term
// but the indefinite one, and the order start ≤ issue < end.
func (c *checker) period(p Period, issued time.Time) {
	_, ok := p.Term.Label()
	c.known("term", ok, p.Term == "")
	c.Date("from", p.From, true)
	c.notAfter("from", p.From, issued)
	switch {
	case p.Term == forms.TermIndefinite:
		if !p.Until.IsZero() {
			c.add("until", ErrNotApplicable)
		}
	case p.Until.IsZero():
		c.add("until", ErrRequired)
	case !issued.IsZero() && !day(p.Until).After(day(issued)):
		c.add("until", ErrDateOrder)
	}
}

// age returns the full years from birth to at.
func age(birth, at time.Time) int {
	y := at.Year() - birth.Year()
	if at.Month() < birth.Month() || (at.Month() == birth.Month() && at.Day() < birth.Day()) {
		y--
	}
	return y
}

// Ages that divide the groups (Order No. 260, Ch. 2 §1): the category
// «ребенок с инвалидностью» before 7, a child's group from 7 to 18, an
// adult's group from 18.
const (
	childAge = 7
	adultAge = 18
)

// groupAge checks a disability group and cause against the person's age
// on the date of issue.
func (c *checker) groupAge(g forms.Group, cause forms.Cause, term forms.Term, birth, issued time.Time) {
	if birth.IsZero() || issued.IsZero() || calendar.Of(birth).After(calendar.Of(issued)) {
		return
	}
	a := age(birth, issued)
	adult := a >= adultAge
	switch g {
	case forms.GroupChild:
		if a >= childAge {
			c.add("group", ErrAge)
		}
	case forms.GroupChildI, forms.GroupChildII, forms.GroupChildIII:
		if a < childAge || adult {
			c.add("group", ErrAge)
		}
	case forms.GroupI, forms.GroupII, forms.GroupIII:
		if !adult {
			c.add("group", ErrAge)
		}
	}
	switch cause {
	case forms.CauseChildUnder7:
		if a >= childAge {
			c.add("cause", ErrAge)
		}
	case forms.CauseChild7to18:
		if a < childAge || adult {
			c.add("cause", ErrAge)
		}
	case forms.CauseSinceChildhood:
		if !adult {
			c.add("cause", ErrAge)
		}
	}
	if term == forms.TermIndefinite && !adult {
		c.add("term", ErrAge)
	}
}

// professionalCause checks a cause of lost professional working
// capacity: forms.ProfessionalCauses.
func (c *checker) professionalCause(cause forms.Cause) {
	ok := false
	for _, o := range forms.ProfessionalCauses() {
		if o.ID == string(cause) {
			ok = true
		}
	}
	c.known("cause", ok, cause == "")
}
