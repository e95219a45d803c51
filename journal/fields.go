package journal

import (
	"time"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/fieldtab"
	"github.com/msedocs/msedocs/internal/jsonrec"
	"github.com/msedocs/msedocs/internal/layout"
)

// An entry type's field table is a list of its form's columns, in the
// form's order, each saying once everything the package does with the
// column: its key in forms, the JSON keys it holds (how a value is read
// from and written to JSON and described in the JSON Schema, and how a
// database column value is scanned into it: jsonrec.Scanner), how the
// entry's values become the column's typed layout cell, how they are
// read back from a spreadsheet cell, and the validation rule. Layout
// (cells), the JSON codec and schema (record), ReadXLSX (read) and
// Validate (check) all walk the table.
//
// The generic part (a table's JSON record, printing and checking in
// order, its keys) is internal/fieldtab, which the documents' tables use
// too; a journal's column adds the cell reader and the input of a blank
// workbook.
//
// Adding a column to a journal is a column in forms plus one line here.

// column is one line of an entry type's field table.
type column[E any] struct {
	// key is the forms column key.
	key string
	// json are the JSON fields the column holds, in order: none for the
	// signature, two for group and cause, term and until, document and
	// series.
	json []jsonrec.Field[E]
	// cell returns the printed cell; nil leaves the cell empty (the
	// number, filled in by the layout; a signature).
	cell func(e *E, lang Language) layout.CellIn
	// read sets the column's fields from spreadsheet column n of c.
	read func(e *E, c cells, n int)
	// check validates the column's fields.
	check func(e *E, c *checker)
	// input is what may be typed into the column's empty ruled rows in
	// a blank journal's workbook; nil accepts anything.
	input func(lang Language) *layout.Input
	// running, when set, makes the column a running value: the entries'
	// cells carry it, and so do the empty ruled rows of a blank journal.
	running *layout.Running
}

// fieldTable is an entry type's field table: its columns, and the
// generic table (internal/fieldtab) made of them once, with the checks
// that span columns (rules) as a last line, run after the columns'. The
// cells of a row are made straight from the columns, without the
// generic table's Print, so that printing an entry allocates nothing
// more than its cells.
type fieldTable[E any] struct {
	cols []column[E]
	tab  fieldtab.Table[E, struct{}, *checker]
}

// newFieldTable makes the field table of the columns cols; rules, when
// not nil, checks what spans columns.
func newFieldTable[E any](cols []column[E], rules func(e *E, c *checker)) *fieldTable[E] {
	t := &fieldTable[E]{cols: cols}
	for _, col := range cols {
		t.tab.Fields = append(t.tab.Fields, fieldtab.Field[E, struct{}, *checker]{
			Keys: []string{col.key}, JSON: col.json, Check: col.check})
	}
	if rules != nil {
		t.tab.Fields = append(t.tab.Fields, fieldtab.Field[E, struct{}, *checker]{Check: rules})
	}
	return t
}

// record returns the JSON record of the entry type: every column's
// fields, in column order.
func (t *fieldTable[E]) record() *jsonrec.Record[E] { return t.tab.Record(true) }

// cells appends the entry's cells to dst, one a column.
func (t *fieldTable[E]) cells(e *E, lang Language, dst []layout.CellIn) []layout.CellIn {
	for _, c := range t.cols {
		if c.cell == nil {
			dst = append(dst, layout.CellIn{})
			continue
		}
		dst = append(dst, c.cell(e, lang))
	}
	return dst
}

// check validates the entry, column by column, then the rules.
func (t *fieldTable[E]) check(e *E, c *checker) { t.tab.Check(e, c) }

// read reads an entry from a spreadsheet row: column n of the form from
// cell n.
func (t *fieldTable[E]) read(c cells) E {
	var e E
	for i, col := range t.cols {
		if col.read != nil {
			col.read(&e, c, i+1)
		}
	}
	return e
}

// inputs returns what may be typed into each column of a blank journal,
// in column order (nil: anything).
func (t *fieldTable[E]) inputs(lang Language) []*layout.Input {
	out := make([]*layout.Input, len(t.cols))
	for i, c := range t.cols {
		if c.input != nil {
			out[i] = c.input(lang)
		}
	}
	return out
}

// running returns which columns are running values, in column order
// (nil: none).
func (t *fieldTable[E]) running() []*layout.Running {
	out := make([]*layout.Running, len(t.cols))
	for i, c := range t.cols {
		out[i] = c.running
	}
	return out
}

// keys returns the forms column keys of the table, in order.
func (t *fieldTable[E]) keys() []string { return t.tab.Keys() }

// The kinds of column that several entry types share.

