package certificate

import (
	"strconv"
	"strings"
	"time"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/calendar"
	"github.com/msedocs/msedocs/internal/jsonrec"
	"github.com/msedocs/msedocs/internal/layout"
)

// The field tables of the nine document types (see line). Each table's
// JSON record is Record(false) of it (json.go).

var disabilityTable = &table[Disability]{Fields: []line[Disability]{
	formLine[Disability](forms.DocDisability),
	issueLine(func(d *Disability) *Issuer { return &d.Issuer }, func(d *Disability) *time.Time { return &d.Date }),
	serialLine(func(d *Disability) *Serial { return &d.Serial }),
	personLine(func(d *Disability) *Person { return &d.Person }, func(d *Disability) *time.Time { return &d.Date }, false),
	enumLine("group", "Must fit the person's age on the date of issue.", jsonrec.GroupList, func(d *Disability) *forms.Group { return &d.Group }),
	enumLine("cause", "", jsonrec.CauseList, func(d *Disability) *forms.Cause { return &d.Cause }),
	periodLine(func(d *Disability) *Period { return &d.Period }, func(d *Disability) *time.Time { return &d.Date }),
	rule(func(d *Disability, c *checker) {
		c.groupAge(d.Group, d.Cause, d.Period.Term, d.Person.BirthDate, d.Date)
	}),
}}

// rehabTable is the table of an extract from a part of the programme,
// of the form id.
func rehabTable[T any](id string, r func(*T) *Rehab) *table[T] {
	date := func(v *T) *time.Time { return &r(v).Date }
	return &table[T]{Fields: []line[T]{
		formLine[T](id),
		issueLine(func(v *T) *Issuer { return &r(v).Issuer }, date),
		personLine(func(v *T) *Person { return &r(v).Person }, date, false),
		enumLine("group", "The disability the programme was developed for; must fit the person's age.", jsonrec.GroupList,
			func(v *T) *forms.Group { return &r(v).Group }),
		enumLine("cause", "work_injury and occupational_disease print the whole part rather than an extract.", jsonrec.CauseList,
			func(v *T) *forms.Cause { return &r(v).Cause }),
		{Print: func(v *T, ct *content) { ct.full = r(v).Full() },
			Check: func(v *T, c *checker) {
				d := r(v)
				c.groupAge(d.Group, d.Cause, "", d.Person.BirthDate, d.Date)
			}},
		{Keys: []string{"program"},
			JSON: []jsonrec.Field[T]{refField("program", false, "The programme's number and date, when known.", func(v *T) *Ref { return &r(v).Program })},
			Print: func(v *T, ct *content) {
				ct.ident = &Serial{Number: r(v).Program.Number} // the programme's number
				ct.ref("program", r(v).Program)
			},
			Check: func(v *T, c *checker) {
				if d := r(v); !d.Program.IsZero() {
					c.ref("program", d.Program, d.Date)
				}
			}},
		{Keys: []string{"measures"},
			JSON: []jsonrec.Field[T]{{Key: "measures", Required: true, Doc: "At least one.",
				Val: func(v *T) jsonrec.Value { return jsonrec.ListVal[Measure]{R: measureRecord, P: &r(v).Measures} }}},
			Print: func(v *T, ct *content) { printMeasures(ct, r(v).Measures) },
			Check: func(v *T, c *checker) { checkMeasures(c, r(v).Measures, r(v).Date) }},
	}}
}

var socialRehabTable = rehabTable(forms.DocSocialRehab, func(d *SocialRehab) *Rehab { return (*Rehab)(d) })

var professionalRehabTable = rehabTable(forms.DocProfessionalRehab, func(d *ProfessionalRehab) *Rehab { return (*Rehab)(d) })

// printMeasures prints the table of measures, one row a measure.
func printMeasures(ct *content, ms []Measure) {
	ct.statement("measures")
	for i, m := range ms {
		n := i + 1
		ct.rows = append(ct.rows, []layout.CellIn{
			{Text: strconv.Itoa(n), Value: layout.Value{Kind: layout.ValueInt, Int: n}, Align: layout.Center},
			{Text: m.Name, Value: layout.Value{Kind: layout.ValueText, Text: m.Name}},
			{Text: m.Until.Format(calendar.Printed), Value: layout.Value{Kind: layout.ValueDate, Date: day(m.Until)}, Align: layout.Center},
			{Text: m.Executor, Value: layout.Value{Kind: layout.ValueText, Text: m.Executor}},
		})
	}
}

