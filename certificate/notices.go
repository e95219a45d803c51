package certificate

import (
	"time"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/layout"
)

// FullRehabilitation is the notice of full rehabilitation, «Извещение о
// полной реабилитации» (forms.FullRehabilitationNotice), given to a person
// not recognised as disabled at a regular re-examination. It is not
// registered in a journal.
type FullRehabilitation struct {
	// Issuer is the department that issues the notice.
	Issuer Issuer
	// Date is the date of issue.
	Date time.Time
	// Person must have an address: the notice may be sent by post.
	Person Person
	// ExamDate is the date of the regular re-examination.
	ExamDate time.Time
	// PreviousGroup and PreviousCause are the disability established
	// before.
	PreviousGroup forms.Group
	// PreviousCause is the cause of the disability no longer found.
	PreviousCause forms.Cause
}

// Form returns forms.FullRehabilitationNotice().
func (d *FullRehabilitation) Form() forms.Document { return forms.FullRehabilitationNotice() }

func (d *FullRehabilitation) check(c *checker) {
	c.issue(&d.Issuer, d.Date)
	c.person(&d.Person, d.Date, true)
	c.Date("exam_date", d.ExamDate, true)
	c.notAfter("exam_date", d.ExamDate, d.Date)
	c.notAfter("birth_date", d.Person.BirthDate, d.ExamDate)
	_, ok := d.PreviousGroup.Label()
	c.known("previous_group", ok, d.PreviousGroup == "")
	_, ok = d.PreviousCause.Label()
	c.known("previous_cause", ok, d.PreviousCause == "")
}

func (d *FullRehabilitation) content() *content {
	ct := newContent(d.Form(), d.Issuer, d.Date)
	ct.ident = &Serial{} // identified by form and date alone
	ct.person(&d.Person)
	ct.day("exam_date", d.ExamDate)
	ct.label("previous_group", d.PreviousGroup)
	ct.label("previous_cause", d.PreviousCause)
	ct.statement("decision")
	return ct
}

func (d *FullRehabilitation) record(*Journals) {}

// referralValidity is how long a referral on form № 31/у stays valid
// after it is signed: one month (Order No. 60, item 9).
const referralValidity = 1 // month

// ExpertNotice is the notice of the МСЭ expert conclusion, «Извещение об
// экспертном заключении МСЭ» of form № 31/у (forms.ExpertNotice). The
// department sends it to the referring medical organisation on every
// expert conclusion; a duplicate is given to the person not recognised as
// disabled at the primary examination, or referred for the ИПР without
// medico-social indications (Order No. 60, new item 37). It is not
// registered in a journal.
type ExpertNotice struct {
	// Issuer is the department that issues the notice.
	Issuer Issuer
	// Date is the date of issue.
	Date time.Time
	// Person is whom the notice is issued to.
	Person Person
	// Addressee is the referring medical organisation.
	Addressee string
	// Referral is the referral on form № 31/у; it is valid for one month
	// from signing, so ExamDate must fall within it.
	Referral Ref
	// Exam is the kind of examination (forms.ExamKinds).
	Exam forms.ExamKind
	// ExamDate is the date of the examination.
	ExamDate time.Time
	// Decision is the expert conclusion (forms.ExpertDecisions).
	Decision forms.ExpertDecision
	// Group, Cause and Period are the disability established; set them
	// only with forms.DecisionDisabled.
	Group forms.Group
	// Cause is the cause of the disability, when one is established.
	Cause forms.Cause
	// Period is the term of the disability, when one is established.
	Period Period
	// Duplicate marks the copy given to the person; allowed for
	// forms.DecisionNotDisabled at a primary examination and for
	// forms.DecisionNoIPR.
	Duplicate bool
	// DefectiveReferral records that form № 31/у was filled in badly or
	// without grounds (Order No. 60, new item 17).
	DefectiveReferral bool
}

// Form returns forms.ExpertNotice().
func (d *ExpertNotice) Form() forms.Document { return forms.ExpertNotice() }

func (d *ExpertNotice) check(c *checker) {
	c.issue(&d.Issuer, d.Date)
	c.person(&d.Person, d.Date, false)
	c.Text("addressee", d.Addressee, true)
	c.ref("referral", d.Referral, d.ExamDate)
	if !d.Referral.Date.IsZero() && !d.ExamDate.IsZero() &&
		day(d.ExamDate).After(day(d.Referral.Date).AddDate(0, referralValidity, 0)) {
		c.add("referral.date", ErrExpired)
	}
	_, ok := d.Exam.Label()
	c.known("exam", ok, d.Exam == "")
	c.Date("exam_date", d.ExamDate, true)
	c.notAfter("exam_date", d.ExamDate, d.Date)
	_, ok = d.Decision.Label()
	c.known("decision", ok, d.Decision == "")
	if d.Decision == forms.DecisionDisabled {
		_, ok := d.Group.Label()
		c.known("group", ok, d.Group == "")
		_, ok = d.Cause.Label()
		c.known("cause", ok, d.Cause == "")
		c.period(d.Period, d.Date)
		c.groupAge(d.Group, d.Cause, d.Period.Term, d.Person.BirthDate, d.ExamDate)
	} else {
		if d.Group != "" {
			c.add("group", ErrNotApplicable)
		}
		if d.Cause != "" {
			c.add("cause", ErrNotApplicable)
		}
		if d.Period != (Period{}) {
			c.add("term", ErrNotApplicable)
		}
	}
	if d.Duplicate {
		primaryRefusal := d.Decision == forms.DecisionNotDisabled && d.Exam == forms.ExamPrimary
		if !primaryRefusal && d.Decision != forms.DecisionNoIPR {
			c.add("duplicate", ErrNotApplicable)
		}
	}
}

func (d *ExpertNotice) content() *content {
	ct := newContent(d.Form(), d.Issuer, d.Date)
	ct.ident = &Serial{Number: d.Referral.Number} // the referral it answers
	ct.duplicate = d.Duplicate
	ct.plain("addressee", d.Addressee)
	ct.person(&d.Person)
	ct.ref("referral", d.Referral)
	ct.label("exam", d.Exam)
	ct.day("exam_date", d.ExamDate)
	ct.label("decision", d.Decision)
	if d.Decision == forms.DecisionDisabled {
		ct.label("group", d.Group)
		ct.label("cause", d.Cause)
		ct.set("term", ct.termWithEnd(d.Period), layout.Value{Kind: layout.ValueText, Text: string(d.Period.Term)})
	}
	if d.DefectiveReferral {
		ct.statement("defective_referral")
	}
	return ct
}

func (d *ExpertNotice) record(*Journals) {}
