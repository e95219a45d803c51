package certificate

import (
	"time"

	"github.com/msedocs/msedocs/forms"
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

func (d *SocialRehab) check(c *checker)  { socialRehabTable.Check(d, c) }
func (d *SocialRehab) content() *content { return printed(d.Form(), socialRehabTable, d) }
func (d *SocialRehab) record(*Journals)  {}

// Full reports whether the whole social part is issued rather than an
// extract (see Rehab.Full).
func (d *SocialRehab) Full() bool { return (*Rehab)(d).Full() }

// Form returns forms.ProfessionalRehabExtract().
func (d *ProfessionalRehab) Form() forms.Document { return forms.ProfessionalRehabExtract() }

func (d *ProfessionalRehab) check(c *checker)  { professionalRehabTable.Check(d, c) }
func (d *ProfessionalRehab) content() *content { return printed(d.Form(), professionalRehabTable, d) }
func (d *ProfessionalRehab) record(*Journals)  {}

// Full reports whether the whole professional part is issued rather than
// an extract (see Rehab.Full).
func (d *ProfessionalRehab) Full() bool { return (*Rehab)(d).Full() }

// Full reports whether the whole part is issued rather than an extract:
// for disability caused by a work injury or an occupational disease.
func (d *Rehab) Full() bool {
	return d.Cause == forms.CauseWorkInjury || d.Cause == forms.CauseOccupationalDisease
}
