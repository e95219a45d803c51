// Package fieldtab is the generic part of a field table: a record type's
// fields, declared once, each saying which fields of its form it covers,
// the JSON keys it holds, what it prints and its validation rule. The
// JSON codec and schema (Record), the layout (Print) and validation
// (Check) all walk the same table, so a field added to a form is the form's
// data plus one line of its table.
//
// A family of records (journal entries, result documents) chooses what a
// line prints into (P) and what it checks with (C).
package fieldtab

import "github.com/msedocs/msedocs/internal/jsonrec"

// Field is one line of a field table of records of type T.
type Field[T, P, C any] struct {
	// Keys are the keys of the form's fields the line prints, in the
	// form's package (forms); none for a line that prints nothing of
	// its own (the form, a rule between fields).
	Keys []string
	// JSON are the JSON fields the line holds, in order.
	JSON []jsonrec.Field[T]
	// Print puts what the line prints into p; nil prints nothing.
	Print func(v *T, p P)
	// Check validates the line's fields into c; nil checks nothing.
	Check func(v *T, c C)
}

// Table is the field table of the record type T: its lines in the
// order of its JSON encoding.
type Table[T, P, C any] struct {
	// Fields are the table's lines, in the order of the JSON encoding.
	Fields []Field[T, P, C]
}

// Record returns the JSON record of T: every line's JSON fields, in
// order; inline records stand in their parent's object.
func (t *Table[T, P, C]) Record(inline bool) *jsonrec.Record[T] {
	var fs []jsonrec.Field[T]
	for _, f := range t.Fields {
		fs = append(fs, f.JSON...)
	}
	return &jsonrec.Record[T]{Inline: inline, Fields: fs}
}

// Print has every line print v into p, in order.
func (t *Table[T, P, C]) Print(v *T, p P) {
	for _, f := range t.Fields {
		if f.Print != nil {
			f.Print(v, p)
		}
	}
}

// Check has every line check v into c, in order.
func (t *Table[T, P, C]) Check(v *T, c C) {
	for _, f := range t.Fields {
		if f.Check != nil {
			f.Check(v, c)
		}
	}
}

// Keys returns the form field keys the table's lines print, in order.
func (t *Table[T, P, C]) Keys() []string {
	var out []string
	for _, f := range t.Fields {
		out = append(out, f.Keys...)
	}
	return out
}

// Mismatch compares the keys a table prints with the keys of its form's
// fields, in order, and says where they part: "" when they are the same.
// A test of each family walks every form with it.
func Mismatch(table, form []string) string {
	for i := 0; i < max(len(table), len(form)); i++ {
		switch {
		case i >= len(table):
			return "the form's field " + form[i] + " has no line"
		case i >= len(form):
			return "line " + table[i] + " prints no field of the form"
		case table[i] != form[i]:
			return "line " + table[i] + " stands where the form has " + form[i]
		}
	}
	return ""
}
