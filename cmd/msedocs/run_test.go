package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/msedocs/msedocs/internal/numwords"
	"github.com/msedocs/msedocs/internal/pdftest"
)

// result is what one run of the command did.
type result struct {
	code           int
	stdout, stderr string
}

// runIn runs the command in-process. In args, "$D" stands for dir.
func runIn(t *testing.T, dir, stdin string, args ...string) result {
	t.Helper()
	for i, a := range args {
		args[i] = strings.ReplaceAll(a, "$D", dir)
	}
	var stdout, stderr bytes.Buffer
	code := run(args, strings.NewReader(stdin), &stdout, &stderr)
	return result{code, strings.ReplaceAll(stdout.String(), dir, "$D"), strings.ReplaceAll(stderr.String(), dir, "$D")}
}

// files lists the names in dir.
func files(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}

// testdata writes the inputs the cases share into dir.
func testdata(t *testing.T, dir string) {
	t.Helper()
	write := func(name, s string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	r := runIn(t, dir, "", "sample", "journal6", "-n", "3", "-seed", "5", "-o", "$D/good.json")
	if r.code != 0 {
		t.Fatalf("sample: %+v", r)
	}
	write("good.txt", "GOOD")
	write("keep.pdf", "KEEP")
	write("syntax.json", "{\"form\": \"journal6\",\n  \"entries\": [,]}")
	write("array.json", `[{"form": "journal6"}]`)
	write("noform.json", `{"entries": []}`)
	write("badform.json", `{"form": "journal9"}`)
	// Every kind of problem in one input, each next to a person's name
	// that must not appear in the messages.
	write("bad.json", `{
  "form": "journal2",
  "region": {"kk": "Алматы қаласы", "ru": "городу Алматы", "en": "Almaty"},
  "entries": [
    {"date": "2025-01-09", "full_name": "Қасымов Нұрлан Ерғалиұлы", "group": "Қасымов", "cause": "work_injury", "term": "1y", "series": "АБ № 1"},
    {"date": "09.01.2025", "full_name": 42, "group": "II", "cause": "general_disease", "term": "1y", "series": "АБ № 2", "iin": "900101300017"},
    {"date": "2025-01-10", "full_name": "Әбдірахманова Гүлнәр", "group": "I", "cause": "general_disease", "term": "1y", "series": "АБ № 3", "date": "2025-01-11"}
  ]
}`)
	if r := runIn(t, dir, "", "sample", "care", "-n", "3", "-seed", "5", "-o", "$D/docs.json"); r.code != 0 {
		t.Fatalf("sample care: %+v", r)
	}
	// Every kind of problem of a batch of documents, next to a person's
	// data that must not appear in the messages.
	write("docs-bad.json", `{"form": "documents", "documents": [
  {"form": "disability", "issuer": {"region": {"kk": "Астана қаласы", "ru": "городу Астана", "en": "Astana"}, "unit": {"kk": "№ 2", "ru": "№ 2"}, "head": "Сәрсенбаева Гүлнәр"},
   "date": "09.01.2025", "full_name": "Қасымов Нұрлан", "iin": 850615301236, "birth_date": "1985-06-15", "sex": "man", "group": "IV",
   "cause": "general_disease", "term": "1y", "from": "2025-01-09", "until": "2026-01-09", "nickname": "Нұрик"},
  {"full_name": "Әбдірахманова Гүлнәр"},
  {"form": "passport"},
  "Һасенов Ұлан",
  {"form": "care", "needs": ["attendance", "flying"], "needs": []}
]}`)
	// Documents well formed but wrong: an IIN that does not check, a
	// conclusion with no needs.
	write("docs-invalid.json", `{"form": "documents", "documents": [
  {"form": "disability", "issuer": {"region": {"kk": "Астана қаласы", "ru": "городу Астана"}, "unit": {"kk": "№ 2", "ru": "№ 2"}, "head": "Сәрсенбаева Гүлнәр"},
   "date": "2025-01-09", "serial": {"series": "АБ", "number": "0012345"}, "full_name": "Қасымов Ерғали", "iin": "850615301237", "birth_date": "1985-06-15",
   "sex": "male", "group": "II", "cause": "general_disease", "term": "1y", "from": "2025-01-09", "until": "2026-01-09"},
  {"form": "care", "issuer": {"region": {"kk": "Астана қаласы", "ru": "городу Астана"}, "unit": {"kk": "№ 2", "ru": "№ 2"}, "head": "Сәрсенбаева Гүлнәр"},
   "date": "2025-01-13", "serial": {"series": "ҚК", "number": "0000231"}, "full_name": "Һасенов Ұлан Іңкәрұлы", "iin": "700101300035", "birth_date": "1970-01-01",
   "sex": "male", "cause": "occupational_disease", "term": "1y", "from": "2025-01-13", "until": "2026-02-01"}
]}`)
	write("invalid.json", `{
  "form": "journal6",
  "entries": [
    {"date": "2025-01-09", "full_name": "Сәтбаев Ұлан", "birth_date": "1970-01-01", "conclusion": "II группа", "sent_to": "ЦОН"},
    {"date": "2099-01-09", "full_name": "Үсенов Һасен", "birth_date": "1970-01-01", "sent_to": "ЦОН"}
  ]
}`)
}

func TestCommands(t *testing.T) {
	dir := t.TempDir()
	testdata(t, dir)
	cases := []struct {
		name  string
		args  []string
		stdin string
		code  int
		// out and err are regular expressions the output must match;
		// noErr must not appear in stderr.
		out, err, noErr []string
		// made are the files the run must leave in dir (besides the
		// inputs); for a failing run, none.
		made []string
	}{
		// Usage and help.
		{name: "no args", code: 2, err: []string{`usage: msedocs <command>`}},
		{name: "help", args: []string{"-h"}, out: []string{`(?m)^  render `, `Exit status`}},
		{name: "help command", args: []string{"help", "render"}, out: []string{`usage: msedocs render`, `Example:\n  msedocs render -in`}},
		{name: "help unknown", args: []string{"help", "nope"}, code: 2, err: []string{`unknown command "nope"`}},
		{name: "unknown command", args: []string{"print"}, code: 2, err: []string{`^msedocs: unknown command "print"\nrun "msedocs -h" for usage\n$`}},
		{name: "unknown flag", args: []string{"blank", "journal1", "-x", "-o", "$D/x.pdf"}, code: 2, err: []string{`msedocs blank: flag provided but not defined: -x`}},

		// forms.
		{name: "forms", args: []string{"forms"}, out: []string{
			`(?m)^journal1\tМүгедектік және кәсіптік еңбекке[^\t]+\tЖурнал учета справок[^\t]+\tПриложение 1 к приказу[^\t]+№ 318[^\t\n]+$`,
			`(?m)^journal6\t______ бөлімінің Медициналық-әлеуметтік[^\t]+\tЖурнал учета движения актов[^\t]+\tПриложение 6 к приказу[^\t\n]+$`,
		}},
		{name: "forms extra", args: []string{"forms", "journal1"}, code: 2, err: []string{`unexpected argument "journal1"`}},

		// blank.
		{name: "blank", args: []string{"blank", "journal6", "-pages", "3", "-o", "$D/blank.pdf"}, made: []string{"blank.pdf"}},
		{name: "blank flags first", args: []string{"blank", "-o", "$D/blank1.pdf", "-pages", "2", "journal1"}, made: []string{"blank1.pdf"}},
		{name: "blank stdout", args: []string{"blank", "journal2", "-pages", "1", "-o", "-"}, out: []string{`^%PDF-`}},
		{name: "blank no form", args: []string{"blank", "-o", "$D/x.pdf"}, code: 2, err: []string{`missing <form>`}},
		{name: "blank unknown form", args: []string{"blank", "journal7", "-o", "$D/x.pdf"}, code: 2, err: []string{`unknown form "journal7"; want one of journal1, journal2`}},
		{name: "blank no output", args: []string{"blank", "journal6"}, code: 2, err: []string{`-o FILE is required`}},
		{name: "blank bad extension", args: []string{"blank", "journal6", "-o", "$D/x.docx"}, code: 2, err: []string{`cannot tell the format of "\$D/x.docx"`}},
		{name: "blank format mismatch", args: []string{"blank", "journal6", "-format", "xlsx", "-o", "$D/x.pdf"}, code: 2, err: []string{`-format xlsx does not match`}},
		{name: "blank bad format", args: []string{"blank", "journal6", "-format", "docx", "-o", "$D/x"}, code: 2, err: []string{`unknown -format "docx"`}},
		{name: "blank zero pages", args: []string{"blank", "journal6", "-pages", "0", "-o", "$D/x.pdf"}, code: 2, err: []string{`-pages 0: want 1 to 10000`}},
		{name: "blank too many pages", args: []string{"blank", "journal6", "-pages", "10001", "-o", "$D/x.pdf"}, code: 2, err: []string{`-pages 10001: want 1 to 10000`}},
		{name: "blank pages not a number", args: []string{"blank", "journal6", "-pages", "ten", "-o", "$D/x.pdf"}, code: 2, err: []string{`invalid value "ten" for flag -pages`}},
		{name: "blank two forms", args: []string{"blank", "journal6", "journal5", "-o", "$D/x.pdf"}, code: 2, err: []string{`unexpected argument "journal5"`}},
		{name: "blank into missing folder", args: []string{"blank", "journal6", "-pages", "1", "-o", "$D/no/such/x.pdf"}, code: 1, err: []string{`^msedocs: writing \$D/no/such/x.pdf: `}},

		// render.
		{name: "render", args: []string{"render", "-in", "$D/good.json", "-o", "$D/good.pdf"}, made: []string{"good.pdf"}},
		{name: "render kazakh", args: []string{"render", "-lang", "kk", "-in", "$D/good.json", "-o", "$D/good-kk.pdf"}, made: []string{"good-kk.pdf"}},
		{name: "render over a file", args: []string{"render", "-in", "$D/good.json", "-o", "$D/keep.pdf"}},
		{name: "render format mismatch", args: []string{"render", "-in", "$D/good.json", "-o", "$D/good.txt", "-format", "pdf"}, code: 2,
			err: []string{`-o "\$D/good.txt" does not match -format pdf: name it .pdf`}},
		{name: "render stdin stdout", args: []string{"render", "-in", "-", "-o", "-"}, stdin: `{"form": "journal5"}`, out: []string{`^%PDF-`}},
		{name: "render no input", args: []string{"render", "-o", "$D/x.pdf"}, code: 2, err: []string{`-in FILE is required`}},
		{name: "render missing input", args: []string{"render", "-in", "$D/none.json", "-o", "$D/x.pdf"}, code: 1, err: []string{`^msedocs: open \$D/none.json: no such file or directory\n$`}},
		{name: "render bad lang", args: []string{"render", "-lang", "en", "-in", "$D/good.json", "-o", "$D/x.pdf"}, code: 2, err: []string{`unknown -lang "en"`}},
		{name: "render syntax", args: []string{"render", "-in", "$D/syntax.json", "-o", "$D/x.pdf"}, code: 1,
			err: []string{`^msedocs: \$D/syntax.json: not valid JSON: line 2, column 15: invalid character ','`}},
		{name: "render invalid", args: []string{"render", "-in", "$D/invalid.json", "-o", "$D/x.pdf"}, code: 1,
			err: []string{`entries\[1\].date: journal6: entry 2: column 2 \(date\): date is in the future`}},
		{name: "render invalid over a file", args: []string{"render", "-in", "$D/invalid.json", "-o", "$D/keep.pdf"}, code: 1,
			err: []string{`date is in the future`}},

		// Bad input, through validate.
		{name: "validate", args: []string{"validate", "-in", "$D/good.json"}, out: []string{`^\$D/good.json: journal6, 3 entries: no problems\n$`}},
		{name: "validate stdin", args: []string{"validate", "-in", "-"}, stdin: `{"form": "journal1", "disability": {"opening": 3, "entries": []}}`,
			out: []string{`^stdin: journal1, 0 entries: no problems\n$`}},
		{name: "validate blank", args: []string{"validate", "-in", "-"}, stdin: `{"form": "journal4", "blank": true, "pages": 12}`,
			out: []string{`journal4, blank, 12 pages: no problems`}},
		{name: "validate no input", args: []string{"validate"}, code: 2, err: []string{`-in FILE is required`}},
		{name: "validate syntax", args: []string{"validate", "-in", "$D/syntax.json"}, code: 1, err: []string{`not valid JSON: line 2, column 15`}},
		{name: "validate empty", args: []string{"validate", "-in", "-"}, code: 1, err: []string{`^msedocs: stdin: not valid JSON`}},
		{name: "validate array", args: []string{"validate", "-in", "$D/array.json"}, code: 1, err: []string{`wrong type: want an object, got an array`}},
		{name: "validate no form", args: []string{"validate", "-in", "$D/noform.json"}, code: 1, err: []string{`noform.json: form: required`}},
		{name: "validate unknown form", args: []string{"validate", "-in", "$D/badform.json"}, code: 1, err: []string{`badform.json: form: not on the closed list: want one of journal1, .*, disability, .*expert_notice, or documents for a batch of documents\n$`}},
		{name: "validate bad", args: []string{"validate", "-in", "$D/bad.json"}, code: 1,
			err: []string{
				`(?m)^msedocs: \$D/bad.json: region.en: unknown key$`,
				`(?m)^msedocs: \$D/bad.json: entries\[0\].group: not on the closed list: want one of I, II, III, child, child_I, child_II, child_III$`,
				`(?m)^msedocs: \$D/bad.json: entries\[1\].date: not a date YYYY-MM-DD$`,
				`(?m)^msedocs: \$D/bad.json: entries\[1\].full_name: wrong type: want a string, got a number$`,
				`(?m)^msedocs: \$D/bad.json: entries\[1\].iin: unknown key$`,
				`(?m)^msedocs: \$D/bad.json: entries\[2\].date: duplicate key$`,
			},
			noErr: []string{"Қасымов", "Нұрлан", "Әбдірахманова", "Almaty", "900101300017", "09.01.2025", "2025-01-11"}},
		{name: "validate invalid", args: []string{"validate", "-in", "$D/invalid.json"}, code: 1,
			err: []string{
				`(?m)^msedocs: \$D/invalid.json: entries\[1\].date: journal6: entry 2: column 2 \(date\): date is in the future$`,
				`(?m)^msedocs: \$D/invalid.json: entries\[1\].conclusion: journal6: entry 2: column 7 \(conclusion\): required$`,
			},
			noErr: []string{"Сәтбаев", "Үсенов", "2099"}},

		// schema.
		{name: "schema", args: []string{"schema", "journal2"}, out: []string{`"\$schema": "https://json-schema.org/draft/2020-12/schema"`, `"const": "journal2"`}},
		{name: "schema file", args: []string{"schema", "journal1", "-o", "$D/j1.schema.json"}, made: []string{"j1.schema.json"}},
		{name: "schema unknown", args: []string{"schema", "journal0"}, code: 2, err: []string{`unknown form "journal0"`}},
		{name: "schema no form", args: []string{"schema"}, code: 2, err: []string{`missing <form>`}},

		// sample.
		{name: "sample", args: []string{"sample", "journal2", "-n", "2", "-seed", "9"},
			out: []string{`^\{\n  "form": "journal2",\n`, `"group": "(I|II|III)"`, `"date": "\d{4}-\d\d-\d\d"`}},
		{name: "sample none", args: []string{"sample", "journal3", "-n", "0"}, out: []string{`"entries": \[\]`}},
		{name: "sample negative", args: []string{"sample", "journal3", "-n", "-1"}, code: 2, err: []string{`-n -1: want 0 to 1000000`}},
		{name: "sample bad seed", args: []string{"sample", "journal3", "-seed", "x"}, code: 2, err: []string{`invalid value "x" for flag -seed`}},
		{name: "sample unknown", args: []string{"sample", "journal"}, code: 2, err: []string{`unknown form "journal"`}},

		// read (the round trip through XLSX is TestXLSX).
		{name: "read no input", args: []string{"read"}, code: 2, err: []string{`-in FILE is required`}},
		{name: "read not a workbook", args: []string{"read", "-in", "$D/good.json", "-o", "$D/x.json"}, code: 1, err: []string{`^msedocs: \$D/good.json: `}},

		// The documents.
		{name: "forms documents", args: []string{"forms"}, out: []string{
			`(?m)^disability\tМүгедектік туралы анықтама\tСправка об инвалидности\t[^\t\n]+$`,
			`(?m)^expert_notice\t[^\t]+\tИзвещение об экспертном заключении МСЭ\t[^\t\n]+$`,
		}},
		{name: "blank document", args: []string{"blank", "disability", "-o", "$D/blank-disability.pdf"}, made: []string{"blank-disability.pdf"}},
		{name: "blank document xlsx", args: []string{"blank", "rehab_social", "-o", "$D/blank-rehab.xlsx"}, made: []string{"blank-rehab.xlsx"}},
		{name: "blank document stdout", args: []string{"blank", "expert_notice", "-o", "-"}, out: []string{`^%PDF-`}},
		{name: "blank document pages", args: []string{"blank", "care", "-pages", "2", "-o", "$D/x.pdf"}, code: 2, err: []string{`-pages is for journals`}},
		{name: "render documents", args: []string{"render", "-in", "$D/docs.json", "-o", "$D/docs.pdf"}, made: []string{"docs.pdf"}},
		{name: "render documents xlsx", args: []string{"render", "-in", "$D/docs.json", "-o", "$D/docs.xlsx"}, made: []string{"docs.xlsx"}},
		{name: "render one document", args: []string{"render", "-in", "-", "-o", "-"}, stdin: `{"form": "care", "blank": true}`, out: []string{`^%PDF-`}},
		{name: "render documents invalid", args: []string{"render", "-in", "$D/docs-invalid.json", "-o", "$D/x.pdf"}, code: 1,
			err: []string{`(?m)^msedocs: \$D/docs-invalid.json: documents\[0\].iin: document 1 \(disability\): iin: IIN check digit does not match$`}},
		{name: "render documents invalid over a file", args: []string{"render", "-in", "$D/docs-invalid.json", "-o", "$D/keep.pdf"}, code: 1,
			err: []string{`IIN check digit`}},
		{name: "render documents bad", args: []string{"render", "-in", "$D/docs-bad.json", "-o", "$D/x.xlsx"}, code: 1, err: []string{`documents\[0\].sex: `}},
		{name: "validate documents", args: []string{"validate", "-in", "$D/docs.json"}, out: []string{`^\$D/docs.json: documents, 3 documents \(3 care\): no problems\n$`}},
		{name: "validate one document", args: []string{"validate", "-in", "-"}, stdin: `{"form": "care", "blank": true}`, out: []string{`^stdin: care, blank: no problems\n$`}},
		{name: "validate no documents", args: []string{"validate", "-in", "-"}, stdin: `{"form": "documents", "documents": []}`, code: 1,
			err: []string{`^msedocs: stdin: documents: certificate: no documents\n$`}},
		{name: "validate documents bad", args: []string{"validate", "-in", "$D/docs-bad.json"}, code: 1,
			err: []string{
				`(?m)^msedocs: \$D/docs-bad.json: documents\[0\].issuer.region.en: unknown key$`,
				`(?m)^msedocs: \$D/docs-bad.json: documents\[0\].date: not a date YYYY-MM-DD$`,
				`(?m)^msedocs: \$D/docs-bad.json: documents\[0\].iin: wrong type: want a string, got a number$`,
				`(?m)^msedocs: \$D/docs-bad.json: documents\[0\].sex: not on the closed list: want one of male, female$`,
				`(?m)^msedocs: \$D/docs-bad.json: documents\[0\].group: not on the closed list: want one of I, II, III, child, child_I, child_II, child_III$`,
				`(?m)^msedocs: \$D/docs-bad.json: documents\[0\].nickname: unknown key$`,
				`(?m)^msedocs: \$D/docs-bad.json: documents\[1\].form: required$`,
				`(?m)^msedocs: \$D/docs-bad.json: documents\[2\].form: not on the closed list: want one of disability, rehab_social, .*, expert_notice$`,
				`(?m)^msedocs: \$D/docs-bad.json: documents\[3\]: wrong type: want an object, got a string$`,
				`(?m)^msedocs: \$D/docs-bad.json: documents\[4\].needs\[1\]: not on the closed list: want one of treatment, .*$`,
				`(?m)^msedocs: \$D/docs-bad.json: documents\[4\].needs: duplicate key$`,
			},
			noErr: []string{"Қасымов", "Нұрлан", "Әбдірахманова", "Astana", "Нұрик", "850615301236", "09.01.2025", "passport", "flying", "Һасенов"}},
		{name: "validate documents invalid", args: []string{"validate", "-in", "$D/docs-invalid.json"}, code: 1,
			err: []string{
				`(?m)^msedocs: \$D/docs-invalid.json: documents\[0\].iin: document 1 \(disability\): iin: IIN check digit does not match$`,
				`(?m)^msedocs: \$D/docs-invalid.json: documents\[1\].needs: document 2 \(care\): needs: required$`,
			},
			noErr: []string{"Қасымов", "Һасенов", "850615301237", "700101300035"}},
		{name: "validate single document invalid", args: []string{"validate", "-in", "-"}, code: 1,
			stdin: `{"form": "care", "issuer": {"region": {"kk": "Астана қаласы", "ru": "городу Астана"}, "unit": {"kk": "№ 2", "ru": "№ 2"}, "head": "Сәрсенбаева Гүлнәр"}, "date": "2025-01-13", "needs": ["attendance", "attendance"]}`,
			err: []string{
				`(?m)^msedocs: stdin: needs\[1\]: care: needs.2: listed more than once$`,
				`(?m)^msedocs: stdin: iin: care: iin: required$`,
				`(?m)^msedocs: stdin: serial.number: care: serial.number: required$`,
			}},
		{name: "validate batch of one", args: []string{"validate", "-in", "-"}, code: 1,
			stdin: `{"form": "documents", "documents": [{"form": "full_rehabilitation", "exam_date": "2099-01-01"}]}`,
			err:   []string{`(?m)^msedocs: stdin: documents\[0\].exam_date: document 1 \(full_rehabilitation\): exam_date: date is in the future$`}},
		{name: "schema document", args: []string{"schema", "care"}, out: []string{`"\$schema": "https://json-schema.org/draft/2020-12/schema"`, `"const": "care"`, `"\$defs"`, `"const": "documents"`}},
		{name: "sample document", args: []string{"sample", "disability", "-n", "2", "-seed", "9"},
			out: []string{`^\{\n  "form": "documents",\n  "documents": \[\n`, `"form": "disability"`, `"iin": "\d{12}"`, `"date": "\d{4}-\d\d-\d\d"`}},
		{name: "sample no documents", args: []string{"sample", "care", "-n", "0"}, out: []string{`"documents": \[\]`}},
		{name: "sample documents file", args: []string{"sample", "expert_notice", "-n", "4", "-o", "$D/notices.json"}, made: []string{"notices.json"}},

		// render -volume-pages (the volumes themselves are TestVolumes).
		{name: "render volume pages too few", args: []string{"render", "-in", "$D/good.json", "-o", "$D/x.pdf", "-volume-pages", "2"}, code: 2,
			err: []string{`-volume-pages 2: want 0 \(never split\) or 3 to 1000000`}},
		{name: "render volume pages stdout", args: []string{"render", "-in", "$D/good.json", "-o", "-", "-volume-pages", "10"}, code: 2,
			err: []string{`-volume-pages needs -o FILE`}},
		{name: "render one volume", args: []string{"render", "-in", "$D/good.json", "-o", "$D/one.pdf", "-volume-pages", "3"}, made: []string{"one.pdf"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			before := files(t, dir)
			good, _ := os.ReadFile(filepath.Join(dir, "good.txt"))
			keep, _ := os.ReadFile(filepath.Join(dir, "keep.pdf"))
			r := runIn(t, dir, tc.stdin, tc.args...)
			if r.code != tc.code {
				t.Errorf("exit code %d, want %d\nstderr: %s", r.code, tc.code, r.stderr)
			}
			for _, re := range tc.out {
				if !regexp.MustCompile(re).MatchString(r.stdout) {
					t.Errorf("stdout does not match %q:\n%.2000s", re, r.stdout)
				}
			}
			for _, re := range tc.err {
				if !regexp.MustCompile(re).MatchString(r.stderr) {
					t.Errorf("stderr does not match %q:\n%s", re, r.stderr)
				}
			}
			for _, s := range tc.noErr {
				if strings.Contains(r.stderr, s) {
					t.Errorf("stderr discloses %q:\n%s", s, r.stderr)
				}
			}
			if tc.code == 0 && r.stderr != "" {
				t.Errorf("stderr of a good run: %s", r.stderr)
			}
			if tc.code != 0 && len(tc.out) == 0 && r.stdout != "" {
				t.Errorf("stdout of a failed run: %.200s", r.stdout)
			}
			checkLines(t, r.stderr)
			// The files made: exactly the ones expected, and on error none,
			// nor any temporary file left behind; good.txt is untouched
			// unless a good run replaced it.
			after := files(t, dir)
			made := map[string]bool{}
			for _, n := range after {
				made[n] = true
			}
			for _, n := range before {
				delete(made, n)
			}
			for _, n := range tc.made {
				if !made[n] {
					t.Errorf("%s not written", n)
				}
				delete(made, n)
			}
			for n := range made {
				t.Errorf("unexpected file %s", n)
			}
			now, _ := os.ReadFile(filepath.Join(dir, "good.txt"))
			if tc.code != 0 && !bytes.Equal(now, good) {
				t.Errorf("a failed run changed good.txt")
			}
			if now, _ := os.ReadFile(filepath.Join(dir, "keep.pdf")); tc.code != 0 && !bytes.Equal(now, keep) {
				t.Errorf("a failed run changed keep.pdf")
			}
		})
	}
}

// checkLines checks that stderr holds one problem a line: each line
// starts with "msedocs" or is the usage hint after a usage error.
func checkLines(t *testing.T, stderr string) {
	t.Helper()
	if strings.HasPrefix(stderr, "msedocs prints") { // the usage
		return
	}
	for _, l := range strings.Split(strings.TrimSuffix(stderr, "\n"), "\n") {
		if l != "" && !strings.HasPrefix(l, "msedocs") && !strings.HasPrefix(l, `run "msedocs`) {
			t.Errorf("stray stderr line %q", l)
		}
	}
}

// TestFormsListsEveryForm checks "msedocs forms": the six journals and
// the nine documents, four fields each.
func TestFormsListsEveryForm(t *testing.T) {
	r := runIn(t, t.TempDir(), "", "forms")
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if r.code != 0 || len(lines) != 15 {
		t.Fatalf("exit %d, %d lines:\n%s", r.code, len(lines), r.stdout)
	}
	for i, l := range lines {
		f := strings.Split(l, "\t")
		if len(f) != 4 || f[1] == "" || f[2] == "" || f[3] == "" {
			t.Errorf("line %d: %q", i+1, l)
		}
		if i < 6 && f[0] != "journal"+string(rune('1'+i)) {
			t.Errorf("line %d: id %q", i+1, f[0])
		}
	}
}

// TestEveryCommandHasHelp checks -h of every command: usage, flags and an
// example that runs the command itself.
func TestEveryCommandHasHelp(t *testing.T) {
	for _, c := range commands {
		r := runIn(t, t.TempDir(), "", c.name, "-h")
		if r.code != 0 || r.stderr != "" {
			t.Errorf("%s -h: exit %d, stderr %q", c.name, r.code, r.stderr)
		}
		for _, want := range []string{"usage: msedocs " + c.name, "Example:\n  msedocs " + c.name} {
			if !strings.Contains(r.stdout, want) {
				t.Errorf("%s -h lacks %q:\n%s", c.name, want, r.stdout)
			}
		}
		if h := runIn(t, t.TempDir(), "", "help", c.name); h.stdout != r.stdout {
			t.Errorf("help %s differs from %s -h", c.name, c.name)
		}
	}
}

// TestBlankPages checks that a blank journal of -pages N has N pages and
// says so in figures and words.
func TestBlankPages(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		form  string
		pages int
	}{{"journal1", 4}, {"journal6", 2}, {"journal3", 5}} {
		n := string(rune('0' + tc.pages))
		if r := runIn(t, dir, "", "blank", tc.form, "-pages", n, "-o", "$D/"+tc.form+".pdf"); r.code != 0 {
			t.Fatalf("%+v", r)
		}
		data, err := os.ReadFile(filepath.Join(dir, tc.form+".pdf"))
		if err != nil {
			t.Fatal(err)
		}
		texts := pdfPages(t, data)
		if len(texts) != tc.pages {
			t.Errorf("%s -pages %d: %d pages", tc.form, tc.pages, len(texts))
			continue
		}
		words, _ := numwords.Bilingual(tc.pages)
		want := squash(n + " (" + words + ")")
		if last := squash(texts[len(texts)-1]); !strings.Contains(last, want) {
			t.Errorf("%s -pages %d: last page does not state %q", tc.form, tc.pages, want)
		}
	}
}

