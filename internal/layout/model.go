// Package layout is the one layout model behind every printer of msedocs.
//
// A Builder sets content (paragraphs and tables) onto pages once: it
// measures text with the fonts' cached widths, breaks lines, paginates,
// repeats table headers and keeps rows whole. The result is a tree of
// pages, blocks, rows and cells, each with its position in points from the
// page's top-left corner. The PDF printer only walks this tree and draws;
// the XLSX printer walks the same tree and writes cells; golden tests dump
// it as text (see Dump).
package layout

import "time"

// Paper is a sheet of paper: its ISO name and which way it is turned.
// The page's W and H are its size as printed.
type Paper struct {
	// Name is the ISO name of the sheet, "A4" or "A5"; a printer that
	// does not know it prints on A4, fitted to the width.
	Name string
	// Landscape marks a sheet turned on its side (W > H).
	Landscape bool
}

// Style is a font face of the document's family.
type Style uint8

// Font faces.
const (
	Regular Style = iota
	Bold
)

// Leading is the distance between the baselines of two lines of text, as
// a multiple of the font size, everywhere in the layout.
const Leading = 1.15

// Align is the horizontal alignment of text in its box.
type Align uint8

// Alignments.
const (
	Left Align = iota
	Center
	Right
)

// Line is one set line of text. X is its left end and Y its baseline.
type Line struct {
	X, Y  float64 // the left end and the baseline, in points from the page's top left
	Text  string  // the line's text, a hyphen added where a word was broken
	Style Style   // the face: regular or bold
	Size  float64 // the font size in points
}

// Role says what a block is on the form, so printers and tests can find it.
type Role string

// Block roles.
const (
	RoleMinistry      Role = "ministry"
	RoleDepartment    Role = "department"
	RoleTitle         Role = "title"
	RoleVolume        Role = "volume"
	RoleDates         Role = "dates"
	RoleCaption       Role = "caption"
	RoleTable         Role = "table"
	RoleContinued     Role = "continued"
	RoleInstruction   Role = "instruction"
	RoleCertification Role = "certification"
	RoleNote          Role = "note"
	RolePageNumber    Role = "page-number"
	RoleText          Role = "text"
)

// Block is a paragraph or a table fragment placed on a page.
type Block struct {
	Role       Role    // what the block is on the form
	X, Y, W, H float64 // the block's box: top left corner, width and height
	// Lines are the paragraph's lines; empty for a table.
	Lines []Line
	// Align is how the paragraph's lines are aligned.
	Align Align
	// Table is set for a table fragment: the part of a table on one page.
	Table *Fragment
	// Matrix is set for a block of square modules, such as a QR code.
	Matrix *Matrix
}

// Matrix is a square grid of modules, each dark or light, that printers
// draw as filled squares: a QR code, for one. Printers know nothing of
// what it encodes; Text is there only for those that can attach it to the
// drawing (alternative text, a link).
type Matrix struct {
	// X and Y are the top-left corner of the first module; the block
	// around it holds the light margin (quiet zone) too.
	X, Y float64
	// Size is the number of modules a side.
	Size int
	// Module is the side of one module, in points.
	Module float64
	// Dark holds Size × Size modules, row by row from the top left; true
	// is a dark module.
	Dark []bool
	// Text is what the matrix encodes, e.g. a URL.
	Text string
}

// At reports whether the module in row r and column c is dark. Modules
// outside the grid are light.
func (m *Matrix) At(r, c int) bool {
	if r < 0 || c < 0 || r >= m.Size || c >= m.Size || r*m.Size+c >= len(m.Dark) {
		return false
	}
	return m.Dark[r*m.Size+c]
}

// Runs calls fn for every run of dark modules in a row, left to right,
// rows from the top: row r, first column c, and n modules. Printers draw
// each run as one rectangle.
func (m *Matrix) Runs(fn func(r, c, n int)) {
	for r := 0; r < m.Size; r++ {
		for c := 0; c < m.Size; {
			if !m.At(r, c) {
				c++
				continue
			}
			n := 1
			for m.At(r, c+n) {
				n++
			}
			fn(r, c, n)
			c += n
		}
	}
}

// Fragment is the part of a table that stands on one page.
type Fragment struct {
	// Edges are the x positions of the column borders: len(columns)+1.
	Edges []float64
	Rows  []Row // the rows on the page, top to bottom
}

// Rules returns the fragment's border lines, merged into the longest
// segments. They follow from the cells, so they are worked out only by a
// printer that draws them.
func (f *Fragment) Rules() []Rule { return rules(f.Rows) }

// RowKind says what a table row holds.
type RowKind uint8

// Row kinds.
const (
	RowHeader  RowKind = iota // a caption row of the header
	RowNumbers                // the row of column numbers 1…N
	RowEntry                  // a filled entry
	RowBlank                  // an empty ruled row to be filled by hand
	// RowOpening is the row above a section's entries that states the
	// amount the first entry continues from (journal 1's opening stock).
	// A running value (ValueBalance) in the first entry refers to it.
	RowOpening
)

