// Package xlsxout prints layout pages as XLSX worksheets with excelize's
// StreamWriter. Like package pdfout it only walks the page tree made by
// package layout; it decides nothing about the form.
//
// A journal's pages are streamed in with Writer.Page: each one is turned
// into sheet rows as it arrives and then dropped, so memory stays flat
// however many entries a journal has. A finished document, such as a
// certificate, is handed over whole with Writer.Document and gets a
// worksheet of its own. What is on paper only because of pagination is
// left out: headers repeated on later pages, page numbers (the footer
// numbers the printed pages instead), continuation markers. An entry split
// across two pages becomes one sheet row.
//
// The sheet's columns are the edges of the tables on its pages, so tables
// of different columns share one grid. Paragraphs become rows merged
// across the printable width; table headers keep their merged group cells;
// cells keep their types (dates, whole numbers, a running balance as a
// formula). The sheet is set up to print like the PDF: the paper and
// orientation of the pages, their margins, column widths, header rows
// repeated on every page, page breaks where the layout broke the pages.
package xlsxout

import (
	"errors"
	"github.com/msedocs/msedocs/internal/layout"
	"time"
)

// ErrState reports a Writer used out of order: a page after Close, or
// Close twice.
var ErrState = errors.New("xlsx: writer already closed")

// Margins are the page margins in points: the layout's.
type Margins = layout.Margins

// Props are the workbook's document properties.
type Props struct {
	// Title, Subject, Creator, Language (e.g. "ru-RU") and Description
	// are the core properties of those names.
	Title, Subject, Creator, Language, Description string
	// Identifier names what the workbook holds, e.g. a form's ID.
	Identifier string
	// Created is written as the creation and modification date. Zero
	// writes a fixed date, so the same input gives the same bytes.
	Created time.Time
}

// Config sets up the workbook.
type Config struct {
	// Sheets name the worksheets begun by Page: the first holds the
	// document; each further name is used by a section that begins on a
	// new page (journal 1's section B), which then has its own sheet and
	// print titles. Without names left, a section goes on in the same
	// sheet. (Document names its sheet itself.)
	Sheets []string
	// ListSheet names the hidden sheet that holds drop-down lists.
	ListSheet string
	// Font is the font family of every cell; it should have the metrics
	// of the family the layout measured with (Times New Roman for
	// Liberation Serif).
	Font string
	// BodySize is the font size of empty ruled cells, where a person
	// will type.
	BodySize float64
	// Props are the document properties.
	Props Props
}
