package pdftest

import (
	"bytes"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// RequireTools is the environment variable under which a missing
// checker fails a test instead of skipping it; CI sets it to 1.
const RequireTools = "MSEDOCS_REQUIRE_TOOLS"

// missing skips the test, or fails it under RequireTools=1, when a tool
// is not there.
func missing(t testing.TB, format string, args ...any) {
	t.Helper()
	if os.Getenv(RequireTools) == "1" {
		t.Fatalf(format+" (%s=1)", append(args, RequireTools)...)
	}
	t.Skipf(format, args...)
}

// javaDir holds the jars of Debian's libpdfbox2-java and its
// dependencies.
const javaDir = "/usr/share/java"

// preflightJars are the jars Apache PDFBox Preflight runs with.
var preflightJars = []string{"preflight.jar", "pdfbox2.jar", "fontbox2.jar", "xmpbox.jar",
	"commons-logging.jar", "javax.activation.jar", "jaxb-api.jar"}

// Preflight validates PDF files as PDF/A-1b with Apache PDFBox Preflight
// (org.apache.pdfbox.preflight.Validator_A1b), all in one run of the
// JVM, and reports every file that is not valid with Preflight's errors.
// files maps a name, which must be a plain file name, to its bytes.
func Preflight(t testing.TB, files map[string][]byte) {
	t.Helper()
	java, err := exec.LookPath("java")
	if err != nil {
		missing(t, "java not found: install default-jre-headless to validate PDF/A")
		return
	}
	var cp []string
	for _, j := range preflightJars {
		p := filepath.Join(javaDir, j)
		if _, err := os.Stat(p); err != nil {
			missing(t, "%s not found: install libpdfbox2-java libactivation-java libjaxb-api-java", p)
			return
		}
		cp = append(cp, p)
	}
	dir := t.TempDir()
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	slices.Sort(names)
	var list strings.Builder
	for _, name := range names {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, files[name], 0o644); err != nil {
			t.Fatal(err)
		}
		list.WriteString(p + "\n")
	}
	listFile := filepath.Join(dir, "files.txt")
	if err := os.WriteFile(listFile, []byte(list.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	// Group mode writes one report, files.txt.preflight.xml, for all.
	cmd := exec.Command(java, "-cp", strings.Join(cp, ":"), "org.apache.pdfbox.preflight.Validator_A1b", "xml", "group", listFile)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("preflight: %v\n%s", err, out)
	}
	report, err := os.ReadFile(listFile + ".preflight.xml")
	if err != nil {
		t.Fatalf("preflight wrote no report: %v\n%s", err, out)
	}
	checkReport(t, report, names)
}

// preflights is Preflight's report in group mode.
type preflights struct {
	Files []struct {
		Name   string `xml:"name,attr"`
		Valid  string `xml:"isValid"`
		Errors []struct {
			Code    string `xml:"code"`
			Details string `xml:"details"`
		} `xml:"errors>error"`
	} `xml:"preflight"`
}

// checkReport fails the test for each file of names not reported valid.
func checkReport(t testing.TB, report []byte, names []string) {
	t.Helper()
	var r preflights
	if err := xml.Unmarshal(report, &r); err != nil {
		t.Fatalf("preflight report: %v", err)
	}
	valid := map[string]bool{}
	for _, f := range r.Files {
		if strings.TrimSpace(f.Valid) == "true" {
			valid[f.Name] = true
			continue
		}
		var msgs []string
		for _, e := range f.Errors {
			msgs = append(msgs, e.Code+" "+e.Details)
		}
		t.Errorf("%s: not PDF/A-1b: %s", f.Name, strings.Join(msgs, "; "))
		valid[f.Name] = true // reported
	}
	for _, n := range names {
		if !valid[n] {
			t.Errorf("%s: not in Preflight's report", n)
		}
	}
}

// QPDF runs qpdf --check on a file and fails the test on any error or
// warning.
func QPDF(t testing.TB, name string, data []byte) {
	t.Helper()
	qpdf, err := exec.LookPath("qpdf")
	if err != nil {
		missing(t, "qpdf not found: install qpdf to check PDF structure")
		return
	}
	p := filepath.Join(t.TempDir(), "check.pdf")
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(qpdf, "--check", p).CombinedOutput()
	if err != nil || bytes.Contains(out, []byte("WARNING")) {
		t.Errorf("%s: qpdf --check: %v\n%s", name, err, out)
	}
}

// Poppler extracts the text of every page with poppler's pdftotext and
// fails the test on anything it writes to stderr (a syntax error, a
// broken font).
func Poppler(t testing.TB, name string, data []byte) []string {
	t.Helper()
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		missing(t, "pdftotext not found: install poppler-utils")
		return nil
	}
	cmd := exec.Command(bin, "-enc", "UTF-8", "-", "-")
	cmd.Stdin = bytes.NewReader(data)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil || stderr.Len() > 0 {
		t.Errorf("%s: pdftotext: %v\n%s", name, err, stderr.String())
	}
	pages := strings.Split(stdout.String(), "\f")
	if n := len(pages); n > 0 && strings.TrimSpace(pages[n-1]) == "" {
		pages = pages[:n-1]
	}
	return pages
}

// Archive checks PDF/A files as the archive tests do: each with qpdf and
// poppler (each, when not nil, gets the text of the file's pages), then
// all with PDFBox Preflight.
func Archive(t testing.TB, files map[string][]byte, each func(name string, pages []string)) {
	t.Helper()
	for name, data := range files {
		QPDF(t, name, data)
		pages := Poppler(t, name, data)
		if each != nil {
			each(name, pages)
		}
	}
	Preflight(t, files)
}
