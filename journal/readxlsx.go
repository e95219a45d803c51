package journal

import (
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/msedocs/msedocs/forms"
	"github.com/xuri/excelize/v2"
)

// Sentinel errors of reading a workbook back.
var (
	// ErrNotJournal: the workbook holds no journal of Order No. 318.
	ErrNotJournal = errors.New("not a journal workbook")
	// ErrBadDate: a date cell holds neither a date nor dd.mm.yyyy text.
	ErrBadDate = errors.New("not a date (dd.mm.yyyy)")
	// ErrBadNumber: a number cell holds no whole number.
	ErrBadNumber = errors.New("not a whole number")
)

// CellError is one problem of a workbook read back. It names the cell and
// the column, never the value found there, so it can be logged without
// disclosing a person's data.
type CellError struct {
	// Sheet and Cell locate the problem: «Журнал», «C14».
	Sheet, Cell string
	// Column is the form's column number (1…N); 0 outside the table.
	Column int
	// Field is the column's key or the header field, e.g. "birth_date",
	// "started".
	Field string
	// Err is what is wrong: ErrBadDate, ErrBadNumber, ErrUnknownValue,
	// or a problem of validation (ErrRequired, ErrDateOrder, …).
	Err error
}

// Error returns e.g. `Журнал!C14: column 3 (full_name): required`.
func (e *CellError) Error() string {
	var b strings.Builder
	b.WriteString(e.Sheet)
	b.WriteByte('!')
	b.WriteString(e.Cell)
	if e.Column > 0 {
		fmt.Fprintf(&b, ": column %d (%s)", e.Column, e.Field)
	} else if e.Field != "" {
		fmt.Fprintf(&b, ": %s", e.Field)
	}
	fmt.Fprintf(&b, ": %v", e.Err)
	return b.String()
}

// Unwrap returns the underlying problem.
func (e *CellError) Unwrap() error { return e.Err }

// FormError reports a workbook of another form than the one asked for, or
// of no known form.
type FormError struct {
	// Want is the form asked for; empty when any would do.
	Want string
	// Got is the form the workbook looks like; empty if none.
	Got string
}

// Error returns e.g. `workbook holds journal4, not journal2`.
func (e *FormError) Error() string {
	switch {
	case e.Got == "":
		return "xlsx: " + ErrNotJournal.Error() + ": no known form's columns"
	case e.Want == "":
		return "xlsx: workbook looks like " + e.Got + " but its columns differ"
	}
	return "xlsx: workbook holds " + e.Got + ", not " + e.Want
}

// Unwrap returns ErrNotJournal.
func (e *FormError) Unwrap() error { return ErrNotJournal }

// ReadXLSX reads a workbook written by WriteXLSX, perhaps since edited in
// a spreadsheet (rows filled or added, dates typed as dates or as
// dd.mm.yyyy text), back into the journal of the form it holds: a
// *StockJournal, *DisabilityJournal, … .
//
// Every problem is reported at once, joined with errors.Join: a
// *CellError for each cell that cannot be read or does not validate,
// naming the sheet cell and the column. The journal is returned with the
// errors too, holding what could be read. A workbook of no known form is
// a *FormError.
//
// Every sheet is searched, hidden ones too, and journal 1's sections are
// told apart by their captions, not by the order of their sheets. A line
// of the title page edited out of the form's wording, or deleted, is a
// *CellError naming its cell (or where it belongs) and its fields, with
// ErrUnreadable or ErrMissingLine. Cells right of the form's columns are
// ignored: they are no part of the journal.
//
// Memory is bounded by what the largest journal needs: a workbook
// larger (in all, in a part, in rows or in cells far to the right) is
// refused with ErrTooLarge, before excelize believes the sizes its parts
// declare. A workbook saved with a password is ErrEncrypted.
func ReadXLSX(r io.Reader) (Journal, error) { return readXLSX(r, "") }

// ReadXLSXForm is ReadXLSX for a workbook that must hold the given form;
// one of another form is a *FormError that names the form it holds.
func ReadXLSXForm(r io.Reader, form forms.Journal) (Journal, error) {
	return readXLSX(r, form.ID)
}