// pdfPages returns the text of every page.
func pdfPages(t *testing.T, data []byte) []string { return pdftest.Texts(t, data) }

func squash(s string) string { return strings.Join(strings.Fields(s), "") }

// TestSampleRoundTrip runs sample, validate and render for every journal,
// and checks that sample is deterministic for a seed.
func TestSampleRoundTrip(t *testing.T) {
	dir := t.TempDir()
	for _, f := range allForms() {
		if !strings.HasPrefix(f.id, "journal") {
			continue
		}
		a := runIn(t, dir, "", "sample", f.id, "-n", "6", "-seed", "42")
		b := runIn(t, dir, "", "sample", f.id, "-n", "6", "-seed", "42")
		c := runIn(t, dir, "", "sample", f.id, "-n", "6", "-seed", "43")
		if a.code != 0 || a.stdout != b.stdout {
			t.Errorf("%s: sample not deterministic (exit %d)", f.id, a.code)
		}
		if a.stdout == c.stdout {
			t.Errorf("%s: seeds 42 and 43 give the same sample", f.id)
		}
		if !json.Valid([]byte(a.stdout)) {
			t.Errorf("%s: sample is not JSON", f.id)
		}
		if !regexp.MustCompile(`[ӘҒҚҢӨҰҮҺІәғқңөұүһі]`).MatchString(a.stdout) && f.id != "journal1" {
			t.Errorf("%s: sample has no Kazakh letters", f.id)
		}
		if r := runIn(t, dir, a.stdout, "validate", "-in", "-"); r.code != 0 {
			t.Errorf("%s: sample does not validate: %s", f.id, r.stderr)
		}
		if r := runIn(t, dir, a.stdout, "render", "-in", "-", "-o", "$D/"+f.id+".pdf"); r.code != 0 {
			t.Errorf("%s: sample does not render: %s", f.id, r.stderr)
		}
	}
}

