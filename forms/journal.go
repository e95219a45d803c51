package forms

// Orientation is the direction of a printed page.
type Orientation int

// Page orientations.
const (
	Portrait Orientation = iota
	Landscape
)

// String returns "portrait" or "landscape".
func (o Orientation) String() string {
	if o == Landscape {
		return "landscape"
	}
	return "portrait"
}

// Kind says what a column holds. Printers use it to choose a cell type (a
// date cell, a number) and validators to choose the checks.
type Kind int

// Column kinds.
const (
	KindText      Kind = iota // free text
	KindNumber                // the entry number, column 1
	KindDate                  // a calendar date
	KindCount                 // a whole number ≥ 0
	KindSignature             // left empty, signed by hand on paper
	KindBalance               // computed running balance (journal 1)
)

// Column is one column of a journal table.
type Column struct {
	// Num is the number printed in the column-number row (1…N).
	Num int
	// Key is a stable identifier (snake_case) used in JSON and error
	// messages.
	Key string
	// Caption is the column heading in both languages.
	Caption Text
	// Width is the relative width of the column; the printer scales the
	// widths of all columns to the printable width.
	Width float64
	// Kind is what the column holds.
	Kind Kind
}

// ColumnGroup is a heading printed above several adjacent columns (the first
// level of a two-level header).
type ColumnGroup struct {
	// Caption is the group heading in both languages.
	Caption Text
	// First and Last are the column numbers (Column.Num) the group covers.
	First, Last int
}

// Section is a part of a journal with its own caption (journal 1 has two).
type Section struct {
	// ID is a stable identifier: "A", "B".
	ID string
	// Caption is printed above the section's table.
	Caption Text
	// Pages is the page range note printed under the caption of a blank
	// journal; Slot takes the range. With the default 100 pages it reads
	// as in the order: «(1 - 50 страница)».
	Pages string
	// Opening labels the section's opening balance row.
	Opening Text
}

// Journal is the form of one МСЭ journal (a register kept as a bound book).
type Journal struct {
	// ID is the stable identifier: "journal1" … "journal6", after the
	// appendix number.
	ID string
	// Appendix is the number of the appendix of Order No. 318 that
	// approves the form.
	Appendix int
	// Source is the legal citation of the form.
	Source Text
	// Title is the journal's title. Slot marks where the unit (отдел)
	// goes; a title without Slot in one language has no blank there.
	Title Text
	// Orientation is the page orientation the columns need on A4.
	Orientation Orientation
	// Columns are the table's columns in order.
	Columns []Column
	// Groups are the merged headings above some columns; empty for a
	// one-level header.
	Groups []ColumnGroup
	// Sections lists the journal's sections; empty for a journal with
	// one table.
	Sections []Section
	// BlankPages is the number of pages of a blank journal when the caller
	// does not choose one.
	BlankPages int
	// Book holds the wording every journal shares.
	Book Book
}

// Book is the wording common to every journal: ministry and department
// lines, dates, the page and continuation labels and the certification
// block written on the last page.
type Book struct {
	// Ministry is the ministry line at the top of the title page.
	Ministry   Text
	Department Text // Slot: the region
	// Started and Ended are the «basталды/начат», «аяқталды/окончен» lines;
	// Slot takes the date.
	Started, Ended Text
	// BlankDate is what stands in Started/Ended when there is no date.
	BlankDate Text
	// Page labels the page number: «Бет / Лист».
	Page Text
	// Continued marks the part of an entry carried to the next page;
	// Slot takes the entry number.
	Continued Text
	// Volume labels one volume of a journal bound in several; Slot takes
	// the volume number: «Том 2».
	Volume Text
	// VolumeEntries states the entries a volume holds; Slot takes the
	// range, e.g. «1201–2400».
	VolumeEntries Text
	// Instruction is printed above the certification block.
	Instruction Text
	// Certification is the block on the last page.
	Certification Certification
	// ClosingNote is printed after the certification block.
	ClosingNote Text
	// Months are the month names (genitive in Russian) used in filled
	// dates, January first.
	Months [12]Text
}

// Certification is the sample block «Нөмірленген және тігілген /
// Пронумеровано и прошнуровано» written on a journal's last page.
type Certification struct {
	// Heading is the two lines «Нөмірленген және тігілген» /
	// «Пронумеровано и прошнуровано».
	Heading Text
	// CountBlank is the count line of the form as printed when the count
	// is not known. A known count is written instead as «52 (елу екі /
	// пятьдесят два) бет/листа» from SheetKK and the Russian forms.
	CountBlank string
	// CountHint is the caption under the count line: «(жазбаша/прописью)».
	CountHint string
	// SheetKK is the Kazakh word for a sheet: «бет».
	SheetKK string
	// SheetOne, SheetFew and SheetMany are the Russian forms of «лист»
	// agreeing with 1, 2–4 and 5 sheets: «лист», «листа», «листов».
	SheetOne, SheetFew, SheetMany string
	// Signer is «Басшының орынбасары» / «Заместитель руководителя.».
	Signer Text
	// SignatureHint is the caption under the signature line.
	SignatureHint Text
	// Date is the date line; Slot takes the date.
	Date string
	// DateBlank is the date line of the form.
	DateBlank string
	// Seal is «М.О./М.П.».
	Seal string
}

// Column returns the column numbered num (1-based) and whether it exists.
func (j Journal) Column(num int) (Column, bool) {
	for _, c := range j.Columns {
		if c.Num == num {
			return c, true
		}
	}
	return Column{}, false
}
