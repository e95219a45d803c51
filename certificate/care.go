package certificate

import (
	"time"

	"github.com/msedocs/msedocs/forms"
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

func (d *CareConclusion) check(c *checker) { careTable.Check(d, c) }

func (d *CareConclusion) content() *content { return printed(d.Form(), careTable, d) }

func (d *CareConclusion) record(j *Journals) {
	j.Care.Entries = append(j.Care.Entries, journal.CareEntry{
		Date: d.Date, FullName: d.Person.FullName, Needs: j.careNeeds(d.Needs),
		Series: serialText(d.Form().Common, d.Serial),
	})
}
