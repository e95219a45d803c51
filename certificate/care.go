package certificate

import (
	"strconv"
	"strings"
	"time"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/layout"
	"github.com/msedocs/msedocs/journal"
)

// CareConclusion is the conclusion on the injured worker's need for
// additional kinds of help and care, «Зардап шеккен жұмыскердің қосымша
// көмек түрлеріне және күтімге мұқтаждығы туралы қорытынды» / «Заключение о
// нуждаемости пострадавшего работника в дополнительных видах помощи и
// уходе» (forms.CareConclusion). It has a series and number and is
// registered in journal 5.
type CareConclusion struct {
	// Issuer is the department that issues the conclusion.
	Issuer Issuer
	// Date is the date of issue.
	Date time.Time
	// Serial is the series and number of the blank.
	Serial Serial
	// Person is the injured worker.
	Person Person
	// Cause is the work injury or occupational disease
	// (forms.ProfessionalCauses).
	Cause forms.Cause
	// Needs are the kinds of help and care needed, at least one, each
	// once.
	Needs []forms.CareKind
	// Period is the term of the need.
	Period Period
}

// Form returns forms.CareConclusion().
func (d *CareConclusion) Form() forms.Document { return forms.CareConclusion() }

func (d *CareConclusion) check(c *checker) {
	c.issue(&d.Issuer, d.Date)
	c.serial("serial", d.Serial)
	c.person(&d.Person, d.Date, false)
	c.professionalCause(d.Cause)
	if len(d.Needs) == 0 {
		c.add("needs", ErrRequired)
	}
	seen := map[forms.CareKind]bool{}
	for i, k := range d.Needs {
		f := "needs." + strconv.Itoa(i+1)
		_, ok := k.Label()
		c.known(f, ok, k == "")
		if seen[k] {
			c.add(f, ErrRepeated)
		}
		seen[k] = true
	}
	c.period(d.Period, d.Date)
}

func (d *CareConclusion) content() *content {
	ct := newContent(d.Form(), d.Issuer, d.Date)
	ct.serial = serialText(ct.form.Common, d.Serial)
	ct.ident = &d.Serial
	ct.person(&d.Person)
	ct.label("cause", d.Cause)
	// One line a kind, Kazakh then Russian: «1) бөгде адамның тұрақты
	// күтімі / постоянный посторонний уход».
	lines := make([]string, len(d.Needs))
	for i, k := range d.Needs {
		t, _ := k.Label()
		lines[i] = strconv.Itoa(i+1) + ") " + t.Join()
	}
	needs := strings.Join(lines, "\n")
	ct.set("needs", forms.Text{KK: needs, RU: needs}, layout.Value{Kind: layout.ValueText, Text: needs})
	ct.period(d.Period)
	return ct
}

func (d *CareConclusion) record(j *Journals) {
	j.Care.Entries = append(j.Care.Entries, journal.CareEntry{
		Date: d.Date, FullName: d.Person.FullName, Needs: j.careNeeds(d.Needs),
		Series: serialText(d.Form().Common, d.Serial),
	})
}