// checkMeasures checks the measures: at least one, each named, with its
// executor and a date not before the date of issue.
func checkMeasures(c *checker, ms []Measure, issued time.Time) {
	if len(ms) == 0 {
		c.add("measures", ErrRequired)
	}
	for i, m := range ms {
		f := "measures." + strconv.Itoa(i+1) + "."
		c.Text(f+"name", m.Name, true)
		c.Text(f+"executor", m.Executor, true)
		if m.Until.IsZero() {
			c.add(f+"until", ErrRequired)
		} else if day(m.Until).Before(day(issued)) {
			c.add(f+"until", ErrDateOrder)
		}
	}
}

var generalCapacityTable = &table[GeneralCapacity]{Fields: []line[GeneralCapacity]{
	formLine[GeneralCapacity](forms.DocGeneralCapacity),
	issueLine(func(d *GeneralCapacity) *Issuer { return &d.Issuer }, func(d *GeneralCapacity) *time.Time { return &d.Date }),
	serialLine(func(d *GeneralCapacity) *Serial { return &d.Serial }),
	personLine(func(d *GeneralCapacity) *Person { return &d.Person }, func(d *GeneralCapacity) *time.Time { return &d.Date }, false),
	{Keys: []string{"degree"},
		JSON: []jsonrec.Field[GeneralCapacity]{{Key: "degree", Required: true, Doc: "Per cent, 30 to 100.",
			Val: func(d *GeneralCapacity) jsonrec.Value {
				return jsonrec.IntVal[Percent]{P: &d.Degree, Min: generalMin, Max: percentMax, HasMax: true}
			}}},
		Print: func(d *GeneralCapacity, ct *content) { ct.percent("degree", d.Degree) },
		Check: func(d *GeneralCapacity, c *checker) { c.percent("degree", d.Degree, generalMin, percentMax) }},
	{Keys: []string{"cause"},
		JSON:  []jsonrec.Field[GeneralCapacity]{enumField("cause", true, "Any but the children's.", jsonrec.CauseList, func(d *GeneralCapacity) *forms.Cause { return &d.Cause })},
		Print: func(d *GeneralCapacity, ct *content) { ct.label("cause", d.Cause) },
		Check: func(d *GeneralCapacity, c *checker) {
			checkEnum(c, "cause", d.Cause)
			if d.Cause == forms.CauseChildUnder7 || d.Cause == forms.CauseChild7to18 {
				c.add("cause", ErrNotApplicable)
			}
		}},
	periodLine(func(d *GeneralCapacity) *Period { return &d.Period }, func(d *GeneralCapacity) *time.Time { return &d.Date }),
}}

var professionalCapacityTable = &table[ProfessionalCapacity]{Fields: []line[ProfessionalCapacity]{
	formLine[ProfessionalCapacity](forms.DocProfessionalCapacity),
	issueLine(func(d *ProfessionalCapacity) *Issuer { return &d.Issuer }, func(d *ProfessionalCapacity) *time.Time { return &d.Date }),
	serialLine(func(d *ProfessionalCapacity) *Serial { return &d.Serial }),
	personLine(func(d *ProfessionalCapacity) *Person { return &d.Person }, func(d *ProfessionalCapacity) *time.Time { return &d.Date }, false),
	degreeLine(func(d *ProfessionalCapacity) *ProfessionalDegree { return &d.ProfessionalDegree },
		func(d *ProfessionalCapacity) *time.Time { return &d.Date }),
}}

var professionalExtractTable = &table[ProfessionalCapacityExtract]{Fields: []line[ProfessionalCapacityExtract]{
	formLine[ProfessionalCapacityExtract](forms.DocProfessionalCapacityExtract),
	issueLine(func(d *ProfessionalCapacityExtract) *Issuer { return &d.Issuer }, func(d *ProfessionalCapacityExtract) *time.Time { return &d.Date }),
	personLine(func(d *ProfessionalCapacityExtract) *Person { return &d.Person }, func(d *ProfessionalCapacityExtract) *time.Time { return &d.Date }, false),
	{Keys: []string{"certificate"},
		JSON: []jsonrec.Field[ProfessionalCapacityExtract]{serialField("certificate", "Series and number of the certificate extracted.",
			func(d *ProfessionalCapacityExtract) *Serial { return &d.Certificate })},
		Print: func(d *ProfessionalCapacityExtract, ct *content) {
			ct.ident = &d.Certificate // registered under the certificate's series and number
			ct.plain("certificate", serialText(ct.form.Common, d.Certificate))
		},
		Check: func(d *ProfessionalCapacityExtract, c *checker) { c.serial("certificate", d.Certificate) }},
	{Keys: []string{"act"},
		JSON:  []jsonrec.Field[ProfessionalCapacityExtract]{refField("act", true, "The МСЭ act.", func(d *ProfessionalCapacityExtract) *Ref { return &d.Act })},
		Print: func(d *ProfessionalCapacityExtract, ct *content) { ct.ref("act", d.Act) },
		Check: func(d *ProfessionalCapacityExtract, c *checker) { c.ref("act", d.Act, d.Date) }},
	degreeLine(func(d *ProfessionalCapacityExtract) *ProfessionalDegree { return &d.ProfessionalDegree },
		func(d *ProfessionalCapacityExtract) *time.Time { return &d.Date }),
	textLine("recipient", false, "Where the extract is to be presented; may be left out.",
		func(d *ProfessionalCapacityExtract) *string { return &d.Recipient }),
}}

