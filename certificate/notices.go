package certificate

import (
	"time"

	"github.com/msedocs/msedocs/forms"
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

func (d *FullRehabilitation) check(c *checker) { fullRehabilitationTable.Check(d, c) }

func (d *FullRehabilitation) content() *content { return printed(d.Form(), fullRehabilitationTable, d) }

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

func (d *ExpertNotice) check(c *checker) { expertNoticeTable.Check(d, c) }

func (d *ExpertNotice) content() *content { return printed(d.Form(), expertNoticeTable, d) }

func (d *ExpertNotice) record(*Journals) {}
