package main

// Issue 12, item 3: reading a workbook takes memory in proportion to the
// cells of the form it holds, whatever the workbook claims.

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// Limits of the measured processes: generous, so that only a broken
// reader reaches them, and low enough to keep the machine alive.
const (
	peakRSSLimit = 100 << 20 // what issue 12 asks for any input under 1 MB
	dataLimitKB  = 1 << 20   // 1 GB of data
	fileLimitKB  = 256 << 10 // no file (a temporary one included) over 256 MB
)

const (
	nsMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
	nsRel  = "http://schemas.openxmlformats.org/package/2006/relationships"
	nsDoc  = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
)

// handWorkbook writes a workbook of one sheet, «Журнал», part by part as
// a zip, with the sheet's XML from sheet. Nothing of the sheet is held in
// memory: a sheet of a gigabyte costs only its compressed size.
func handWorkbook(t *testing.T, sheet func(w io.Writer) error) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(w, flate.BestCompression)
	})
	parts := []struct {
		name string
		body string
	}{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
			`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
			`<Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
			`<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
			`</Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="` + nsRel + `">` +
			`<Relationship Id="rId1" Type="` + nsDoc + `/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="` + nsMain + `" xmlns:r="` + nsDoc + `">` +
			`<sheets><sheet name="Журнал" sheetId="1" r:id="rId1"/></sheets></workbook>`},
		{"xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="` + nsRel + `">` +
			`<Relationship Id="rId1" Type="` + nsDoc + `/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`},
	}
	for _, p := range parts {
		w, err := zw.Create(p.name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.WriteString(w, p.body); err != nil {
			t.Fatal(err)
		}
	}
	w, err := zw.Create("xl/worksheets/sheet1.xml")
	if err != nil {
		t.Fatal(err)
	}
	if err := sheet(w); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// xfdRows writes rows from..to of sheetData, each with one cell in
// column XFD, the last a sheet can have.
func xfdRows(w io.Writer, from, to int) error {
	for r := from; r <= to; r++ {
		if _, err := fmt.Fprintf(w, `<row r="%d"><c r="XFD%d" t="inlineStr"><is><t>x</t></is></c></row>`, r, r); err != nil {
			return err
		}
	}
	return nil
}

// xfdWorkbook is the workbook of issue 12: about 12 KB, its rows each
// holding one cell in column XFD.
func xfdWorkbook(t *testing.T) []byte {
	return handWorkbook(t, func(w io.Writer) error {
		if _, err := io.WriteString(w, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="`+nsMain+`"><sheetData>`); err != nil {
			return err
		}
		if err := xfdRows(w, 1, 3000); err != nil {
			return err
		}
		_, err := io.WriteString(w, `</sheetData></worksheet>`)
		return err
	})
}

// whitespaceWorkbook is a workbook of about 1 MB whose one sheet is
// about 1 GB of white space around an empty sheetData.
func whitespaceWorkbook(t *testing.T) []byte {
	return handWorkbook(t, func(w io.Writer) error {
		if _, err := io.WriteString(w, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="`+nsMain+`">`); err != nil {
			return err
		}
		spaces := bytes.Repeat([]byte{' '}, 1<<20)
		for range 1000 {
			if _, err := w.Write(spaces); err != nil {
				return err
			}
		}
		_, err := io.WriteString(w, `<sheetData/></worksheet>`)
		return err
	})
}

// withXFDRows returns the workbook data with n rows appended to the
// sheet at part, each with one cell in column XFD, after its last row.
func withXFDRows(t *testing.T, data []byte, part string, n int) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	found := false
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if f.Name == part {
			found = true
			rows := regexp.MustCompile(`<row r="(\d+)"`).FindAllSubmatch(body, -1)
			last := 0
			if len(rows) > 0 {
				fmt.Sscan(string(rows[len(rows)-1][1]), &last)
			}
			var extra bytes.Buffer
			if err := xfdRows(&extra, last+1, last+n); err != nil {
				t.Fatal(err)
			}
			s := string(body)
			if i := strings.LastIndex(s, "</sheetData>"); i >= 0 {
				s = s[:i] + extra.String() + s[i:]
			} else {
				t.Fatalf("%s has no </sheetData>", part)
			}
			body = []byte(s)
		}
		w, err := zw.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(body); err != nil {
			t.Fatal(err)
		}
	}
	if !found {
		t.Fatalf("no part %s", part)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// checkMeasured checks what every measured read must do: no crash, no
// running out of memory, peak RSS under the limit, no temporary file
// left behind.
func checkMeasured(t *testing.T, p measured, tmp string) {
	t.Helper()
	t.Logf("peak RSS %.1f MB, exit %d", float64(p.maxRSS)/(1<<20), p.code)
	if p.code != 0 && p.code != 1 {
		t.Errorf("exit %d, want 0 or 1; stderr:\n%.1500s", p.code, p.stderr)
	}
	for _, bad := range []string{"fatal error", "out of memory", "panic:", "goroutine "} {
		if strings.Contains(p.stderr, bad) {
			t.Errorf("stderr holds %q:\n%.1500s", bad, p.stderr)
		}
	}
	if p.maxRSS >= peakRSSLimit {
		t.Errorf("peak RSS %d MB, want under %d MB", p.maxRSS>>20, peakRSSLimit>>20)
	}
	if left, _ := os.ReadDir(tmp); len(left) > 0 {
		var names []string
		for _, e := range left {
			names = append(names, e.Name())
		}
		t.Errorf("temporary files left behind: %v", names)
	}
}

// TestReadMemoryXFD reads the 12 KB workbook whose rows each hold one
// cell in column XFD: it is no journal, and saying so costs little.
func TestReadMemoryXFD(t *testing.T) {
	dir, tmp := t.TempDir(), t.TempDir()
	data := xfdWorkbook(t)
	if len(data) > 20<<10 {
		t.Fatalf("the workbook is %d bytes, want about 12 KB", len(data))
	}
	writeInput(t, dir, "xfd.xlsx", data)
	p := runProcess(t, dir, tmp, dataLimitKB, fileLimitKB, "read", "-in", "xfd.xlsx", "-o", "xfd.json")
	checkMeasured(t, p, tmp)
	if p.code != 1 {
		t.Errorf("exit %d, want 1: the workbook holds no journal", p.code)
	}
}

// TestReadMemoryXFDInJournal reads a real journal's workbook with rows
// of one cell in column XFD added below it: the journal comes back as
// it was (the cells beyond the form's columns ignored), or the read is
// refused naming such a cell; either way in little memory.
func TestReadMemoryXFDInJournal(t *testing.T) {
	dir, tmp := t.TempDir(), t.TempDir()
	_, xlsx := sampleWorkbook(t, dir, "journal6", 20)
	want := mustRun(t, dir, "read", "-in", xlsx).stdout
	orig, err := os.ReadFile(xlsx)
	if err != nil {
		t.Fatal(err)
	}
	data := withXFDRows(t, orig, "xl/worksheets/sheet1.xml", 3000)
	writeInput(t, dir, "xfd.xlsx", data)
	p := runProcess(t, dir, tmp, dataLimitKB, fileLimitKB, "read", "-in", "xfd.xlsx")
	checkMeasured(t, p, tmp)
	switch {
	case p.code == 0 && p.stdout != want:
		t.Errorf("read gives other data than the journal written:\n%.2000s", p.stdout)
	case p.code == 1 && !regexp.MustCompile(`(?m)^msedocs: .*!XFD\d+`).MatchString(p.stderr):
		t.Errorf("refused without naming a cell in column XFD:\n%.1500s", p.stderr)
	}
}

// TestReadMemoryWhitespace reads a 1 MB workbook whose sheet is a
// gigabyte of white space: refused as larger than a journal can be, with
// no gigabyte of temporary file and little memory.
func TestReadMemoryWhitespace(t *testing.T) {
	if testing.Short() {
		t.Skip("compresses a gigabyte")
	}
	dir, tmp := t.TempDir(), t.TempDir()
	data := whitespaceWorkbook(t)
	if len(data) > 1<<20+64<<10 {
		t.Fatalf("the workbook is %d bytes, want about 1 MB", len(data))
	}
	writeInput(t, dir, "space.xlsx", data)
	p := runProcess(t, dir, tmp, dataLimitKB, fileLimitKB, "read", "-in", "space.xlsx", "-o", "space.json")
	checkMeasured(t, p, tmp)
	if p.code != 1 {
		t.Errorf("exit %d, want 1", p.code)
	}
	// The error says the sheet is too large; EFBIG ("file too large",
	// the file size limit of this test) is not that.
	if !regexp.MustCompile(`(?i)too (large|big|long)|larger than|exceeds`).MatchString(p.stderr) ||
		strings.Contains(strings.ToLower(p.stderr), "file too large") {
		t.Errorf("stderr does not say the sheet is too large:\n%.1500s", p.stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "space.json")); err == nil {
		t.Errorf("an output was written")
	}
}

// withDeclaredSize returns the zip data with the uncompressed size its
// central directory declares for part set to size: a lie a reader must
// not trust with memory.
func withDeclaredSize(t *testing.T, data []byte, part string, size uint32) []byte {
	t.Helper()
	out := bytes.Clone(data)
	sig := []byte{'P', 'K', 1, 2}
	for i := 0; ; {
		k := bytes.Index(out[i:], sig)
		if k < 0 {
			t.Fatalf("no central directory entry of %s", part)
		}
		at := i + k
		n := int(binary.LittleEndian.Uint16(out[at+28:]))
		if string(out[at+46:at+46+n]) == part {
			binary.LittleEndian.PutUint32(out[at+24:], size)
			return out
		}
		i = at + 4
	}
}

// TestReadMemoryDeclaredSize reads a real journal's workbook whose
// xl/styles.xml declares 4 GB uncompressed (what FuzzReadXLSX found):
// excelize allocates what a part declares, so the size must be bounded
// before it is believed.
func TestReadMemoryDeclaredSize(t *testing.T) {
	dir, tmp := t.TempDir(), t.TempDir()
	_, xlsx := sampleWorkbook(t, dir, "journal6", 5)
	orig, err := os.ReadFile(xlsx)
	if err != nil {
		t.Fatal(err)
	}
	writeInput(t, dir, "declared.xlsx", withDeclaredSize(t, orig, "xl/styles.xml", 0xF0000000))
	p := runProcess(t, dir, tmp, dataLimitKB, fileLimitKB, "read", "-in", "declared.xlsx", "-o", "declared.json")
	checkMeasured(t, p, tmp)
}

// TestReadMemoryRealWorkbook measures the read of an ordinary workbook,
// the baseline the hostile ones are held to.
func TestReadMemoryRealWorkbook(t *testing.T) {
	dir, tmp := t.TempDir(), t.TempDir()
	_, xlsx := sampleWorkbook(t, dir, "journal6", 500)
	p := runProcess(t, dir, tmp, dataLimitKB, fileLimitKB, "read", "-in", xlsx, "-o", "back.json")
	checkMeasured(t, p, tmp)
	if p.code != 0 {
		t.Errorf("exit %d:\n%s", p.code, p.stderr)
	}
}

// TestReadCellsBeyondForm reads a journal with values typed in the
// columns right of the form's table, on an entry row and on a row of
// its own: they are ignored (the journal comes back as it was) or
// refused naming the cell, never read into a field.
func TestReadCellsBeyondForm(t *testing.T) {
	dir := t.TempDir()
	_, xlsx := sampleWorkbook(t, dir, "journal2", 4)
	want := mustRun(t, dir, "read", "-in", xlsx).stdout
	for _, col := range []string{"H", "AA", "XFD"} {
		t.Run(col, func(t *testing.T) {
			var entry, below int
			edited := editWorkbook(t, xlsx, "beyond-"+col+".xlsx", func(f *excelize.File) {
				rows := entryRows(t, f, "Журнал")
				entry, below = rows[1], rows[len(rows)-1]+1
				editCell(t, f, "Журнал", col+itos(entry), "Қосымша")
				editCell(t, f, "Журнал", col+itos(below), "2025-02-01")
			})
			r := runIn(t, dir, "", "read", "-in", edited)
			switch {
			case r.code == 0:
				if r.stdout != want {
					t.Errorf("a cell beyond the form's columns changed the data:\n%.2000s", r.stdout)
				}
			case r.code == 1:
				if !strings.Contains(r.stderr, "!"+col+itos(entry)) {
					t.Errorf("refused without naming %s%d:\n%s", col, entry, r.stderr)
				}
			default:
				t.Errorf("exit %d:\n%s", r.code, r.stderr)
			}
		})
	}
}