var careTable = &table[CareConclusion]{Fields: []line[CareConclusion]{
	formLine[CareConclusion](forms.DocCare),
	issueLine(func(d *CareConclusion) *Issuer { return &d.Issuer }, func(d *CareConclusion) *time.Time { return &d.Date }),
	serialLine(func(d *CareConclusion) *Serial { return &d.Serial }),
	personLine(func(d *CareConclusion) *Person { return &d.Person }, func(d *CareConclusion) *time.Time { return &d.Date }, false),
	{Keys: []string{"cause"},
		JSON:  []jsonrec.Field[CareConclusion]{enumField("cause", true, "", professionalList, func(d *CareConclusion) *forms.Cause { return &d.Cause })},
		Print: func(d *CareConclusion, ct *content) { ct.label("cause", d.Cause) },
		Check: func(d *CareConclusion, c *checker) { c.professionalCause(d.Cause) }},
	{Keys: []string{"needs"},
		JSON: []jsonrec.Field[CareConclusion]{{Key: "needs", Required: true, Doc: "The kinds of help and care needed: at least one, each once.",
			Val: func(d *CareConclusion) jsonrec.Value {
				return jsonrec.EnumListVal[forms.CareKind]{P: &d.Needs, List: careList}
			}}},
		Print: func(d *CareConclusion, ct *content) { printNeeds(ct, d.Needs) },
		Check: func(d *CareConclusion, c *checker) { checkNeeds(c, d.Needs) }},
	periodLine(func(d *CareConclusion) *Period { return &d.Period }, func(d *CareConclusion) *time.Time { return &d.Date }),
}}

// printNeeds prints the kinds of help and care, one a line, numbered.
func printNeeds(ct *content, needs []forms.CareKind) {
	lines := make([]string, len(needs))
	for i, k := range needs {
		t, _ := k.Label()
		lines[i] = strconv.Itoa(i+1) + ") " + t.Join()
	}
	s := strings.Join(lines, "\n")
	ct.set("needs", forms.Text{KK: s, RU: s}, layout.Value{Kind: layout.ValueText, Text: s})
}

// checkNeeds checks the kinds of help and care: at least one, each on
// the list, each once.
func checkNeeds(c *checker, needs []forms.CareKind) {
	if len(needs) == 0 {
		c.add("needs", ErrRequired)
	}
	seen := map[forms.CareKind]bool{}
	for i, k := range needs {
		f := "needs." + strconv.Itoa(i+1)
		_, ok := k.Label()
		c.known(f, ok, k == "")
		if seen[k] {
			c.add(f, ErrRepeated)
		}
		seen[k] = true
	}
}

var fullRehabilitationTable = &table[FullRehabilitation]{Fields: []line[FullRehabilitation]{
	formLine[FullRehabilitation](forms.DocFullRehabilitation),
	issueLine(func(d *FullRehabilitation) *Issuer { return &d.Issuer }, func(d *FullRehabilitation) *time.Time { return &d.Date }),
	personLine(func(d *FullRehabilitation) *Person { return &d.Person }, func(d *FullRehabilitation) *time.Time { return &d.Date }, true),
	examDateLine(func(d *FullRehabilitation) *time.Time { return &d.ExamDate }, func(d *FullRehabilitation) *time.Time { return &d.Date }),
	rule(func(d *FullRehabilitation, c *checker) { c.notAfter("birth_date", d.Person.BirthDate, d.ExamDate) }),
	enumLine("previous_group", "", jsonrec.GroupList, func(d *FullRehabilitation) *forms.Group { return &d.PreviousGroup }),
	enumLine("previous_cause", "", jsonrec.CauseList, func(d *FullRehabilitation) *forms.Cause { return &d.PreviousCause }),
	{Keys: []string{"decision"}, Print: func(_ *FullRehabilitation, ct *content) {
		ct.statement("decision")
		ct.ident = &Serial{} // identified by form and date alone
	}},
}}
