package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/msedocs/msedocs/internal/numwords"
	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

// longJournal writes a sample journal 6 of n entries into dir and returns
// its path.
func longJournal(t *testing.T, dir string, n int) string {
	t.Helper()
	if r := runIn(t, dir, "", "sample", "journal6", "-n", strconv.Itoa(n), "-seed", "11", "-o", "$D/j6.json"); r.code != 0 {
		t.Fatalf("sample: %+v", r)
	}
	return filepath.Join(dir, "j6.json")
}

// TestVolumes renders a long journal in volumes of at most 5 pages: a file
// a volume, name.volK.pdf, each a valid PDF whose certification states its
// own page count, the volumes' entry ranges following each other; and
// nothing else left in the folder.
func TestVolumes(t *testing.T) {
	dir := t.TempDir()
	longJournal(t, dir, 300)
	out := filepath.Join(dir, "out")
	if err := os.Mkdir(out, 0o755); err != nil {
		t.Fatal(err)
	}
	r := runIn(t, dir, "", "render", "-in", "$D/j6.json", "-o", "$D/out/j6.pdf", "-volume-pages", "5")
	if r.code != 0 || r.stderr != "" || r.stdout != "" {
		t.Fatalf("render: %+v", r)
	}
	names := files(t, out)
	if len(names) < 3 {
		t.Fatalf("300 entries in volumes of 5 pages gave %v", names)
	}
	conf := model.NewDefaultConfiguration()
	next := 1 // the entry the next volume starts with
	for k := 1; k <= len(names); k++ {
		name := fmt.Sprintf("j6.vol%d.pdf", k)
		if !slices.Contains(names, name) {
			t.Fatalf("%s missing among %v", name, names)
		}
		data, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := api.Validate(bytes.NewReader(data), conf); err != nil {
			t.Fatalf("%s: pdfcpu validation: %v", name, err)
		}
		n, err := api.PageCount(bytes.NewReader(data), conf)
		if err != nil {
			t.Fatal(err)
		}
		if n > 5 {
			t.Errorf("%s has %d pages, more than 5", name, n)
		}
		pages := pdfPages(t, data)
		words, _ := numwords.Bilingual(n)
		if last := squash(pages[len(pages)-1]); !strings.Contains(last, squash(strconv.Itoa(n)+" ("+words+")")) {
			t.Errorf("%s: the certification does not state its %d pages", name, n)
		}
		m := regexp.MustCompile(`№(\d+)–(\d+)жазбалар`).FindStringSubmatch(squash(pages[0]))
		if m == nil {
			t.Fatalf("%s: no entry range on the title page", name)
		}
		if from, _ := strconv.Atoi(m[1]); from != next {
			t.Errorf("%s starts at entry %d, want %d", name, from, next)
		}
		next, _ = strconv.Atoi(m[2])
		next++
	}
	if next != 301 {
		t.Errorf("the volumes hold entries 1–%d, want 1–300", next-1)
	}

	// The same journal fits in one volume of the default 500 pages: one
	// file, named as asked, and the volumes of the earlier run, which
	// the name owns, are gone.
	if r := runIn(t, dir, "", "render", "-in", "$D/j6.json", "-o", "$D/out/j6.pdf"); r.code != 0 {
		t.Fatalf("render: %+v", r)
	}
	if got := files(t, out); !slices.Equal(got, []string{"j6.pdf"}) {
		t.Errorf("one volume gave %v", got)
	}

	// XLSX is bound the same way.
	if r := runIn(t, dir, "", "render", "-in", "$D/j6.json", "-o", "$D/x/j6.xlsx", "-volume-pages", "5"); r.code != 1 {
		t.Errorf("render into a missing folder: %+v", r)
	}
	xdir := filepath.Join(dir, "x")
	os.Mkdir(xdir, 0o755)
	if r := runIn(t, dir, "", "render", "-in", "$D/j6.json", "-o", "$D/x/j6.xlsx", "-volume-pages", "5"); r.code != 0 {
		t.Fatalf("render xlsx: %+v", r)
	}
	xs := files(t, xdir)
	if len(xs) != len(names) {
		t.Errorf("xlsx volumes %v, pdf volumes %v", xs, names)
	}
	for _, name := range xs {
		data, _ := os.ReadFile(filepath.Join(xdir, name))
		if !regexp.MustCompile(`^j6\.vol\d+\.xlsx$`).MatchString(name) || !bytes.HasPrefix(data, []byte("PK")) {
			t.Errorf("%s: not a volume workbook", name)
		}
	}
}

