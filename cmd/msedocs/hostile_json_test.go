package main

// Issue 12, items 9, 11 and 12, as far as the command line reaches them:
// rules the forms imply, clear messages for careless JSON, and volumes
// that keep their page limit.

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// sampleJSON returns `msedocs sample form -n n -seed 5` decoded, numbers
// kept as json.Number.
func sampleJSON(t *testing.T, form string, n int) map[string]any {
	t.Helper()
	r := mustRun(t, t.TempDir(), "sample", form, "-n", itos(n), "-seed", "5")
	d := json.NewDecoder(strings.NewReader(r.stdout))
	d.UseNumber()
	var m map[string]any
	if err := d.Decode(&m); err != nil {
		t.Fatal(err)
	}
	return m
}

// entry returns entries[i] of a journal, or documents[i] of a batch.
func jsonEntry(m map[string]any, i int) map[string]any {
	if es, ok := m["entries"].([]any); ok {
		return es[i].(map[string]any)
	}
	return m["documents"].([]any)[i].(map[string]any)
}

func mustMarshal(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// jsonCase is one input given to a command on stdin.
type jsonCase struct {
	name string
	// broken is the knownBroken reason, empty when it works today.
	broken string
	args   []string
	stdin  func(t *testing.T) string
	code   int
	// err are regular expressions stderr must match; noErr strings it
	// must not hold (a person's data, a misleading message).
	err, noErr []string
}

func runJSONCases(t *testing.T, cases []jsonCase) {
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.broken != "" {
				knownBroken(t, tc.broken)
			}
			dir := t.TempDir()
			args := tc.args
			if args == nil {
				args = []string{"validate", "-in", "-"}
			}
			r := runIn(t, dir, tc.stdin(t), append([]string(nil), args...)...)
			if r.code != tc.code {
				t.Errorf("exit %d, want %d\nstderr: %s", r.code, tc.code, r.stderr)
			}
			for _, re := range tc.err {
				if !regexp.MustCompile(re).MatchString(r.stderr) {
					t.Errorf("stderr does not match %q:\n%.3000s", re, r.stderr)
				}
			}
			for _, s := range tc.noErr {
				if strings.Contains(r.stderr, s) {
					t.Errorf("stderr holds %q:\n%.3000s", s, r.stderr)
				}
			}
			if tc.code != 0 {
				if left := files(t, dir); len(left) > 0 {
					t.Errorf("a failed run left %v", left)
				}
			}
		})
	}
}

// j2 returns a sample journal 2 with entry 0 changed by fn.
func journal2With(fn func(e map[string]any)) func(t *testing.T) string {
	return func(t *testing.T) string {
		m := sampleJSON(t, "journal2", 3)
		fn(jsonEntry(m, 0))
		return mustMarshal(t, m)
	}
}