var rowKindNames = [...]string{"header", "numbers", "entry", "blank", "opening"}

// String returns the kind's name as used in dumps.
func (k RowKind) String() string {
	if int(k) < len(rowKindNames) {
		return rowKindNames[k]
	}
	return "?"
}

// Row is one row of a table fragment.
type Row struct {
	Kind RowKind // header, column numbers, entry, blank, …
	// Repeat marks a header row repeated at the top of a further page.
	Repeat bool
	// Entry is the entry's number for RowEntry rows.
	Entry int
	// Part numbers the pieces of an entry split across pages (1, 2, …);
	// 0 for a whole row.
	Part  int
	Y, H  float64 // the row's top and height
	Cells []Cell  // the row's cells, left to right
}

// Cell is one cell of a row. A header cell may span several columns and,
// in a two-level header, both header rows.
type Cell struct {
	Col, Span, RowSpan int     // the first column (from 0), columns and header rows covered
	X, W, H            float64 // the cell's left edge, width and height
	Align              Align   // how its lines are aligned
	Lines              []Line  // its printed lines
	Value              Value   // its typed value, for a workbook
	// Running, when set, makes the cell a running value (ValueBalance):
	// the value above plus one column less another. An empty ruled cell
	// with Running computes it once its row is filled.
	Running *Running
	// Input is what may be typed into the cell, decided by the composer
	// for the empty ruled rows of a blank form: a printer that makes a
	// form to fill on screen (a workbook) checks what is typed with it.
	Input *Input
}

// Running is how a running value is computed: the value of the same
// column in the row above (or the opening row), plus column Plus, less
// column Minus, columns of the table counted from 0. Plus and Minus are
// adjacent, Plus first: a row in which both are empty has no value yet.
type Running struct {
	// Plus is the column added, Minus the column taken away.
	Plus, Minus int
}

// Input is what a person may type into an empty cell: a date, a whole
// number in a range, or a value of a list.
type Input struct {
	// Kind is what the cell accepts.
	Kind InputKind
	// Min and Max bound an InputWhole.
	Min, Max int
	// List holds the values an InputList offers.
	List []string
	// Strict refuses a value that does not pass; otherwise a warning
	// lets the person keep it (a term «до …» takes a date the list cannot
	// hold).
	Strict bool
	// Prompt is shown when the cell is selected.
	Prompt string
}

// InputKind is what an Input accepts.
type InputKind uint8

// Input kinds.
const (
	// InputDate accepts dates only.
	InputDate InputKind = iota + 1
	// InputWhole accepts whole numbers from Min to Max.
	InputWhole
	// InputList offers the values of List in a drop-down.
	InputList
)

// Rule is a straight border line.
type Rule struct {
	X1, Y1, X2, Y2 float64 // the two ends, in points from the page's top left
}

// ValueKind is the type of a cell's value.
type ValueKind uint8

// Value kinds.
const (
	ValueNone ValueKind = iota
	ValueText           // Text
	ValueInt            // Int
	ValueDate           // Date
	// ValueBalance is a running value, Int: the value of the row above
	// (or the opening row) plus one column less another, printed as
	// computed; the cell's Running names the two columns, so that a
	// spreadsheet keeps it as that formula and it follows edits. Journal
	// 1's balance is the one use so far: stock + received − issued.
	ValueBalance
)

// Value is the typed content of a cell, for printers that keep types (a
// spreadsheet writes a date cell, not the text «09.01.2025»).
type Value struct {
	// Kind says which of the fields below holds the value.
	Kind ValueKind
	// Text is a ValueText.
	Text string
	// Int is a ValueInt or ValueBalance.
	Int int
	// Unit is printed after a ValueInt, e.g. "%" for «45%»: a workbook
	// keeps the number and shows the unit through the cell's format.
	Unit string
	// Date is a ValueDate.
	Date time.Time
}

// Margins are the margins of a page in points.
type Margins struct {
	// Top, Right, Bottom and Left are the four margins.
	Top, Right, Bottom, Left float64
}

// Page is one printed page.
type Page struct {
	// Number counts pages from 1 within the document (or volume).
	Number int
	// W and H are the page size in points.
	W, H float64
	// Blocks are the page's content, top to bottom.
	Blocks []Block
	// Margins are the page's margins, as it was laid out.
	Margins Margins
	// Label is printed with the page number at the foot: «Бет / Лист».
	Label string
	// Paper is the sheet the page is printed on, as the composer chose
	// it: a printer sets up its pages from it rather than guessing from
	// W and H.
	Paper Paper
	// StartsSection marks a page that opens a new section of the
	// document: a caption over a table's own header at the top of the
	// page. A workbook starts a new sheet there.
	StartsSection bool
}