// grid is one sheet's cell values, raw: numbers and dates as numbers.
type grid struct {
	name string
	rows [][]string
}

// cell returns the value at row and col, both from 1.
func (g *grid) cell(row, col int) string {
	if row < 1 || row > len(g.rows) {
		return ""
	}
	r := g.rows[row-1]
	if col < 1 || col > len(r) {
		return ""
	}
	return r[col-1]
}

// table is where a form's table stands on a sheet.
type table struct {
	g       *grid
	numbers int // the row of column numbers
}

// reader reads one workbook.
type reader struct {
	form  forms.Journal
	grids []*grid
	errs  []error
	// Where the header's fields were read, for errors: field → sheet,
	// cell.
	at map[string][2]string
	// The sheet rows of each section's entries, and of its opening
	// balance.
	rowsOf  [][]int
	opening []int
}

func readXLSX(r io.Reader, want string) (_ Journal, err error) {
	f, err := openWorkbook(r)
	if err != nil {
		return nil, err
	}
	defer func() {
		if cerr := f.Close(); cerr != nil {
			err = errors.Join(err, fmt.Errorf("xlsx: %w", cerr))
		}
	}()
	rd := &reader{at: map[string][2]string{}}
	if rd.grids, err = readSheets(f); err != nil {
		return nil, err
	}
	tables, form, err := rd.identify(want)
	if err != nil {
		return nil, err
	}
	rd.form = form
	tables = rd.bySection(tables)
	j := rd.journal(tables)
	if len(rd.errs) == 0 {
		// What reads well may still break the form's rules: report
		// that at the cells too.
		res, err := resolve(nil)
		if err != nil {
			return j, err
		}
		rd.validation(j.source().validate(res), tables)
	}
	return j, errors.Join(rd.errs...)
}

// identify finds the form whose columns a table's header carries, on
// any sheet (a first sheet of other numbers does not hide the journal),
// and the tables of that form, in sheet order.
func (rd *reader) identify(want string) ([]table, forms.Journal, error) {
	var tables []table
	for _, g := range rd.grids {
		if t, ok := findTable(g); ok {
			tables = append(tables, t)
		}
	}
	best, bestScore := forms.Journal{}, 0
	for _, t := range tables {
		for _, form := range forms.Journals() {
			if s := captionScore(t, form); s > bestScore {
				best, bestScore = form, s
			}
		}
	}
	if bestScore == 0 {
		return nil, forms.Journal{}, &FormError{Want: want}
	}
	if want != "" && best.ID != want {
		return nil, forms.Journal{}, &FormError{Want: want, Got: best.ID}
	}
	var mine []table
	for _, t := range tables {
		if captionScore(t, best) == len(best.Columns) {
			mine = append(mine, t)
		}
	}
	if len(mine) < max(len(best.Sections), 1) {
		return nil, forms.Journal{}, &FormError{Want: want, Got: best.ID}
	}
	return mine, best, nil
}

// bySection orders journal 1's tables by the section caption above
// each, whatever the order of their sheets; a table with no caption
// found keeps its place.
func (rd *reader) bySection(tables []table) []table {
	if len(rd.form.Sections) < 2 {
		return tables[:1]
	}
	out := make([]table, len(rd.form.Sections))
	used := make([]bool, len(tables))
	found := make([]bool, len(out))
	for i, sec := range rd.form.Sections {
		for k, t := range tables {
			if !used[k] && hasCaption(t, sec.Caption) {
				out[i], used[k], found[i] = t, true, true
				break
			}
		}
	}
	for i := range out {
		for k := 0; !found[i] && k < len(tables); k++ {
			if !used[k] {
				out[i], used[k], found[i] = tables[k], true, true
			}
		}
	}
	return out
}

// hasCaption reports whether a paragraph above the table holds caption.
func hasCaption(t table, caption forms.Text) bool {
	for _, p := range paras(t.g, 1, t.numbers-1) {
		s := squeeze(p.text)
		for _, c := range []string{caption.Stacked(), caption.RU, caption.KK} {
			if c = squeeze(c); c != "" && strings.Contains(s, c) {
				return true
			}
		}
	}
	return false
}

