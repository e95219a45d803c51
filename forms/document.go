package forms

import "strings"

// Paper is the sheet a document is printed on, always in portrait.
type Paper int

// Sheet sizes.
const (
	A4 Paper = iota // 210 × 297 mm
	A5              // 148 × 210 mm
)

// The sides of the sheets in points (1/72 inch): A4 is A4Short ×
// A4Long, A5 is A5Short × A4Short.
const (
	A4Short = 595.28 // 210 mm
	A4Long  = 841.89 // 297 mm
	A5Short = 419.53 // 148 mm
)

// Size returns the width and height of the sheet in points.
func (p Paper) Size() (w, h float64) {
	if p == A5 {
		return A5Short, A4Short
	}
	return A4Short, A4Long
}

// String returns "A4" or "A5".
func (p Paper) String() string {
	if p == A5 {
		return "A5"
	}
	return "A4"
}

// FieldKind says how a field of a document is printed.
type FieldKind int

// Field kinds.
const (
	// FieldPair prints the label, Kazakh above Russian, beside the value.
	FieldPair FieldKind = iota
	// FieldLine prints a line across the form: each language has its own
	// template, and Slot in it takes the value in that language (Kazakh
	// puts the postposition after a date, so the two are not word-for-word
	// swaps). A template without Slot is a fixed statement.
	FieldLine
	// FieldTable prints a table with the document's Columns; the label is
	// the caption above it.
	FieldTable
)

// Field is one item a document prints, in the order of Document.Fields.
type Field struct {
	// Key is a stable identifier (snake_case); validation errors name
	// fields by it.
	Key string
	// Label is the caption (FieldPair, FieldTable) or the template
	// (FieldLine) in both languages.
	Label Text
	// Kind is what the field holds.
	Kind FieldKind
	// DateCase is the case a date put in the Slot of a FieldLine takes
	// in Kazakh, where the postposition after it governs the month's
	// ending: «… сәуірге дейін» (Dative), «… наурыздан бастап»
	// (Ablative). Russian dates read the same in every line.
	DateCase Case
}

// Case is a grammatical case of a Kazakh month name in a date.
type Case uint8

// Cases a date takes.
const (
	Nominative Case = iota // «2025 жылғы «09» қаңтар»
	Dative                 // before «дейін»: «… қаңтарға дейін»
	Ablative               // before «бастап»: «… қаңтардан бастап»
)

// Document is the form of one result document of the МСЭ state service
// (the standard of Order No. 60, Appendix 2-1 to the МСЭ rules, item 5).
//
// The official blanks are approved by an order that is not among the
// project's sources, so each layout is modelled on the rules: a bilingual
// form in the style of Kazakh official documents. Wording marked
// (reconstructed) in documents.go was not seen in an official text; the
// official text replaces it here, without code changes.
type Document struct {
	// ID is the stable identifier, e.g. "disability".
	ID string
	// Source names the act that lists the document and says who receives
	// it.
	Source Text
	// Title is the document's name as printed.
	Title Text
	// FullTitle, when set, is printed instead of Title when the whole part
	// is issued rather than an extract: the standard gives those disabled
	// by a work injury or an occupational disease the full social or
	// professional part of the rehabilitation programme.
	FullTitle Text
	// Paper is the sheet the document is printed on.
	Paper Paper
	// Serial says that the document carries the series and number of its
	// blank.
	Serial bool
	// Stock says that the blank is a numbered blank of strict
	// accountability, kept in the ledger of blanks (journal 1).
	Stock bool
	// Journal is the ID of the journal that registers the issue
	// ("journal2" … "journal5"), or "" for none.
	Journal string
	// Fields are what the document prints between the title and the
	// signature, in order. A field the record has no value for is left
	// out.
	Fields []Field
	// Columns are the columns of the FieldTable field, if any.
	Columns []Column
	// Common is the wording every document shares.
	Common DocumentBook
}

// Field returns the field with the given key and whether it exists.
func (d Document) Field(key string) (Field, bool) {
	for _, f := range d.Fields {
		if f.Key == key {
			return f, true
		}
	}
	return Field{}, false
}

