package certificate

import (
	"time"

	"github.com/msedocs/msedocs/forms"
)

// Disability is the certificate of disability, «Мүгедектік туралы
// анықтама» / «Справка об инвалидности» (forms.DisabilityCertificate),
// issued when disability is established. It is a numbered blank: issuing
// it moves the ledger of blanks (journal 1, section A) and is registered
// in journal 2.
type Disability struct {
	// Issuer is the department that issues the certificate.
	Issuer Issuer
	// Date is the date of issue.
	Date time.Time
	// Serial is the series and number of the blank.
	Serial Serial
	// Person is whom the certificate is issued to.
	Person Person
	// Group is the disability group or child's category; it must fit the
	// person's age on the date of issue: I–III from 18, «ребенок с
	// инвалидностью» before 7, a child's group from 7 to 18.
	Group forms.Group
	// Cause is the cause of the disability (forms.Causes).
	Cause forms.Cause
	// Period is the term of disability; the indefinite term (without
	// re-examination) is for adults only.
	Period Period
}

// Form returns forms.DisabilityCertificate().
func (d *Disability) Form() forms.Document { return forms.DisabilityCertificate() }

func (d *Disability) check(c *checker) { disabilityTable.Check(d, c) }

func (d *Disability) content() *content { return printed(d.Form(), disabilityTable, d) }

func (d *Disability) record(j *Journals) {
	series := serialText(d.Form().Common, d.Serial)
	j.Disability.Entries = append(j.Disability.Entries, journalDisability(d, series))
	j.Stock.Disability.Entries = append(j.Stock.Disability.Entries, j.stockEntry(d.Form(), d.Issuer, d.Date, series, d.Person.FullName))
}