// findTable finds the row of column numbers 1…N on a sheet.
func findTable(g *grid) (table, bool) {
	for i, row := range g.rows {
		n := 0
		for n < len(row) && row[n] == strconv.Itoa(n+1) {
			n++
		}
		if n < 3 {
			continue
		}
		rest := true
		for _, v := range row[n:] {
			rest = rest && v == ""
		}
		if rest {
			return table{g: g, numbers: i + 1}, true
		}
	}
	return table{}, false
}

// squeeze drops all white space: captions wrap differently in different
// places, their letters do not.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// captionScore counts the columns of form whose caption stands above the
// table's column numbers.
func captionScore(t table, form forms.Journal) int {
	levels := 1
	if len(form.Groups) > 0 {
		levels = 2
	}
	if t.g.cell(t.numbers, len(form.Columns)) != strconv.Itoa(len(form.Columns)) ||
		t.g.cell(t.numbers, len(form.Columns)+1) != "" {
		return 0
	}
	score := 0
	for i, c := range form.Columns {
		got := t.g.cell(t.numbers-1, i+1)
		if got == "" && levels == 2 {
			got = t.g.cell(t.numbers-2, i+1) // merged down from above
		}
		if squeeze(got) == squeeze(c.Caption.Stacked()) {
			score++
		}
	}
	return score
}

// norm collapses runs of white space into one space.
func norm(s string) string { return strings.Join(strings.Fields(s), " ") }

// entryRow reports whether a row of a table holds an entry: anything in
// columns 2…N. A number alone in column 1 is a row numbered in advance.
func (rd *reader) entryRow(g *grid, row int) bool {
	for col := 2; col <= len(rd.form.Columns); col++ {
		if rd.form.Columns[col-1].Kind == forms.KindBalance {
			continue
		}
		if strings.TrimSpace(g.cell(row, col)) != "" {
			return true
		}
	}
	return false
}

// cellName returns the name of a cell, e.g. "C14".
func cellName(col, row int) string {
	name, _ := excelize.CoordinatesToCellName(col, row)
	return name
}

// fail notes a problem at a cell of the table.
func (rd *reader) fail(g *grid, row, col int, err error) {
	key := ""
	if col >= 1 && col <= len(rd.form.Columns) {
		key = rd.form.Columns[col-1].Key
	}
	rd.errs = append(rd.errs, &CellError{Sheet: g.name, Cell: cellName(col, row), Column: col, Field: key, Err: err})
}

// cells reads the cells of one row of a table.
type cells struct {
	rd  *reader
	g   *grid
	row int
}

func (c cells) text(col int) string { return strings.TrimSpace(c.g.cell(c.row, col)) }

