package journal

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/msedocs/msedocs/forms"
	"github.com/xuri/excelize/v2"
)

// Sentinel errors of a workbook that cannot be read at all.
var (
	// ErrEncrypted: the workbook is saved with a password (an OLE
	// compound file, not a zip); save it without one to read it.
	ErrEncrypted = errors.New("workbook is encrypted (saved with a password)")
	// ErrTooLarge: a part or sheet of the workbook is larger than a
	// journal's can be.
	ErrTooLarge = errors.New("larger than a journal can be")
)

// Limits of reading a workbook: what the largest journal needs, so that
// a workbook claiming more costs little to refuse. Peak memory stays
// under 100 MB whatever a workbook within them holds (measured: 31 MB
// of short cells took 120 MB, 28 MB of tiny shared strings 600 MB).
//
// A journal is one МСЭ unit's register over a year or so; the busiest
// units register a few thousand people a year. WriteXLSX writes about
// 840 bytes of sheet XML an entry of journal 6, the widest form
// (measured: 839,537 bytes for 1,000 entries), so 16 MB unzipped, all
// parts together, holds some 19,000 entries: several times the busiest
// year. A spreadsheet program saving the journal moves its texts to
// shared strings, about 70 bytes each: 2 MB holds some 28,000, while
// excelize holds each in about 250 bytes of memory however short. The
// other XML parts (workbook, styles, relationships) are a few kilobytes.
// Both excelize limits are the same, so no part is ever written to a
// temporary file.
const (
	// maxUnzipped is the most bytes all parts of a workbook may hold
	// unzipped; the zipped workbook may not be larger either.
	maxUnzipped = 16 << 20
	// maxSharedStrings is the most bytes of xl/sharedStrings.xml.
	maxSharedStrings = 2 << 20
	// maxOtherXML is the most bytes of any other XML part but a sheet.
	maxOtherXML = 1 << 20
	// maxSheets is the most sheets a workbook may have: a journal
	// has one or two; a person may add a few.
	maxSheets = 32
	// maxRowCells is the most cells excelize may build for the rows of
	// a workbook, as it builds them: every cell up to a row's last, so a
	// row with one cell in column XFD costs 16,384. A journal has at
	// most maxSheetRows rows of at most 12 cells (the widest form's 11
	// columns and one beside): 600,000. This bounds the time at a tenth
	// of a second and what excelize builds at about 10 MB.
	maxRowCells = 600_000
	// maxSheetRows is the most rows a sheet may have, counting empty
	// ones: 19,000 entries, some split over several rows, the title and
	// the certification.
	maxSheetRows = 50_000
)

// oleSignature begins an OLE compound file, which is how Excel and
// LibreOffice save a workbook with a password.
var oleSignature = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// keptColumns is how many cells of a row are kept: the widest form's
// columns, and one more to see that a table ends there. Cells right of
// it are ignored: notes a person keeps beside the journal are not part
// of it.
func keptColumns() int {
	n := 0
	for _, f := range forms.Journals() {
		n = max(n, len(f.Columns))
	}
	return n + 1
}

// openWorkbook reads r (at most maxUnzipped bytes) and opens it as a
// workbook, refusing an encrypted one and one whose parts declare more
// than maxUnzipped bytes unzipped, before excelize believes them.
func openWorkbook(r io.Reader) (*excelize.File, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxUnzipped+1))
	if err != nil {
		return nil, fmt.Errorf("xlsx: %w", err)
	}
	if len(data) > maxUnzipped {
		return nil, fmt.Errorf("xlsx: workbook %w (over %d MB)", ErrTooLarge, maxUnzipped>>20)
	}
	if bytes.HasPrefix(data, oleSignature) {
		return nil, fmt.Errorf("xlsx: %w", ErrEncrypted)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("xlsx: %w: %w", ErrNotJournal, err)
	}
	if err := checkParts(zr); err != nil {
		return nil, err
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit: maxUnzipped, UnzipXMLSizeLimit: maxUnzipped,
	})
	if err != nil {
		return nil, fmt.Errorf("xlsx: %w: %w", ErrNotJournal, err)
	}
	return f, nil
}

// checkParts refuses a workbook whose parts declare more bytes unzipped
// than a journal's can hold (see maxUnzipped), before excelize reserves
// what they declare.
func checkParts(zr *zip.Reader) error {
	var sum uint64
	for _, zf := range zr.File {
		name := strings.ToLower(strings.ReplaceAll(zf.Name, "\\", "/"))
		limit := uint64(maxUnzipped)
		switch {
		case name == "xl/sharedstrings.xml":
			limit = maxSharedStrings
		case strings.HasPrefix(name, "xl/worksheets/"):
		case strings.HasSuffix(name, ".xml") || strings.HasSuffix(name, ".rels"):
			limit = maxOtherXML
		}
		sum += zf.UncompressedSize64
		if zf.UncompressedSize64 > limit || sum > maxUnzipped {
			return fmt.Errorf("xlsx: part %s: %w (over %d KB unzipped)", zf.Name, ErrTooLarge, min(limit, maxUnzipped)>>10)
		}
	}
	return nil
}

// readSheets reads every sheet, hidden ones too (a journal sheet a
// person hid is still the journal), a row at a time, keeping the first
// keptColumns cells of each row.
func readSheets(f *excelize.File) ([]*grid, error) {
	keep, budget := keptColumns(), maxRowCells
	names := f.GetSheetList()
	if len(names) > maxSheets {
		return nil, fmt.Errorf("xlsx: workbook %w (over %d sheets)", ErrTooLarge, maxSheets)
	}
	var out []*grid
	for _, name := range names {
		g, err := readSheet(f, name, keep, &budget)
		if err != nil {
			return nil, err
		}
		out = append(out, g)
	}
	return out, nil
}

// readSheet reads one sheet's rows, each cut to keep cells. The cells
// excelize builds are taken from budget; a row past it is refused as a
// *CellError naming its last cell.
func readSheet(f *excelize.File, name string, keep int, budget *int) (_ *grid, err error) {
	rows, err := f.Rows(name)
	if err != nil {
		return nil, fmt.Errorf("xlsx: sheet %q: %w", name, err)
	}
	defer func() {
		if cerr := rows.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("xlsx: sheet %q: %w", name, cerr)
		}
	}()
	g := &grid{name: name}
	for rows.Next() {
		if len(g.rows) == maxSheetRows {
			return nil, fmt.Errorf("xlsx: sheet %q: %w (over %d rows)", name, ErrTooLarge, maxSheetRows)
		}
		cols, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, fmt.Errorf("xlsx: sheet %q: %w", name, err)
		}
		if *budget -= len(cols); *budget < 0 {
			return nil, &CellError{Sheet: name, Cell: cellName(len(cols), len(g.rows)+1),
				Err: fmt.Errorf("%w: cells far right of the form's columns", ErrTooLarge)}
		}
		if len(cols) > keep {
			// A copy: the row excelize made may reach column XFD.
			cols = slices.Clone(cols[:keep])
		}
		g.rows = append(g.rows, cols)
	}
	if err := rows.Error(); err != nil {
		return nil, fmt.Errorf("xlsx: sheet %q: %w", name, err)
	}
	return g, nil
}