// TestXLSX checks .xlsx output and read: a workbook while the library
// writes them, a clear error while it does not.
func TestXLSX(t *testing.T) {
	dir := t.TempDir()
	testdata(t, dir)
	blank := runIn(t, dir, "", "blank", "journal6", "-pages", "2", "-o", "$D/b.xlsx")
	render := runIn(t, dir, "", "render", "-in", "$D/good.json", "-o", "$D/g.xlsx")
	if xlsxAvailable() != nil {
		for _, r := range []result{blank, render, runIn(t, dir, "", "read", "-in", "$D/good.json")} {
			if r.code != 1 || r.stderr != "msedocs: xlsx: not available\n" {
				t.Errorf("without XLSX: %+v", r)
			}
		}
		if n := len(files(t, dir)); n != 11 {
			t.Errorf("files written without XLSX: %v", files(t, dir))
		}
		return
	}
	for _, r := range []result{blank, render} {
		if r.code != 0 {
			t.Fatalf("%+v", r)
		}
	}
	for _, name := range []string{"b.xlsx", "g.xlsx"} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || !bytes.HasPrefix(data, []byte("PK")) {
			t.Errorf("%s: not a workbook (%v)", name, err)
		}
	}
	r := runIn(t, dir, "", "read", "-in", "$D/g.xlsx", "-o", "$D/back.json")
	if r.code != 0 {
		t.Fatalf("read: %+v", r)
	}
	want, _ := os.ReadFile(filepath.Join(dir, "good.json"))
	got, _ := os.ReadFile(filepath.Join(dir, "back.json"))
	if !bytes.Equal(got, want) {
		t.Errorf("read gives\n%s\nwant\n%s", got, want)
	}
}
