package xlsxout

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

// papers are the spreadsheet codes of ISO paper sizes, with their short
// and long side in points.
var papers = [...]struct {
	code        int
	short, long float64
}{{9, 595.3, 841.9}, {11, 419.5, 595.3}, {8, 841.9, 1190.6}}

// paperCode returns the spreadsheet code of the paper of a page w by h
// points; A4 for a size it does not know, which fitting to the width
// scales the page to.
func paperCode(w, h float64) int {
	short, long := min(w, h), max(w, h)
	for _, p := range papers {
		if math.Abs(p.short-short) < 2 && math.Abs(p.long-long) < 2 {
			return p.code
		}
	}
	return papers[0].code
}

// slackPt is taken off the bottom margin.
const slackPt = 3

// fixedDate stands for the creation date when none is given.
var fixedDate = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// inches converts points to the inches page margins are given in.
func inches(pt float64) float64 {
	return float64(int(pt/72*1000+0.5)) / 1000
}

// printSetup sets paper, orientation, fitting, margins, the footer
// numbering the pages and the header rows printed on every page. It must
// run before Flush.
func (w *Writer) printSetup() error {
	sh := w.sh
	sheet := sh.name
	size, orient := sh.paper, "portrait"
	if sh.landscape {
		orient = "landscape"
	}
	wide, tall := 1, 0 // as wide as the page, as many pages as it takes
	first := uint(max(sh.firstPage, 1))
	if err := w.f.SetPageLayout(sheet, &excelize.PageLayoutOptions{
		Size: &size, Orientation: &orient, FitToWidth: &wide, FitToHeight: &tall,
		FirstPageNumber: &first,
	}); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	m := sh.margins
	// A little room at the foot absorbs the rounding of row heights to
	// pixels, so that no page overflows past its manual break.
	top, right, bottom, left := inches(m.Top), inches(m.Right), inches(max(m.Bottom-slackPt, 0)), inches(m.Left)
	footer, header := inches(m.Bottom/3), inches(m.Top/3)
	if err := w.f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{
		Top: &top, Right: &right, Bottom: &bottom, Left: &left, Footer: &footer, Header: &header,
	}); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	if sh.numbered {
		label := strings.ReplaceAll(sh.label, "&", "&&")
		if label != "" {
			label += " "
		}
		if err := w.f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{
			OddFooter: "&R&8" + label + "&P",
		}); err != nil {
			return fmt.Errorf("xlsx: %w", err)
		}
	}
	if sh.titleLast > 0 {
		err := w.f.SetDefinedName(&excelize.DefinedName{
			Name:     "_xlnm.Print_Titles",
			RefersTo: fmt.Sprintf("%s!$%d:$%d", quoteSheet(sheet), sh.titleFirst, sh.titleLast),
			Scope:    sheet,
		})
		if err != nil {
			return fmt.Errorf("xlsx: %w", err)
		}
	}
	return nil
}

// printArea sets the print area of a finished document to the cells
// written. It must run before Flush.
func (w *Writer) printArea() error {
	sh := w.sh
	if !sh.fixed || sh.row == 0 {
		return nil
	}
	err := w.f.SetDefinedName(&excelize.DefinedName{
		Name:     "_xlnm.Print_Area",
		RefersTo: fmt.Sprintf("%s!$A$1:$%s$%d", quoteSheet(sh.name), w.cols[len(w.cols)-1], sh.row),
		Scope:    sh.name,
	})
	if err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	return nil
}

// quoteSheet quotes a sheet name for a formula.
func quoteSheet(name string) string {
	return "'" + strings.ReplaceAll(name, "'", "''") + "'"
}

// validations adds the data validations of the empty ruled rows, and the
// hidden sheet their drop-down lists come from.
func (w *Writer) validations() error {
	if len(w.sh.blank) == 0 {
		return nil
	}
	for col, v := range w.cfg.Validations {
		if v == nil || col >= len(w.cols) {
			continue
		}
		dv := excelize.NewDataValidation(true)
		var sqref strings.Builder
		for _, s := range w.sh.blank {
			if sqref.Len() > 0 {
				sqref.WriteByte(' ')
			}
			sqref.WriteString(w.cellRef(col, s.first))
			sqref.WriteByte(':')
			sqref.WriteString(w.cellRef(col, s.last))
		}
		dv.Sqref = sqref.String()
		var err error
		switch v.Kind {
		case ValidDate:
			// 1 January 1900 to 31 December 9999.
			err = dv.SetRange(1, 2958465, excelize.DataValidationTypeDate, excelize.DataValidationOperatorBetween)
		case ValidWhole:
			err = dv.SetRange(v.Min, v.Max, excelize.DataValidationTypeWhole, excelize.DataValidationOperatorBetween)
		case ValidList:
			ref, ok := w.lists[col]
			if !ok {
				ref, err = w.writeList(len(w.lists)+1, v.List)
				w.lists[col] = ref
			}
			dv.SetSqrefDropList(ref)
		default:
			err = fmt.Errorf("unknown validation kind %d", v.Kind)
		}
		if err != nil {
			return fmt.Errorf("xlsx: validation of column %d: %w", col+1, err)
		}
		style := excelize.DataValidationErrorStyleWarning
		if v.Strict {
			style = excelize.DataValidationErrorStyleStop
		}
		if v.Prompt != "" {
			dv.SetInput("", v.Prompt)
			dv.SetError(style, "", v.Prompt)
		} else {
			dv.SetError(style, "", "")
		}
		if err := w.f.AddDataValidation(w.sh.name, dv); err != nil {
			return fmt.Errorf("xlsx: %w", err)
		}
	}
	return nil
}

// writeList writes values down column col of the hidden list sheet and
// returns the reference a validation takes.
func (w *Writer) writeList(col int, values []string) (string, error) {
	name := w.cfg.ListSheet
	if name == "" {
		name = "Lists"
	}
	if col == 1 {
		if _, err := w.f.NewSheet(name); err != nil {
			return "", err
		}
		if err := w.f.SetSheetVisible(name, false, true); err != nil {
			return "", err
		}
	}
	letter, err := excelize.ColumnNumberToName(col)
	if err != nil {
		return "", err
	}
	for i, v := range values {
		if err := w.f.SetCellStr(name, letter+strconv.Itoa(i+1), v); err != nil {
			return "", err
		}
	}
	return fmt.Sprintf("%s!$%s$1:$%s$%d", quoteSheet(name), letter, letter, max(len(values), 1)), nil
}

// props sets the document properties.
func (w *Writer) props() error {
	p := w.cfg.Props
	created := p.Created
	if created.IsZero() {
		created = fixedDate
	}
	stamp := created.UTC().Format(time.RFC3339)
	if err := w.f.SetDocProps(&excelize.DocProperties{
		Title: p.Title, Subject: p.Subject, Creator: p.Creator, LastModifiedBy: p.Creator,
		Language: p.Language, Description: p.Description, Identifier: p.Identifier, Created: stamp, Modified: stamp,
	}); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	if err := w.f.SetAppProps(&excelize.AppProperties{Application: p.Creator}); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	return nil
}
