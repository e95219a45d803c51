package certificate

import (
	"strconv"
	"time"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/calendar"
	"github.com/msedocs/msedocs/internal/layout"
)

// Rehab is what an extract from a part of the individual rehabilitation
// programme (ИПР) holds. SocialRehab and ProfessionalRehab are the two
// documents made of it. A person disabled by a work injury or an
// occupational disease receives the whole part instead of an extract
// (Order No. 60, standard item 5): the document is then titled as the
// part itself.
type Rehab struct {
	// Issuer is the department that issues the extract.
	Issuer Issuer
	// Date is the date of issue.
	Date time.Time
	// Person is the person with a disability.
	Person Person
	// Group and Cause are the disability the programme was developed for;
	// the group must fit the person's age.
	Group forms.Group
	// Cause is the cause of the disability (forms.Causes).
	Cause forms.Cause
	// Program is the programme's number and date, when known.
	Program Ref
	// Measures are the measures of the part, at least one.
	Measures []Measure
}

// SocialRehab is the extract from the social part of the ИПР,
// «Выписка из социальной части индивидуальной программы реабилитации
// инвалида» (forms.SocialRehabExtract). It is not registered in a journal.
type SocialRehab Rehab

// ProfessionalRehab is the extract from the professional part of the
// ИПР, «Выписка из профессиональной части индивидуальной программы
// реабилитации инвалида» (forms.ProfessionalRehabExtract). It is not
// registered in a journal.
type ProfessionalRehab Rehab

// Form returns forms.SocialRehabExtract().
func (d *SocialRehab) Form() forms.Document { return forms.SocialRehabExtract() }

func (d *SocialRehab) check(c *checker)  { (*Rehab)(d).check(c) }
func (d *SocialRehab) content() *content { return (*Rehab)(d).content(d.Form()) }
func (d *SocialRehab) record(*Journals)  {}

// Full reports whether the whole social part is issued rather than an
// extract (see Rehab.Full).
func (d *SocialRehab) Full() bool { return (*Rehab)(d).Full() }

// Form returns forms.ProfessionalRehabExtract().
func (d *ProfessionalRehab) Form() forms.Document { return forms.ProfessionalRehabExtract() }

func (d *ProfessionalRehab) check(c *checker)  { (*Rehab)(d).check(c) }
func (d *ProfessionalRehab) content() *content { return (*Rehab)(d).content(d.Form()) }
func (d *ProfessionalRehab) record(*Journals)  {}

// Full reports whether the whole professional part is issued rather than
// an extract (see Rehab.Full).
func (d *ProfessionalRehab) Full() bool { return (*Rehab)(d).Full() }

// Full reports whether the whole part is issued rather than an extract:
// for disability caused by a work injury or an occupational disease.
func (d *Rehab) Full() bool {
	return d.Cause == forms.CauseWorkInjury || d.Cause == forms.CauseOccupationalDisease
}

func (d *Rehab) check(c *checker) {
	c.issue(&d.Issuer, d.Date)
	c.person(&d.Person, d.Date, false)
	_, ok := d.Group.Label()
	c.known("group", ok, d.Group == "")
	_, ok = d.Cause.Label()
	c.known("cause", ok, d.Cause == "")
	c.groupAge(d.Group, d.Cause, "", d.Person.BirthDate, d.Date)
	if !d.Program.IsZero() {
		c.ref("program", d.Program, d.Date)
	}
	if len(d.Measures) == 0 {
		c.add("measures", ErrRequired)
	}
	for i, m := range d.Measures {
		f := "measures." + strconv.Itoa(i+1) + "."
		c.Text(f+"name", m.Name, true)
		c.Text(f+"executor", m.Executor, true)
		if m.Until.IsZero() {
			c.add(f+"until", ErrRequired)
		} else if day(m.Until).Before(day(d.Date)) {
			c.add(f+"until", ErrDateOrder)
		}
	}
}

func (d *Rehab) content(form forms.Document) *content {
	ct := newContent(form, d.Issuer, d.Date)
	ct.full = d.Full()
	ct.ident = &Serial{Number: d.Program.Number} // the programme's number
	ct.person(&d.Person)
	ct.label("group", d.Group)
	ct.label("cause", d.Cause)
	ct.ref("program", d.Program)
	ct.statement("measures")
	for i, m := range d.Measures {
		n := i + 1
		ct.rows = append(ct.rows, []layout.CellIn{
			{Text: strconv.Itoa(n), Value: layout.Value{Kind: layout.ValueInt, Int: n}, Align: layout.Center},
			{Text: m.Name, Value: layout.Value{Kind: layout.ValueText, Text: m.Name}},
			{Text: m.Until.Format(calendar.Printed), Value: layout.Value{Kind: layout.ValueDate, Date: day(m.Until)}, Align: layout.Center},
			{Text: m.Executor, Value: layout.Value{Kind: layout.ValueText, Text: m.Executor}},
		})
	}
	return ct
}