// Placeholders of DocumentBook.Date.
const (
	SlotDay   = "{day}"
	SlotMonth = "{month}"
	SlotYear  = "{year}"
)

// DocumentBook is the wording every result document shares: the issuer's
// lines, the series line, the date of issue, the signature of the head of
// the МСЭ department and the place of the seal.
type DocumentBook struct {
	// FormMark is printed in the top right corner: «Нысан» / «Форма».
	FormMark Text
	// Ministry and Department head the form; Slot in Department takes
	// the region.
	Ministry Text
	// Department is the issuing department line; Slot takes the region.
	Department Text
	// Unit names the МСЭ department (отдел); Slot takes its name.
	Unit Text
	// Duplicate marks a duplicate issued to the person.
	Duplicate Text
	// Serial labels the series of the blank; Number precedes its number.
	Serial Text
	// Number labels the series and number of a blank.
	Number string
	// Date is a date as forms print it, in each language, with SlotDay,
	// SlotMonth (the month's name) and SlotYear. Filled with «__»,
	// «______» and «20__» it is the blank date of a form.
	Date Text
	// Months are the month names (genitive in Russian), January first.
	Months [12]Text
	// MonthsDative and MonthsAblative are the Kazakh month names in the
	// dative and the ablative, January first (see Field.DateCase).
	MonthsDative, MonthsAblative [12]string
	// IssuedOn is the line of the date of issue; Slot takes the date.
	IssuedOn Text
	// Head is the signer: the head of the МСЭ department.
	Head Text
	// SignatureLine is the ruled gap for the signature.
	SignatureLine string
	// SignatureHint is the caption under the signature line.
	SignatureHint string
	// Seal is «М.О./М.П.».
	Seal string
	// Percent writes a percentage: Slot takes the figure and the words,
	// e.g. «60 (алпыс / шестьдесят) %».
	Percent string
	// Batch titles a file holding several documents.
	Batch Text
	// Verify says where an issued document prints the QR code of its
	// verification URL, when the department gives one.
	Verify VerifyMark
}

// Place names where on a document something stands.
type Place string

// Places of a document.
const (
	// PlaceSignature is at the right margin, beside the head's signature
	// and the seal, its top level with the head's title.
	PlaceSignature Place = "signature"
)

// VerifyMark is the QR code of a document's verification URL, with the
// URL printed small beneath it (reconstructed: the official blanks carry
// none).
type VerifyMark struct {
	// Place is where the code stands.
	Place Place
	// Width is the least width of the code with its quiet zone, in
	// millimetres; a long URL makes it wider. At least 18.
	Width float64
	// CaptionWidth is the width of the box the URL is printed in, beneath
	// the code, in millimetres.
	CaptionWidth float64
}

// FillDate writes a date as the form prints it: day as two digits, the
// month's names and the year. Empty parts print the blanks of the form,
// so FillDate("", Text{}, "") is «20__ жылғы «__» ______».
func (b DocumentBook) FillDate(day string, month Text, year string) Text {
	fill := func(tmpl, m string) string {
		return strings.NewReplacer(
			SlotDay, orBlank(day, "__"),
			SlotMonth, orBlank(m, Blank),
			SlotYear, orBlank(year, "20__"),
		).Replace(tmpl)
	}
	return Text{KK: fill(b.Date.KK, month.KK), RU: fill(b.Date.RU, month.RU)}
}

// Month returns the name of month m (1 for January) in case c: Kazakh
// declined, Russian in the genitive as dates take it.
func (b DocumentBook) Month(m int, c Case) Text {
	if m < 1 || m > 12 {
		return Text{}
	}
	t := b.Months[m-1]
	switch c {
	case Dative:
		t.KK = b.MonthsDative[m-1]
	case Ablative:
		t.KK = b.MonthsAblative[m-1]
	}
	return t
}

func orBlank(s, blank string) string {
	if s == "" {
		return blank
	}
	return s
}