// noCol is column 1, the entry number: printed by the layout, given in
// JSON as "no" (0 or absent numbers by position).
func noCol[E any](p func(*E) *int) column[E] {
	return column[E]{key: "no",
		json:  []jsonrec.Field[E]{noField(p)},
		read:  func(e *E, c cells, n int) { *p(e) = c.number(n, false) },
		check: func(e *E, c *checker) { c.number(*p(e)) },
		input: numberInput,
	}
}

// dateCol is a date column.
func dateCol[E any](key string, required bool, p func(*E) *time.Time) column[E] {
	return column[E]{key: key,
		json:  []jsonrec.Field[E]{dateField(key, key, required, p)},
		cell:  func(e *E, _ Language) layout.CellIn { return dateCell(*p(e)) },
		read:  func(e *E, c cells, n int) { *p(e) = c.date(n) },
		check: func(e *E, c *checker) { c.Date(key, *p(e), required) },
		input: dateInput,
	}
}

// textCol is a column of free text.
func textCol[E any](key string, required bool, p func(*E) *string) column[E] {
	return column[E]{key: key,
		json:  []jsonrec.Field[E]{textField(key, required, p)},
		cell:  func(e *E, _ Language) layout.CellIn { return textCell(*p(e)) },
		read:  func(e *E, c cells, n int) { *p(e) = c.text(n) },
		check: func(e *E, c *checker) { c.Text(key, *p(e), required) },
	}
}

// degreeCol is column 4 of journals 3 and 4: per cent of capacity lost.
func degreeCol[E any](p func(*E) *int) column[E] {
	return column[E]{key: "degree",
		json:  []jsonrec.Field[E]{degreeField(p)},
		cell:  func(e *E, _ Language) layout.CellIn { return percentCell(*p(e)) },
		read:  func(e *E, c cells, n int) { *p(e) = c.number(n, true) },
		check: func(e *E, c *checker) { checkDegree(c, *p(e)) },
		input: degreeInput,
	}
}

// termCol is column 5 of journals 2–4: the term and its end date.
func termCol[E any](term func(*E) *forms.Term, until func(*E) *time.Time) column[E] {
	return column[E]{key: "term",
		json: termFields(term, until),
		cell: func(e *E, lang Language) layout.CellIn {
			return textCell(termText(*term(e), *until(e), lang))
		},
		read:  func(e *E, c cells, n int) { *term(e), *until(e) = c.term(n) },
		check: func(e *E, c *checker) { checkTerm(c, *term(e), *until(e)) },
		input: termInput,
	}
}

// signatureCol is a column signed by hand on paper: nothing to hold.
func signatureCol[E any](key string) column[E] { return column[E]{key: key} }

// ScanColumns sets the entry's fields from the values of a database row,
// as database/sql scans them (nil, int64, float64, bool, []byte, string,
// time.Time): get returns the value of a JSON key (EntryKeys) and
// whether the row has it. Keys the row lacks are left as they are. Each
// problem is a *JSONError at the key, joined; none quotes a value.
func (e *StockEntry) ScanColumns(get func(key string) (any, bool)) error {
	return stockEntryRecord.Scan("", get, e)
}

// ScanColumns sets the entry's fields from a database row; see
// StockEntry.ScanColumns.
func (e *DisabilityEntry) ScanColumns(get func(key string) (any, bool)) error {
	return disabilityEntryRecord.Scan("", get, e)
}

// ScanColumns sets the entry's fields from a database row; see
// StockEntry.ScanColumns.
func (e *GeneralCapacityEntry) ScanColumns(get func(key string) (any, bool)) error {
	return generalCapacityEntryRecord.Scan("", get, e)
}

// ScanColumns sets the entry's fields from a database row; see
// StockEntry.ScanColumns.
func (e *ProfessionalCapacityEntry) ScanColumns(get func(key string) (any, bool)) error {
	return professionalCapacityEntryRecord.Scan("", get, e)
}

// ScanColumns sets the entry's fields from a database row; see
// StockEntry.ScanColumns.
func (e *CareEntry) ScanColumns(get func(key string) (any, bool)) error {
	return careEntryRecord.Scan("", get, e)
}

// ScanColumns sets the entry's fields from a database row; see
// StockEntry.ScanColumns.
func (e *ActEntry) ScanColumns(get func(key string) (any, bool)) error {
	return actEntryRecord.Scan("", get, e)
}

// EntryKeys returns the JSON keys of an entry of the journal form with
// the given ID, in column order (the keys ScanColumns asks for), and
// whether there is such a form.
func EntryKeys(form string) ([]string, bool) {
	c, ok := codecs[form]
	if !ok {
		return nil, false
	}
	return c.keys(), true
}
