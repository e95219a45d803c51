package xlsxout

import (
	"fmt"
	"github.com/msedocs/msedocs/internal/layout"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

// paperCode returns the spreadsheet code of the paper the layout chose;
// A4 for a sheet it does not name, which fitting to the width scales the
// page to.
func paperCode(p layout.Paper) int {
	switch p.Name {
	case "A3":
		return 8
	case "A5":
		return 11
	}
	return 9
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

// setInput records what the empty ruled cells of sheet column col
// accept; the first cell's input stands for the column.
func (sh *sheet) setInput(col int, in *layout.Input) {
	if col >= len(sh.inputs) {
		sh.inputs = append(sh.inputs, make([]*layout.Input, col+1-len(sh.inputs))...)
	}
	if sh.inputs[col] == nil {
		sh.inputs[col] = in
	}
}

// validations adds the data validations of the empty ruled rows, from
// their cells' inputs, and the hidden sheet their drop-down lists come
// from.
func (w *Writer) validations() error {
	if len(w.sh.blank) == 0 {
		return nil
	}
	for col, in := range w.sh.inputs {
		if in == nil || col >= len(w.cols) {
			continue
		}
		dv, err := w.validation(col, in)
		if err != nil {
			return fmt.Errorf("xlsx: validation of column %d: %w", col+1, err)
		}
		if err := w.f.AddDataValidation(w.sh.name, dv); err != nil {
			return fmt.Errorf("xlsx: %w", err)
		}
	}
	return nil
}

// validation returns the data validation of sheet column col's empty
// ruled rows.
func (w *Writer) validation(col int, in *layout.Input) (*excelize.DataValidation, error) {
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
	switch in.Kind {
	case layout.InputDate:
		// 1 January 1900 to 31 December 9999.
		err = dv.SetRange(1, 2958465, excelize.DataValidationTypeDate, excelize.DataValidationOperatorBetween)
	case layout.InputWhole:
		err = dv.SetRange(in.Min, in.Max, excelize.DataValidationTypeWhole, excelize.DataValidationOperatorBetween)
	case layout.InputList:
		ref, ok := w.lists[in]
		if !ok {
			ref, err = w.writeList(len(w.lists)+1, in.List)
			w.lists[in] = ref
		}
		dv.SetSqrefDropList(ref)
	default:
		err = fmt.Errorf("unknown input kind %d", in.Kind)
	}
	if err != nil {
		return nil, err
	}
	style := excelize.DataValidationErrorStyleWarning
	if in.Strict {
		style = excelize.DataValidationErrorStyleStop
	}
	if in.Prompt != "" {
		dv.SetInput("", in.Prompt)
		dv.SetError(style, "", in.Prompt)
	} else {
		dv.SetError(style, "", "")
	}
	return dv, nil
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
// SetProps sets the workbook's properties, written when it is closed:
// a workbook whose title depends on what it holds can set them last.
func (w *Writer) SetProps(p Props) { w.cfg.Props = p }

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
