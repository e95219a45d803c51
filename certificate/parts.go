package certificate

import (
	"time"

	"github.com/msedocs/msedocs/forms"
)

// Person is the person a document is issued to.
type Person struct {
	// FullName is the surname, name and patronymic (if any).
	FullName string
	// IIN is the 12-digit individual identification number; it must
	// agree with BirthDate and Sex.
	IIN string
	// BirthDate is the date of birth; the IIN must agree with it.
	BirthDate time.Time
	// Sex is the person's sex; the IIN must agree with it.
	Sex forms.Sex
	// Address is the address of residence; the notices require it, the
	// other documents print it when given.
	Address string
}

// Issuer is the МСЭ department that issues a document.
type Issuer struct {
	// Region fills the department line: kk «Астана қаласы», ru «городу
	// Астана».
	Region forms.Text
	// Unit names the МСЭ department: kk «№ 2 медициналық-әлеуметтік
	// сараптама», ru «медико-социальной экспертизы № 2».
	Unit forms.Text
	// Head is the full name of the head of the department, who signs.
	Head string
}

// Serial is the series and number of a blank.
type Serial struct {
	Series string // letters, e.g. «АБ»
	Number string // digits, e.g. «0012345»
}

// IsZero reports whether neither part is set.
func (s Serial) IsZero() bool { return s.Series == "" && s.Number == "" }

// Ref identifies a document by number and date: an МСЭ act, an act on an
// accident at work, a referral on form № 31/у, a rehabilitation programme.
type Ref struct {
	// Number is the referred document's number.
	Number string
	// Date is the referred document's date.
	Date time.Time
}

// IsZero reports whether neither part is set.
func (r Ref) IsZero() bool { return r.Number == "" && r.Date.IsZero() }

// Period is the term for which a decision is set.
type Period struct {
	// Term is one of the closed list forms.Terms.
	Term forms.Term
	// From is the date the term is counted from («зачтен с»).
	From time.Time
	// Until is the date the term ends («установлена на срок до»);
	// required for every term but forms.TermIndefinite, which takes none.
	Until time.Time
}

// Percent is a degree of lost working capacity in per cent, 0–100. It is
// printed in figures and in words in both languages: «60 (алпыс /
// шестьдесят) %».
type Percent int

// Measure is one measure of a rehabilitation programme.
type Measure struct {
	// Name is what is to be done, e.g. «обеспечение креслом-коляской».
	Name string
	// Until is the date by which it is to be done.
	Until time.Time
	// Executor is the body that carries it out.
	Executor string
}
