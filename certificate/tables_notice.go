package certificate

import (
	"time"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/jsonrec"
	"github.com/msedocs/msedocs/internal/layout"
)

// expertNoticeTable is the notice's field table: group, cause and term
// are printed and required with the decision «disabled» only.
var expertNoticeTable = &table[ExpertNotice]{Fields: []line[ExpertNotice]{
	formLine[ExpertNotice](forms.DocExpertNotice),
	issueLine(func(d *ExpertNotice) *Issuer { return &d.Issuer }, func(d *ExpertNotice) *time.Time { return &d.Date }),
	textLine("addressee", true, "The referring medical organisation.", func(d *ExpertNotice) *string { return &d.Addressee }),
	personLine(func(d *ExpertNotice) *Person { return &d.Person }, func(d *ExpertNotice) *time.Time { return &d.Date }, false),
	{Keys: []string{"referral"},
		JSON: []jsonrec.Field[ExpertNotice]{refField("referral", true, "Valid for one month from signing: exam_date must fall within it.",
			func(d *ExpertNotice) *Ref { return &d.Referral })},
		Print: func(d *ExpertNotice, ct *content) {
			ct.ident = &Serial{Number: d.Referral.Number} // the referral it answers
			ct.ref("referral", d.Referral)
		},
		Check: func(d *ExpertNotice, c *checker) {
			c.ref("referral", d.Referral, d.ExamDate)
			if !d.Referral.Date.IsZero() && !d.ExamDate.IsZero() &&
				day(d.ExamDate).After(day(d.Referral.Date).AddDate(0, referralValidity, 0)) {
				c.add("referral.date", ErrExpired)
			}
		}},
	enumLine("exam", "", examList, func(d *ExpertNotice) *forms.ExamKind { return &d.Exam }),
	examDateLine(func(d *ExpertNotice) *time.Time { return &d.ExamDate }, func(d *ExpertNotice) *time.Time { return &d.Date }),
	enumLine("decision", "", decisionList, func(d *ExpertNotice) *forms.ExpertDecision { return &d.Decision }),
	disabledLine("group", jsonrec.GroupList, func(d *ExpertNotice) *forms.Group { return &d.Group }),
	disabledLine("cause", jsonrec.CauseList, func(d *ExpertNotice) *forms.Cause { return &d.Cause }),
	{Keys: []string{"term"},
		JSON: periodFields(func(d *ExpertNotice) *Period { return &d.Period }, false),
		Print: func(d *ExpertNotice, ct *content) {
			if d.Decision == forms.DecisionDisabled {
				ct.set("term", ct.termWithEnd(d.Period), layout.Value{Kind: layout.ValueText, Text: string(d.Period.Term)})
			}
		},
		Check: func(d *ExpertNotice, c *checker) {
			if d.Decision == forms.DecisionDisabled {
				c.period(d.Period, d.Date)
				c.groupAge(d.Group, d.Cause, d.Period.Term, d.Person.BirthDate, d.ExamDate)
			} else if d.Period != (Period{}) {
				c.add("term", ErrNotApplicable)
			}
		}},
	{JSON: []jsonrec.Field[ExpertNotice]{{Key: "duplicate", Doc: "The copy given to the person: for decision «not_disabled» at a primary exam, and for «no_ipr_indications».",
		Val: func(d *ExpertNotice) jsonrec.Value { return jsonrec.BoolVal{P: &d.Duplicate} }}},
		Print: func(d *ExpertNotice, ct *content) { ct.duplicate = d.Duplicate },
		Check: func(d *ExpertNotice, c *checker) {
			primaryRefusal := d.Decision == forms.DecisionNotDisabled && d.Exam == forms.ExamPrimary
			if d.Duplicate && !primaryRefusal && d.Decision != forms.DecisionNoIPR {
				c.add("duplicate", ErrNotApplicable)
			}
		}},
	{Keys: []string{"defective_referral"},
		JSON: []jsonrec.Field[ExpertNotice]{{Key: "defective_referral", Doc: "Form № 31/у was filled in badly or without grounds: prints the statement.",
			Val: func(d *ExpertNotice) jsonrec.Value { return jsonrec.BoolVal{P: &d.DefectiveReferral} }}},
		Print: func(d *ExpertNotice, ct *content) {
			if d.DefectiveReferral {
				ct.statement("defective_referral")
			}
		}},
}}

// disabledLine is a value of a closed list the notice holds with the
// decision «disabled» only, and then requires.
func disabledLine[E listValue](key string, list *jsonrec.Enum, p func(*ExpertNotice) *E) line[ExpertNotice] {
	return line[ExpertNotice]{Keys: []string{key},
		JSON: []jsonrec.Field[ExpertNotice]{enumField(key, false, "Only with decision «disabled», and then required.", list, p)},
		Print: func(d *ExpertNotice, ct *content) {
			if d.Decision == forms.DecisionDisabled {
				ct.label(key, *p(d))
			}
		},
		Check: func(d *ExpertNotice, c *checker) {
			switch {
			case d.Decision == forms.DecisionDisabled:
				checkEnum(c, key, *p(d))
			case *p(d) != "":
				c.add(key, ErrNotApplicable)
			}
		},
	}
}