// TestFormRules is item 11: rules the forms imply.
func TestFormRules(t *testing.T) {
	bigName := strings.Repeat("Әбдірахманова Гүлнәр ", 5000) // about 190 KB
	runJSONCases(t, []jsonCase{
		{name: "indefinite with until", broken: "issue 12 item 11: an indefinite term with an until date is accepted",
			stdin: journal2With(func(e map[string]any) { e["term"], e["until"] = "indefinite", "2030-01-01" }),
			code:  1, err: []string{`(?m)^msedocs: stdin: entries\[0\]\.(until|term): `}},
		{name: "until before the date", broken: "issue 12 item 11: term until with an end before the entry's date is accepted",
			stdin: journal2With(func(e map[string]any) { e["term"], e["until"] = "until", "2024-01-01" }),
			code:  1, err: []string{`(?m)^msedocs: stdin: entries\[0\]\.(until|term): `}},
		{name: "1y ending before the date", broken: "issue 12 item 11: term 1y with an end before the entry's date is accepted",
			stdin: journal2With(func(e map[string]any) { e["term"], e["until"] = "1y", "2024-01-01" }),
			code:  1, err: []string{`(?m)^msedocs: stdin: entries\[0\]\.(until|term): `}},
		{name: "1y ending 15 years on", broken: "issue 12 item 11: term 1y with an end 15 years after the date is accepted",
			stdin: journal2With(func(e map[string]any) { e["term"], e["until"] = "1y", "2040-01-09" }),
			code:  1, err: []string{`(?m)^msedocs: stdin: entries\[0\]\.(until|term): `}},
		{name: "5y ending 15 years on", broken: "issue 12 item 11: term 5y with an end 15 years after the date is accepted",
			stdin: journal2With(func(e map[string]any) { e["term"], e["until"] = "5y", "2040-01-09" }),
			code:  1, err: []string{`(?m)^msedocs: stdin: entries\[0\]\.(until|term): `}},
		{name: "no 0", broken: `issue 12 item 11: "no": 0 is accepted`,
			stdin: journal2With(func(e map[string]any) { e["no"] = 0 }),
			code:  1, err: []string{`(?m)^msedocs: stdin: entries\[0\]\.no: `}},
		{name: "no 0 in journal 1", broken: `issue 12 item 11: "no": 0 is accepted`,
			stdin: func(t *testing.T) string {
				m := sampleJSON(t, "journal1", 4)
				m["disability"].(map[string]any)["entries"].([]any)[0].(map[string]any)["no"] = 0
				return mustMarshal(t, m)
			},
			code: 1, err: []string{`(?m)^msedocs: stdin: disability\.entries\[0\]\.no: `}},
		{name: "journal 1 sum overflows", broken: "issue 12 item 11: 2^62 + 2^62 is reported as a balance below zero",
			stdin: func(*testing.T) string {
				return `{"form": "journal1", "disability": {"opening": 0, "entries": [` +
					`{"date": "2025-01-09", "series": "АБ", "received": 4611686018427387904},` +
					`{"date": "2025-01-10", "series": "АБ", "received": 4611686018427387904}]}}`
			},
			code: 1, err: []string{`(?m)^msedocs: stdin: disability\.entries\[1\]\.(received|balance): .*(?i)(overflow|too large|out of range)`},
			noErr: []string{"below zero"}},
		{name: "journal 1 opening overflows", broken: "issue 12 item 11: opening + received overflows silently",
			stdin: func(*testing.T) string {
				return `{"form": "journal1", "disability": {"opening": 9223372036854775807, "entries": [` +
					`{"date": "2025-01-09", "series": "АБ", "received": 1}]}}`
			},
			code: 1, err: []string{`(?m)^msedocs: stdin: disability\.(opening|entries\[0\]\.(received|balance)): .*(?i)(overflow|too large|out of range)`},
			noErr: []string{"below zero"}},
		{name: "certificate of a 190 KB name", broken: "issue 12 item 11: a 190 KB name makes a certificate of 44 pages",
			args: []string{"render", "-in", "-", "-o", "$D/big.pdf"},
			stdin: func(t *testing.T) string {
				m := sampleJSON(t, "disability", 1)
				jsonEntry(m, 0)["full_name"] = bigName
				return mustMarshal(t, m)
			},
			code: 1, err: []string{`(?m)^msedocs: stdin: documents\[0\]\.full_name: `}, noErr: []string{"Әбдірахманова"}},
		{name: "certificate of a 190 KB name, validate", broken: "issue 12 item 11: a 190 KB name makes a certificate of 44 pages",
			stdin: func(t *testing.T) string {
				m := sampleJSON(t, "disability", 1)
				jsonEntry(m, 0)["full_name"] = bigName
				return mustMarshal(t, m)
			},
			code: 1, err: []string{`(?m)^msedocs: stdin: documents\[0\]\.full_name: `}, noErr: []string{"Әбдірахманова"}},
	})
}

