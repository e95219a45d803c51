package certificate

import (
	"time"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/journal"
)

// The range of the degree of loss of general working capacity: 30 to 100
// per cent inclusive (shared/forms/documents.md, S9). A degree of loss of
// professional working capacity is 1 to 100 per cent.
const (
	generalMin      = 30
	professionalMin = 1
	percentMax      = 100
)

// GeneralCapacity is the certificate of the degree of loss of general
// working capacity, «Жалпы еңбекке қабілеттіліктен айырылу дәрежесі туралы
// анықтама» / «Справка о степени утраты общей трудоспособности»
// (forms.GeneralCapacityCertificate). It is registered in journal 3.
type GeneralCapacity struct {
	// Issuer is the department that issues the certificate.
	Issuer Issuer
	// Date is the date of issue.
	Date time.Time
	// Serial is the series and number of the blank.
	Serial Serial
	// Person is whom the certificate is issued to.
	Person Person
	// Degree is 30 to 100 per cent.
	Degree Percent
	// Cause is one of forms.Causes but the children's.
	Cause forms.Cause
	// Period is the term of the degree set.
	Period Period
}

// Form returns forms.GeneralCapacityCertificate().
func (d *GeneralCapacity) Form() forms.Document { return forms.GeneralCapacityCertificate() }

func (d *GeneralCapacity) check(c *checker) { generalCapacityTable.Check(d, c) }

func (d *GeneralCapacity) content() *content { return printed(d.Form(), generalCapacityTable, d) }

func (d *GeneralCapacity) record(j *Journals) {
	j.GeneralCapacity.Entries = append(j.GeneralCapacity.Entries, journal.GeneralCapacityEntry{
		Date: d.Date, FullName: d.Person.FullName, Degree: int(d.Degree),
		Term: d.Period.Term, Until: d.Period.Until, Series: serialText(d.Form().Common, d.Serial),
	})
}

// ProfessionalDegree is the decision on the degree of loss of professional
// working capacity that the certificate and its extract state.
type ProfessionalDegree struct {
	// Basis is the act on the accident at work (for a work injury) or the
	// conclusion on the link of the disease with the profession (for an
	// occupational disease) the degree was set on.
	Basis Ref
	// Degree is 1 to 100 per cent.
	Degree Percent
	// Cause is one of forms.ProfessionalCauses.
	Cause forms.Cause
	// Period is the term of the degree set.
	Period Period
}

func (p *ProfessionalDegree) check(c *checker, issued time.Time) {
	c.professionalCause(p.Cause)
	c.ref(basisKey(p.Cause), p.Basis, issued)
	c.percent("degree", p.Degree, professionalMin, percentMax)
	c.period(p.Period, issued)
}

func (p *ProfessionalDegree) fill(ct *content) {
	ct.ref(basisKey(p.Cause), p.Basis)
	ct.percent("degree", p.Degree)
	ct.label("cause", p.Cause)
	ct.period(p.Period)
}

// basisKey is the field the basis prints under, after the cause.
func basisKey(c forms.Cause) string {
	switch c {
	case forms.CauseWorkInjury:
		return "basis_injury"
	case forms.CauseOccupationalDisease:
		return "basis_disease"
	}
	return "basis"
}

// ProfessionalCapacity is the certificate of the degree of loss of
// professional working capacity, «Кәсіптік еңбекке қабілеттіліктен айырылу
// дәрежесі туралы анықтама» / «Справка о степени утраты профессиональной
// трудоспособности» (forms.ProfessionalCapacityCertificate). It is a
// numbered blank: issuing it moves the ledger of blanks (journal 1,
// section B) and is registered in journal 4.
type ProfessionalCapacity struct {
	// Issuer is the department that issues the certificate.
	Issuer Issuer
	// Date is the date of issue.
	Date time.Time
	// Serial is the series and number of the blank.
	Serial Serial
	// Person is whom the certificate is issued to.
	Person Person
	ProfessionalDegree
}

// Form returns forms.ProfessionalCapacityCertificate().
func (d *ProfessionalCapacity) Form() forms.Document {
	return forms.ProfessionalCapacityCertificate()
}

// Extract returns the extract from this certificate and from the МСЭ act
// act, issued on the same day; recipient is where it is to be presented
// and may be empty.
func (d *ProfessionalCapacity) Extract(act Ref, recipient string) *ProfessionalCapacityExtract {
	return &ProfessionalCapacityExtract{
		Issuer: d.Issuer, Date: d.Date, Person: d.Person, Certificate: d.Serial,
		Act: act, ProfessionalDegree: d.ProfessionalDegree, Recipient: recipient,
	}
}

func (d *ProfessionalCapacity) check(c *checker) { professionalCapacityTable.Check(d, c) }

func (d *ProfessionalCapacity) content() *content {
	return printed(d.Form(), professionalCapacityTable, d)
}

func (d *ProfessionalCapacity) record(j *Journals) {
	series := serialText(d.Form().Common, d.Serial)
	j.ProfessionalCapacity.Entries = append(j.ProfessionalCapacity.Entries,
		professionalEntry(d.Date, &d.Person, &d.ProfessionalDegree, forms.DocCertificate, series))
	j.Stock.Professional.Entries = append(j.Stock.Professional.Entries,
		j.stockEntry(d.Form(), d.Issuer, d.Date, series, d.Person.FullName))
}

func professionalEntry(date time.Time, p *Person, deg *ProfessionalDegree, kind forms.DocumentKind, series string) journal.ProfessionalCapacityEntry {
	return journal.ProfessionalCapacityEntry{
		Date: date, FullName: p.FullName, Document: kind, Degree: int(deg.Degree),
		Term: deg.Period.Term, Until: deg.Period.Until, Series: series,
	}
}

// ProfessionalCapacityExtract is the extract from the certificate of the
// degree of loss of professional working capacity and from the МСЭ act,
// «Выписка из справки о степени утраты профессиональной трудоспособности и
// акта медико-социальной экспертизы» (forms.ProfessionalCapacityExtract).
// It has no blank of its own: journal 4 registers it under the
// certificate's series and number.
type ProfessionalCapacityExtract struct {
	// Issuer is the department that issues the extract.
	Issuer Issuer
	// Date is the date of issue.
	Date time.Time
	// Person is whom the extract is issued to.
	Person Person
	// Certificate is the series and number of the certificate extracted.
	Certificate Serial
	// Act is the МСЭ act's number and date.
	Act Ref
	ProfessionalDegree
	// Recipient is where the extract is to be presented; may be empty.
	Recipient string
}

// Form returns forms.ProfessionalCapacityExtract().
func (d *ProfessionalCapacityExtract) Form() forms.Document {
	return forms.ProfessionalCapacityExtract()
}

func (d *ProfessionalCapacityExtract) check(c *checker) { professionalExtractTable.Check(d, c) }

func (d *ProfessionalCapacityExtract) content() *content {
	return printed(d.Form(), professionalExtractTable, d)
}

func (d *ProfessionalCapacityExtract) record(j *Journals) {
	j.ProfessionalCapacity.Entries = append(j.ProfessionalCapacity.Entries,
		professionalEntry(d.Date, &d.Person, &d.ProfessionalDegree, forms.DocExtract, serialText(d.Form().Common, d.Certificate)))
}
