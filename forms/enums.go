package forms

// Group is a disability group or a child's category; its value is the
// stable ID of the closed list Groups.
type Group string

// Disability groups and children's categories.
const (
	GroupI        Group = "I"
	GroupII       Group = "II"
	GroupIII      Group = "III"
	GroupChild    Group = "child"     // ребенок с инвалидностью, under 7
	GroupChildI   Group = "child_I"   // ages 7–18, by group
	GroupChildII  Group = "child_II"  // ages 7–18, by group
	GroupChildIII Group = "child_III" // ages 7–18, by group
)

// Label returns the group as printed, and whether it is on the list.
func (g Group) Label() (Text, bool) { return lookup(Groups(), string(g)) }

// Cause is a cause of disability or of loss of working capacity; its value
// is the stable ID of the closed list Causes.
type Cause string

// Causes of disability.
const (
	CauseGeneralDisease      Cause = "general_disease"
	CauseWorkInjury          Cause = "work_injury"
	CauseOccupationalDisease Cause = "occupational_disease"
	CauseSinceChildhood      Cause = "since_childhood"
	CauseChildUnder7         Cause = "child_under_7"
	CauseChild7to18          Cause = "child_7_18"
	CauseService             Cause = "service"
	CauseRadiation           Cause = "radiation"
)

// Label returns the cause as printed, and whether it is on the list.
func (c Cause) Label() (Text, bool) { return lookup(Causes(), string(c)) }

// Term is the term for which disability or a degree is set; its value is
// the stable ID of the closed list Terms.
type Term string

// Terms.
const (
	Term6Months    Term = "6m"
	Term1Year      Term = "1y"
	Term2Years     Term = "2y"
	Term5Years     Term = "5y"
	TermUntil      Term = "until" // until a date
	TermIndefinite Term = "indefinite"
)

// Label returns the term as printed (with Slot for the date of «until»),
// and whether it is on the list.
func (t Term) Label() (Text, bool) { return lookup(Terms(), string(t)) }

// DocumentKind says which document a journal 4 entry records.
type DocumentKind string

// Document kinds of journal 4.
const (
	DocCertificate DocumentKind = "certificate"
	DocExtract     DocumentKind = "extract"
)

// Label returns the kind as printed, and whether it is on the list.
func (d DocumentKind) Label() (Text, bool) { return lookup(DocumentKinds(), string(d)) }

func lookup(list []Option, id string) (Text, bool) {
	for _, o := range list {
		if o.ID == id {
			return o.Label, true
		}
	}
	return Text{}, false
}

// DateCase is the case a date put in the term's label takes in Kazakh:
// the dative before «дейін» in TermUntil's «… дейін», otherwise the
// nominative.
func (t Term) DateCase() Case {
	if t == TermUntil {
		return Dative
	}
	return Nominative
}