// number reads a whole number; empty reads as 0. A text «45%» reads as
// 45; so does 0.45 from a cell a person formatted as a percentage.
func (c cells) number(col int, percent bool) int {
	s := c.text(col)
	if s == "" {
		return 0
	}
	if percent {
		if t, ok := strings.CutSuffix(s, "%"); ok {
			s = strings.TrimSpace(t)
		}
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", "."), 64)
	if err == nil && percent && v > 0 && v < 1 {
		v *= 100
	}
	if err != nil || math.Abs(v-math.Round(v)) > 1e-9 || math.Abs(v) > 1e9 {
		c.rd.fail(c.g, c.row, col, ErrBadNumber)
		return 0
	}
	return int(math.Round(v))
}

// date reads a date cell, or dd.mm.yyyy text; empty reads as zero.
func (c cells) date(col int) time.Time {
	s := c.text(col)
	if s == "" {
		return time.Time{}
	}
	t, ok := parseDate(s)
	if !ok {
		c.rd.fail(c.g, c.row, col, ErrBadDate)
	}
	return t
}

// parseDate reads a spreadsheet day number or a date typed as text.
func parseDate(s string) (time.Time, bool) {
	for _, l := range []string{"2.1.2006", "2006-01-02"} {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || v < 1 || v > 2958465 {
		return time.Time{}, false
	}
	t, err := excelize.ExcelDateToTime(math.Floor(v), false)
	if err != nil {
		return time.Time{}, false
	}
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), true
}

// journal reads the header and the entries of every table.
func (rd *reader) journal(tables []table) Journal {
	var h Header
	rd.header(tables, &h)
	rd.rowsOf = make([][]int, len(tables))
	rd.opening = make([]int, len(tables))
	t := tables[0]
	switch rd.form.ID {
	case forms.JournalStock:
		return &StockJournal{Header: h, Disability: rd.stock(0, tables[0]), Professional: rd.stock(1, tables[1])}
	case forms.JournalDisability:
		return &DisabilityJournal{Header: h, Entries: readRows(rd, 0, t, disabilityTable.read)}
	case forms.JournalGeneralCapacity:
		return &GeneralCapacityJournal{Header: h, Entries: readRows(rd, 0, t, generalCapacityTable.read)}
	case forms.JournalProfessionalCapacity:
		return &ProfessionalCapacityJournal{Header: h, Entries: readRows(rd, 0, t, professionalCapacityTable.read)}
	case forms.JournalCare:
		return &CareJournal{Header: h, Entries: readRows(rd, 0, t, careTable.read)}
	}
	return &ActsJournal{Header: h, Entries: readRows(rd, 0, t, actTable.read)}
}

// readRows reads the entries of section sec from the rows under the
// table's column numbers, skipping empty rows and paragraphs.
func readRows[E any](rd *reader, sec int, t table, read func(c cells) E) []E {
	var out []E
	for row := t.numbers + 1; row <= len(t.g.rows); row++ {
		if !rd.entryRow(t.g, row) {
			continue
		}
		out = append(out, read(cells{rd, t.g, row}))
		rd.rowsOf[sec] = append(rd.rowsOf[sec], row)
	}
	return out
}

// stock reads a section of journal 1: its opening balance and entries.
// The balance column is computed, so it is not read.
func (rd *reader) stock(sec int, t table) StockSection {
	var s StockSection
	label := squeeze(rd.form.Sections[sec].Opening.Join())
	n := len(rd.form.Columns)
	for row := t.numbers + 1; row <= len(t.g.rows); row++ {
		if squeeze(t.g.cell(row, 1)) == label {
			s.Opening = cells{rd, t.g, row}.number(n, false)
			rd.opening[sec] = row
			break
		}
	}
	s.Entries = readRows(rd, sec, t, stockTable.read)
	return s
}

// term reads a term and its end date, as termText prints them.
func (c cells) term(col int) (forms.Term, time.Time) {
	s := c.text(col)
	if s == "" {
		return "", time.Time{}
	}
	t, until, ok := parseTerm(norm(s))
	if !ok {
		c.rd.fail(c.g, c.row, col, ErrUnknownValue)
	}
	return t, until
}

// labels returns an option's labels in both languages.
func labels(t forms.Text) []string {
	if t.KK == "" || t.KK == t.RU {
		return []string{t.RU}
	}
	return []string{t.RU, t.KK}
}

// parseGroupCause reads «group, cause» in either language. The cause
// must be all that follows the group, so a cause with commas in it, or a
// group whose label begins another's, reads back as written.
func parseGroupCause(s string) (forms.Group, forms.Cause, bool) {
	s = norm(s)
	for _, g := range forms.Groups() {
		for _, gl := range labels(g.Label) {
			rest, ok := strings.CutPrefix(s, gl+", ")
			if !ok {
				continue
			}
			for _, cs := range forms.Causes() {
				for _, cl := range labels(cs.Label) {
					if rest == cl {
						return forms.Group(g.ID), forms.Cause(cs.ID), true
					}
				}
			}
		}
	}
	return "", "", false
}

// parseTerm reads a term as termText prints it: a label, «до <date>»,
// or a label with «, до <date>» after it.
func parseTerm(s string) (forms.Term, time.Time, bool) {
	for _, o := range forms.Terms() {
		t := forms.Term(o.ID)
		for _, lang := range []Language{Russian, Kazakh} {
			label := pick(o.Label, lang)
			if t == forms.TermUntil {
				pre, post, _ := strings.Cut(label, forms.Slot)
				if strings.HasPrefix(s, pre) && strings.HasSuffix(s, post) && len(s) >= len(pre)+len(post) {
					d := strings.TrimSpace(s[len(pre) : len(s)-len(post)])
					if d == forms.Blank {
						return t, time.Time{}, true
					}
					if until, ok := parseDate(d); ok {
						return t, until, true
					}
				}
				continue
			}
			if s == label {
				return t, time.Time{}, true
			}
			rest, ok := strings.CutPrefix(s, label+", ")
			if !ok {
				continue
			}
			pre, post, _ := strings.Cut(pick(forms.Until(), lang), forms.Slot)
			if rest, ok = strings.CutPrefix(rest, pre); ok {
				rest, ok = strings.CutSuffix(rest, post)
			}
			if until, good := parseDate(rest); ok && good {
				return t, until, true
			}
		}
	}
	return "", time.Time{}, false
}

// parseDocSeries splits journal 4's column 6 into the document kind and
// the series after it. A series with no kind before it has none.
func parseDocSeries(s string) (forms.DocumentKind, string) {
	for _, o := range forms.DocumentKinds() {
		for _, l := range labels(o.Label) {
			if rest, ok := strings.CutPrefix(s, l+" "); ok {
				return forms.DocumentKind(o.ID), strings.TrimSpace(rest)
			}
		}
	}
	return "", s
}

// para is a paragraph of the sheet: a text in column 1 alone.
type para struct {
	g    *grid
	row  int
	text string // white space collapsed
}

// paras returns the paragraphs of rows from to to of g.
func paras(g *grid, from, to int) []para {
	var out []para
	for row := from; row <= min(to, len(g.rows)); row++ {
		r := g.rows[row-1]
		if len(r) == 0 || strings.TrimSpace(r[0]) == "" {
			continue
		}
		alone := true
		for _, v := range r[1:] {
			alone = alone && strings.TrimSpace(v) == ""
		}
		if alone {
			out = append(out, para{g, row, norm(r[0])})
		}
	}
	return out
}

// note records where a header field was read.
func (rd *reader) note(p para, fields ...string) {
	for _, f := range fields {
		rd.at[f] = [2]string{p.g.name, cellName(1, p.row)}
	}
}

// headerFail notes a header field that cannot be read.
func (rd *reader) headerFail(p para, field string, err error) {
	rd.errs = append(rd.errs, &CellError{Sheet: p.g.name, Cell: cellName(1, p.row), Field: field, Err: err})
}

// validation turns the problems validation finds into errors at the
// cells they were read from.
func (rd *reader) validation(err error, tables []table) {
	if err == nil {
		return
	}
	var all []error
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		all = j.Unwrap()
	} else {
		all = []error{err}
	}
	for _, e := range all {
		var ve *ValidationError
		if !errors.As(e, &ve) {
			rd.errs = append(rd.errs, e)
			continue
		}
		sec := 0
		for i, s := range rd.form.Sections {
			if s.ID == ve.Section {
				sec = i
			}
		}
		ce := &CellError{Column: ve.Column, Field: ve.Field, Err: ve.Err}
		switch {
		case ve.Entry > 0 && sec < len(tables) && ve.Entry <= len(rd.rowsOf[sec]):
			ce.Sheet = tables[sec].g.name
			ce.Cell = cellName(max(ve.Column, 1), rd.rowsOf[sec][ve.Entry-1])
		case ve.Field == "opening" && sec < len(tables) && rd.opening[sec] > 0:
			ce.Sheet = tables[sec].g.name
			ce.Column = len(rd.form.Columns)
			ce.Cell = cellName(ce.Column, rd.opening[sec])
		default:
			at, ok := rd.at[ve.Field]
			if !ok {
				at = [2]string{tables[0].g.name, "A1"}
			}
			ce.Sheet, ce.Cell = at[0], at[1]
		}
		rd.errs = append(rd.errs, ce)
	}
}
