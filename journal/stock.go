package journal

import (
	"time"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/jsonrec"
	"github.com/msedocs/msedocs/internal/layout"
)

// StockEntry is one line of journal 1: blanks received into stock, or
// issued from it to a unit.
type StockEntry struct {
	// No is the entry number; 0 numbers the entry by its position.
	No     int
	Date   time.Time // column 2
	Series string    // column 3: series and numbers of the blanks
	// Received and Issued are the counts of blanks (columns 4 and 5).
	Received, Issued int
	// Unit and Recipient say who the blanks were issued to (columns 6 and
	// 7); the recipient signs on paper.
	Unit, Recipient string
}

// StockSection is one section of journal 1. The balance (column 8) is not
// typed in: it is the opening balance plus what was received less what
// was issued, row by row.
type StockSection struct {
	// Opening is the balance before the first entry: blanks in stock.
	Opening int
	// Entries are the section's entries, in order.
	Entries []StockEntry
}

// Balances returns the balance after each entry.
func (s *StockSection) Balances() []int {
	out := make([]int, len(s.Entries))
	bal := s.Opening
	for i, e := range s.Entries {
		bal += e.Received - e.Issued
		out[i] = bal
	}
	return out
}

// StockJournal is journal 1, «Журнал учета справок об инвалидности и
// степени утраты профессиональной трудоспособности» (Order No. 318,
// Appendix 1): the ledger of certificate blanks, in two sections.
type StockJournal struct {
	Header
	// Disability is section A: certificates of disability.
	Disability StockSection
	// Professional is section B: certificates of the degree of loss of
	// professional working capacity.
	Professional StockSection
}

// Form returns the form of Appendix 1.
func (j *StockJournal) Form() forms.Journal { return forms.Journal1() }

func (j *StockJournal) source() *source {
	form := j.Form()
	return &source{
		form:   form,
		header: &j.Header,
		sections: []section{
			stockSection(&form.Sections[0], &j.Disability),
			stockSection(&form.Sections[1], &j.Professional),
		},
	}
}

func stockSection(spec *forms.Section, s *StockSection) section {
	return section{
		spec: spec, opening: s.Opening, hasOpening: true, len: len(s.Entries),
		rows: func(yield func(row, error) bool) {
			bal := s.Opening
			for i := range s.Entries {
				bal += s.Entries[i].Received - s.Entries[i].Issued
				if !yield(stockRow{&s.Entries[i], bal}, nil) {
					return
				}
			}
		},
	}
}

// stockRunning is how journal 1's balance runs: the balance above plus
// the blanks received less those issued.
var stockRunning = &layout.Running{Plus: columnIndex(forms.Journal1(), "received"), Minus: columnIndex(forms.Journal1(), "issued")}

// columnIndex returns the index (from 0) of the form's column with key,
// or -1.
func columnIndex(form forms.Journal, key string) int {
	for i, c := range form.Columns {
		if c.Key == key {
			return i
		}
	}
	return -1
}

// stockRow is an entry of journal 1 with the balance after it.
type stockRow struct {
	e       *StockEntry
	balance int
}

func (r stockRow) date() time.Time { return r.e.Date }

func (r stockRow) no() int { return r.e.No }

func (r stockRow) cells(lang Language, dst []layout.CellIn) []layout.CellIn {
	dst = stockTable.cells(r.e, lang, dst)
	balance := countCell(r.balance)
	balance.Value.Kind = layout.ValueBalance
	balance.Running = stockRunning
	dst[len(dst)-1] = balance
	return dst
}

func (r stockRow) check(c *checker) {
	stockTable.check(r.e, c)
	if r.balance < 0 {
		c.add("balance", ErrNegativeBalance)
	}
}

// stockTable is journal 1's field table (see fieldTable); the balance is
// computed by stockRow.
var stockTable = newFieldTable([]column[StockEntry]{
	noCol(func(e *StockEntry) *int { return &e.No }),
	dateCol("date", true, func(e *StockEntry) *time.Time { return &e.Date }),
	textCol("series", false, func(e *StockEntry) *string { return &e.Series }),
	countCol("received", func(e *StockEntry) *int { return &e.Received }),
	issuedCol(),
	textCol("unit", false, func(e *StockEntry) *string { return &e.Unit }),
	{key: "recipient",
		json: []jsonrec.Field[StockEntry]{{Key: "recipient", Column: "recipient", Doc: "Required when blanks are issued.",
			Val: func(e *StockEntry) jsonrec.Value { return jsonrec.StringVal{P: &e.Recipient} }}},
		cell:  func(e *StockEntry, _ Language) layout.CellIn { return textCell(e.Recipient) },
		read:  func(e *StockEntry, c cells, n int) { e.Recipient = c.text(n) },
		check: func(e *StockEntry, c *checker) { c.Text("recipient", e.Recipient, e.Issued > 0) }},
	{key: "balance", running: stockRunning},
}, nil)

// issuedCol is column 5, blanks issued; an entry receives or issues some.
func issuedCol() column[StockEntry] {
	col := countCol("issued", func(e *StockEntry) *int { return &e.Issued })
	col.check = func(e *StockEntry, c *checker) {
		c.count("issued", e.Issued)
		if e.Received == 0 && e.Issued == 0 {
			c.add("received", ErrRequired)
		}
	}
	return col
}

// countCol is a count of blanks: a zero is left empty, as a ledger would.
func countCol[E any](key string, p func(*E) *int) column[E] {
	return column[E]{key: key,
		json: []jsonrec.Field[E]{{Key: key, Column: key,
			Val: func(e *E) jsonrec.Value { return jsonrec.IntVal[int]{P: p(e)} }}},
		cell:  func(e *E, _ Language) layout.CellIn { return countOrBlank(*p(e)) },
		read:  func(e *E, c cells, n int) { *p(e) = c.number(n, false) },
		check: func(e *E, c *checker) { c.count(key, *p(e)) },
		input: countInput,
	}
}

// countOrBlank leaves a zero count empty, as a ledger would.
func countOrBlank(n int) layout.CellIn {
	if n == 0 {
		return layout.CellIn{Value: layout.Value{Kind: layout.ValueInt}}
	}
	return countCell(n)
}
