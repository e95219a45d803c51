package certificate

import (
	"time"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/fieldtab"
	"github.com/msedocs/msedocs/internal/jsonrec"
)

// A document type's field table is a list of lines in the order of its
// JSON encoding, each saying once everything the package does with a
// part of the document: the keys of the form's fields it prints
// (forms.Document.Fields), the JSON keys it holds (how the part is
// decoded, encoded and described in the JSON Schema), what it prints
// (the values of content, typed for the layout), and its validation
// rule. The JSON codec and schema (Record), the layout (content: Print)
// and Validate (Check) all walk the table; a line with a rule and no
// JSON checks what spans fields (a group against the person's age).
// Documents are not read back from workbooks, so a line has no cell
// reader. The machinery is internal/fieldtab, shared with the journals.
//
// Adding a field to a document is a field in forms plus one line here.

// line is one line of a document type's field table.
type line[T any] = fieldtab.Field[T, *content, *checker]

// table is a document type's field table.
type table[T any] = fieldtab.Table[T, *content, *checker]

// printed returns what the document v of the form prints, from its table.
func printed[T any](form forms.Document, t *table[T], v *T) *content {
	ct := newContent(form, Issuer{}, time.Time{})
	t.Print(v, ct)
	return ct
}

// listValue is a value of a closed list: forms.Group, forms.Cause, ….
type listValue interface {
	~string
	Label() (forms.Text, bool)
}

// The kinds of line that several document types share.

// formLine is "form", the form's ID: the key that chooses the type.
func formLine[T any](id string) line[T] {
	return line[T]{JSON: []jsonrec.Field[T]{formField[T](id)}}
}

// issueLine is the issuer and the date of issue, printed in the head and
// the foot of the form.
func issueLine[T any](iss func(*T) *Issuer, date func(*T) *time.Time) line[T] {
	return line[T]{JSON: issueFields(iss, date),
		Print: func(v *T, ct *content) { ct.issuer, ct.date = *iss(v), *date(v) },
		Check: func(v *T, c *checker) { c.issue(iss(v), *date(v)) },
	}
}

// serialLine is the series and number of the document's own blank,
// printed under the title; it identifies the document.
func serialLine[T any](p func(*T) *Serial) line[T] {
	return line[T]{JSON: []jsonrec.Field[T]{serialField("serial", "Series and number of the blank.", p)},
		Print: func(v *T, ct *content) { ct.serial, ct.ident = serialText(ct.form.Common, *p(v)), p(v) },
		Check: func(v *T, c *checker) { c.serial("serial", *p(v)) },
	}
}

// personLine is the person the document is issued to, checked on the
// date of issue.
func personLine[T any](p func(*T) *Person, date func(*T) *time.Time, needAddress bool) line[T] {
	return line[T]{Keys: []string{"full_name", "iin", "birth_date", "address"},
		JSON:  personFields(p, needAddress),
		Print: func(v *T, ct *content) { ct.person(p(v)) },
		Check: func(v *T, c *checker) { c.person(p(v), *date(v), needAddress) },
	}
}

// enumLine is a required value of a closed list, printed as its label.
func enumLine[T any, E listValue](key, doc string, list *jsonrec.Enum, p func(*T) *E) line[T] {
	return line[T]{Keys: []string{key},
		JSON:  []jsonrec.Field[T]{enumField(key, true, doc, list, p)},
		Print: func(v *T, ct *content) { ct.label(key, *p(v)) },
		Check: func(v *T, c *checker) { checkEnum(c, key, *p(v)) },
	}
}

// checkEnum checks a required value of a closed list.
func checkEnum[E listValue](c *checker, key string, v E) {
	_, ok := v.Label()
	c.known(key, ok, v == "")
}

// periodLine is the term, its start and its end, checked against the
// date of issue.
func periodLine[T any](p func(*T) *Period, date func(*T) *time.Time) line[T] {
	return line[T]{Keys: []string{"term", "until", "from"},
		JSON:  periodFields(p, true),
		Print: func(v *T, ct *content) { ct.period(*p(v)) },
		Check: func(v *T, c *checker) { c.period(*p(v), *date(v)) },
	}
}

// degreeLine is the degree of lost professional working capacity, with
// its basis, cause and term.
func degreeLine[T any](p func(*T) *ProfessionalDegree, date func(*T) *time.Time) line[T] {
	return line[T]{Keys: []string{"basis_injury", "basis_disease", "degree", "cause", "term", "until", "from"},
		JSON:  degreeFields(p),
		Print: func(v *T, ct *content) { p(v).fill(ct) },
		Check: func(v *T, c *checker) { p(v).check(c, *date(v)) },
	}
}

// textLine is a line of free text, printed as given.
func textLine[T any](key string, required bool, doc string, p func(*T) *string) line[T] {
	return line[T]{Keys: []string{key},
		JSON: []jsonrec.Field[T]{{Key: key, Required: required, Doc: doc,
			Val: func(v *T) jsonrec.Value { return jsonrec.StringVal{P: p(v)} }}},
		Print: func(v *T, ct *content) { ct.plain(key, *p(v)) },
		Check: func(v *T, c *checker) { c.Text(key, *p(v), required) },
	}
}

// examDateLine is the date of the examination, not after the date of
// issue.
func examDateLine[T any](p func(*T) *time.Time, date func(*T) *time.Time) line[T] {
	return line[T]{Keys: []string{"exam_date"},
		JSON: []jsonrec.Field[T]{{Key: "exam_date", Required: true, Doc: "Not after the date of issue.",
			Val: func(v *T) jsonrec.Value { return jsonrec.DateVal{P: p(v)} }}},
		Print: func(v *T, ct *content) { ct.day("exam_date", *p(v)) },
		Check: func(v *T, c *checker) {
			c.Date("exam_date", *p(v), true)
			c.notAfter("exam_date", *p(v), *date(v))
		},
	}
}

// rule is a check that spans fields, run where it stands in the table.
func rule[T any](check func(v *T, c *checker)) line[T] { return line[T]{Check: check} }