// TestTermHyphenation renders a term of the form and checks that its long
// word is broken, if at all, only where Russian allows.
func TestTermHyphenation(t *testing.T) {
	knownBroken(t, "issue 12 item 11: «переосвидетельств-ования» is broken where Russian does not allow")
	dir := t.TempDir()
	m := sampleJSON(t, "journal2", 3)
	for i := range 3 {
		e := jsonEntry(m, i)
		e["term"] = "indefinite"
		delete(e, "until")
	}
	writeInput(t, dir, "j.json", []byte(mustMarshal(t, m)))
	mustRun(t, dir, "render", "-in", "$D/j.json", "-o", "$D/j.pdf")
	data, err := os.ReadFile(filepath.Join(dir, "j.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	text := squash(strings.Join(pdfPages(t, data), ""))
	const word = "переосвидетельствования"
	legal := map[string]bool{"пере": true, "переос": true, "переосви": true, "переосвиде": true,
		"переосвидетель": true, "переосвидетельство": true, "переосвидетельствова": true}
	rs := []rune(word)
	found := strings.Contains(text, word)
	for k := 1; k < len(rs); k++ {
		pre, post := string(rs[:k]), string(rs[k:])
		if strings.Contains(text, pre+"-"+post) {
			found = true
			if !legal[pre] {
				t.Errorf("%q is broken as %s-%s", word, pre, post)
			}
		}
	}
	if !found {
		t.Errorf("%q is not in the journal", word)
	}
}

// withBOM returns a sample of form with a UTF-8 byte-order mark before it.
func withBOM(form string, n int) func(t *testing.T) string {
	return func(t *testing.T) string {
		return "\uFEFF" + mustMarshal(t, sampleJSON(t, form, n))
	}
}

// invalidUTF8 returns a sample whose entry 0 has a name of bad UTF-8.
func invalidUTF8(form string) func(t *testing.T) string {
	return func(t *testing.T) string {
		m := sampleJSON(t, form, 2)
		jsonEntry(m, 0)["full_name"] = "@@BAD@@"
		return strings.Replace(mustMarshal(t, m), "@@BAD@@", "Ab\xff\xfe", 1)
	}
}

// withName returns a sample whose entry 0's name is name.
func withName(form, name string) func(t *testing.T) string {
	return func(t *testing.T) string {
		m := sampleJSON(t, form, 2)
		jsonEntry(m, 0)["full_name"] = name
		return mustMarshal(t, m)
	}
}

// withDate returns a sample whose entry 0 has date key set to date.
func withDate(form, key, date string) func(t *testing.T) string {
	return func(t *testing.T) string {
		m := sampleJSON(t, form, 2)
		jsonEntry(m, 0)[key] = date
		return mustMarshal(t, m)
	}
}

// TestClearMessages is item 12: each problem named as what it is.
func TestClearMessages(t *testing.T) {
	// A BOM is accepted, or named as such.
	bom := []string{`^(|msedocs: stdin: .*(?i)(byte.order mark|BOM).*\n)$`}
	notBOM := []string{"invalid character 'ï'"}
	runJSONCases(t, []jsonCase{
		{name: "BOM journal", broken: "issue 12 item 12: a UTF-8 BOM is invalid character 'ï'",
			stdin: withBOM("journal6", 2), err: bom, noErr: notBOM},
		{name: "BOM documents", broken: "issue 12 item 12: a UTF-8 BOM is invalid character 'ï'",
			stdin: withBOM("care", 2), err: bom, noErr: notBOM},
		{name: "invalid UTF-8 journal", broken: "issue 12 item 12: invalid UTF-8 is «no glyph for U+FFFD»",
			stdin: invalidUTF8("journal6"), code: 1,
			err: []string{`(?m)^msedocs: stdin: entries\[0\]\.full_name: .*(?i)utf-8`}, noErr: []string{"U+FFFD", "glyph"}},
		{name: "invalid UTF-8 documents", broken: "issue 12 item 12: invalid UTF-8 is not named as such",
			stdin: invalidUTF8("disability"), code: 1,
			err: []string{`(?m)^msedocs: stdin: documents\[0\]\.full_name: .*(?i)utf-8`}, noErr: []string{"U+FFFD", "glyph"}},
		{name: "tab in a name", broken: "issue 12 item 12: a tab in a name is «no glyph for U+0009»",
			stdin: withName("journal6", "Сәтбаев\tҰлан"), code: 1,
			err: []string{`(?m)^msedocs: stdin: entries\[0\]\.full_name: .*(?i)control character`}, noErr: []string{"glyph", "Сәтбаев"}},
		{name: "newline in a name", broken: "issue 12 item 12: a newline in a name is accepted",
			stdin: withName("journal6", "Сәтбаев\nҰлан"), code: 1,
			err: []string{`(?m)^msedocs: stdin: entries\[0\]\.full_name: .*(?i)control character`}, noErr: []string{"glyph", "Сәтбаев"}},
		{name: "tab in a document's name", broken: "issue 12 item 12: a tab in a name is not refused as a control character",
			stdin: withName("disability", "Сәтбаев\tҰлан"), code: 1,
			err: []string{`(?m)^msedocs: stdin: documents\[0\]\.full_name: .*(?i)control character`}, noErr: []string{"glyph", "Сәтбаев"}},
		{name: "newline in a document's name", broken: "issue 12 item 12: a newline in a name is not refused as a control character",
			stdin: withName("disability", "Сәтбаев\nҰлан"), code: 1,
			err: []string{`(?m)^msedocs: stdin: documents\[0\]\.full_name: .*(?i)control character`}, noErr: []string{"glyph", "Сәтбаев"}},
		{name: "year 1 journal", broken: `issue 12 item 12: 0001-01-01 is "required"`,
			stdin: withDate("journal6", "date", "0001-01-01"), code: 1,
			err: []string{`(?m)^msedocs: stdin: entries\[0\]\.date: `}, noErr: []string{"required"}},
		{name: "year 1 documents", broken: `issue 12 item 12: 0001-01-01 is "required"`,
			stdin: withDate("disability", "birth_date", "0001-01-01"), code: 1,
			err: []string{`(?m)^msedocs: stdin: documents\[0\]\.birth_date: `}, noErr: []string{"required"}},
		{name: "decode and validation together", broken: "issue 12 item 12: a decode error hides the validation errors of the same input",
			stdin: func(t *testing.T) string {
				m := sampleJSON(t, "journal2", 3)
				jsonEntry(m, 0)["group"] = "IV"
				jsonEntry(m, 2)["date"] = "2099-01-09"
				return mustMarshal(t, m)
			},
			code: 1, err: []string{
				`(?m)^msedocs: stdin: entries\[0\]\.group: not on the closed list`,
				`(?m)^msedocs: stdin: entries\[2\]\.date: .*date is in the future`,
			}},
		{name: "decode and validation together, documents", broken: "issue 12 item 12: a decode error hides the validation errors of the same input",
			stdin: func(t *testing.T) string {
				m := sampleJSON(t, "disability", 2)
				jsonEntry(m, 0)["sex"] = "man"
				jsonEntry(m, 1)["iin"] = "000000000000"
				return mustMarshal(t, m)
			},
			code: 1, err: []string{
				`(?m)^msedocs: stdin: documents\[0\]\.sex: not on the closed list`,
				`(?m)^msedocs: stdin: documents\[1\]\.iin: `,
			}},
	})
}

// TestReadEncryptedWorkbook is item 12: a workbook saved with a password
// is named as encrypted.
func TestReadEncryptedWorkbook(t *testing.T) {
	dir := t.TempDir()
	_, xlsx := sampleWorkbook(t, dir, "journal6", 3)
	f, err := excelize.OpenFile(xlsx)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.SaveAs(filepath.Join(dir, "locked.xlsx"), excelize.Options{Password: "құпия"}); err != nil {
		t.Fatal(err)
	}
	f.Close()
	data, err := os.ReadFile(filepath.Join(dir, "locked.xlsx"))
	if err != nil || bytes.HasPrefix(data, []byte("PK")) {
		t.Fatalf("the workbook is not encrypted (%v)", err)
	}
	r := runIn(t, dir, "", "read", "-in", "$D/locked.xlsx", "-o", "$D/locked.json")
	if r.code != 1 || !regexp.MustCompile(`(?m)^msedocs: \$D/locked.xlsx: .*(?i)(encrypted|password)`).MatchString(r.stderr) {
		t.Errorf("exit %d, want 1 and a message that the workbook is encrypted:\n%s", r.code, r.stderr)
	}
}

// TestVolumeNeverOverLimit is item 9: an entry too long for a volume is
// an error naming the entry, not a volume over the limit.
func TestVolumeNeverOverLimit(t *testing.T) {
	dir := t.TempDir()
	m := sampleJSON(t, "journal6", 3)
	jsonEntry(m, 1)["conclusion"] = strings.TrimSpace(strings.Repeat("II группа, общее заболевание, до 01.02.2026; УОТ 60% до 01.02.2026. ", 1500))
	writeInput(t, dir, "long.json", []byte(mustMarshal(t, m)))
	r := runIn(t, dir, "", "render", "-in", "$D/long.json", "-o", "$D/long.pdf", "-volume-pages", "10")
	if r.code != 1 || !regexp.MustCompile(`(?m)^msedocs: .*(entries\[1\]|entry 2)\b`).MatchString(r.stderr) {
		t.Errorf("exit %d, want 1 and an error naming entry 2:\n%s", r.code, r.stderr)
	}
	for _, name := range files(t, dir) {
		if name == "long.json" {
			continue
		}
		if data, err := os.ReadFile(filepath.Join(dir, name)); err == nil && strings.HasSuffix(name, ".pdf") {
			if n := len(pdfPages(t, data)); n > 10 {
				t.Errorf("%s has %d pages under -volume-pages 10", name, n)
			}
		}
	}
}