// TestVolumesAllOrNothing fails a render after some volumes were written,
// and fails renaming them into place: either leaves no new file, no
// temporary file, and the files already there as they were.
func TestVolumesAllOrNothing(t *testing.T) {
	dir := t.TempDir()
	longJournal(t, dir, 300)
	old := filepath.Join(dir, "j6.vol1.pdf")
	if err := os.WriteFile(old, []byte("an older volume"), 0o644); err != nil {
		t.Fatal(err)
	}
	before := files(t, dir)

	createHook = func(n int) error {
		if n == 3 {
			return errors.New("disk full")
		}
		return nil
	}
	r := runIn(t, dir, "", "render", "-in", "$D/j6.json", "-o", "$D/j6.pdf", "-volume-pages", "5")
	createHook = nil
	if r.code != 1 || !strings.Contains(r.stderr, "volume 3: disk full") {
		t.Errorf("failing render: %+v", r)
	}
	if got := files(t, dir); !slices.Equal(got, before) {
		t.Errorf("a failed render left %v, had %v", got, before)
	}
	if b, _ := os.ReadFile(old); string(b) != "an older volume" {
		t.Errorf("a failed render changed %s", old)
	}

	// Volume 2 cannot be renamed into place: a folder has its name.
	if err := os.Mkdir(filepath.Join(dir, "j6.vol2.pdf"), 0o755); err != nil {
		t.Fatal(err)
	}
	before = files(t, dir)
	r = runIn(t, dir, "", "render", "-in", "$D/j6.json", "-o", "$D/j6.pdf", "-volume-pages", "5")
	if r.code != 1 || r.stderr != "msedocs: writing $D/j6.vol2.pdf: not a regular file\n" {
		t.Errorf("render over a folder: %+v", r)
	}
	if got := files(t, dir); !slices.Equal(got, before) {
		t.Errorf("a failed render left %v, had %v", got, before)
	}
	os.Remove(filepath.Join(dir, "j6.vol2.pdf"))
	before = files(t, dir)

	// Renaming volume 3 into place fails: volumes 1 and 2, already in
	// place, are taken back, and the older volume 1 restored.
	renameHook = func(n int) error {
		if n == 3 {
			return errors.New("device gone")
		}
		return nil
	}
	r = runIn(t, dir, "", "render", "-in", "$D/j6.json", "-o", "$D/j6.pdf", "-volume-pages", "5")
	renameHook = nil
	if r.code != 1 || r.stderr != "msedocs: writing $D/j6.vol3.pdf: device gone\n" {
		t.Errorf("failing rename: %+v", r)
	}
	if got := files(t, dir); !slices.Equal(got, before) {
		t.Errorf("a failed rename left %v, had %v", got, before)
	}
	if b, _ := os.ReadFile(old); string(b) != "an older volume" {
		t.Errorf("a failed rename lost the older %s", old)
	}
}

// TestVolumePagesZero renders a journal longer than a default volume
// with -volume-pages 0: one file, never split, every page in it.
func TestVolumePagesZero(t *testing.T) {
	if testing.Short() {
		t.Skip("renders 7 000 entries")
	}
	dir := t.TempDir()
	longJournal(t, dir, 7000)
	out := filepath.Join(dir, "out")
	if err := os.Mkdir(out, 0o755); err != nil {
		t.Fatal(err)
	}
	r := runIn(t, dir, "", "render", "-in", "$D/j6.json", "-o", "$D/out/j6.pdf", "-volume-pages", "0", "-no-pdfa")
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("render: %+v", r)
	}
	if names := files(t, out); !slices.Equal(names, []string{"j6.pdf"}) {
		t.Fatalf("-volume-pages 0 wrote %v, want j6.pdf alone", names)
	}
	data, err := os.ReadFile(filepath.Join(out, "j6.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	n, err := api.PageCount(bytes.NewReader(data), model.NewDefaultConfiguration())
	if err != nil {
		t.Fatal(err)
	}
	if n <= 500 {
		t.Errorf("7 000 entries gave %d pages; want more than a default volume", n)
	}
	if bytes.Contains(data, []byte("pdfaid")) {
		t.Errorf("-no-pdfa wrote PDF/A metadata")
	}
}
