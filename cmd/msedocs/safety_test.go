package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestOutputIsNotInput: an output that is the input, or through a link,
// or one of the files its name owns, is a usage error, and nothing is
// written (issue 12 item 5).
func TestOutputIsNotInput(t *testing.T) {
	dir := t.TempDir()
	longJournal(t, dir, 3)
	if r := runIn(t, dir, "", "render", "-in", "$D/j6.json", "-o", "$D/j6.xlsx"); r.code != 0 {
		t.Fatalf("render xlsx: %+v", r)
	}
	j6 := filepath.Join(dir, "j6.json")
	must(t, os.Link(j6, filepath.Join(dir, "hard.pdf")))
	must(t, os.Symlink(j6, filepath.Join(dir, "soft.pdf")))
	must(t, os.Link(j6, filepath.Join(dir, "set.vol2.pdf")))
	must(t, os.Link(filepath.Join(dir, "j6.xlsx"), filepath.Join(dir, "back.json")))
	input, _ := os.ReadFile(j6)
	for _, tc := range []struct {
		name string
		args []string
		err  string
	}{
		{"same name", []string{"render", "-in", "$D/j6.json", "-o", "$D/j6.json", "-format", "pdf"}, `-o "$D/j6.json" does not match -format pdf`},
		{"hard link", []string{"render", "-in", "$D/j6.json", "-o", "$D/hard.pdf"}, `-o $D/hard.pdf would overwrite the input $D/j6.json`},
		{"symbolic link", []string{"render", "-in", "$D/j6.json", "-o", "$D/soft.pdf", "-force"}, `-o $D/j6.json would overwrite the input $D/j6.json`},
		{"a volume of the set", []string{"render", "-in", "$D/j6.json", "-o", "$D/set.pdf"}, `-o $D/set.pdf would overwrite the input $D/j6.json`},
		{"read same name", []string{"read", "-in", "$D/j6.xlsx", "-o", "$D/j6.xlsx"}, `-o "$D/j6.xlsx": this command writes JSON; name the file .json`},
		{"read hard link", []string{"read", "-in", "$D/j6.xlsx", "-o", "$D/back.json"}, `-o $D/back.json would overwrite the input $D/j6.xlsx`},
		{"read to pdf", []string{"read", "-in", "$D/j6.xlsx", "-o", "$D/out.pdf"}, `name the file .json`},
		{"sample to xlsx", []string{"sample", "journal6", "-o", "$D/out.xlsx"}, `name the file .json`},
		{"schema to pdf", []string{"schema", "journal6", "-o", "$D/out.pdf"}, `name the file .json`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := files(t, dir)
			r := runIn(t, dir, "", tc.args...)
			if r.code != 2 || !strings.Contains(r.stderr, tc.err) {
				t.Errorf("got %+v, want exit 2 and %q", r, tc.err)
			}
			if after := files(t, dir); !slices.Equal(after, before) {
				t.Errorf("files %v, had %v", after, before)
			}
			if b, _ := os.ReadFile(j6); string(b) != string(input) {
				t.Fatal("the input changed")
			}
		})
	}
}

// TestReadOnlyAndLinks: a read-only output or a symbolic link is replaced
// only with -force; with it, a link is written through (issue 12 item 7).
func TestReadOnlyAndLinks(t *testing.T) {
	dir := t.TempDir()
	longJournal(t, dir, 3)
	ro := filepath.Join(dir, "ro.pdf")
	must(t, os.WriteFile(ro, []byte("KEEP"), 0o444))
	target := filepath.Join(dir, "target.pdf")
	must(t, os.WriteFile(target, []byte("TARGET"), 0o644))
	must(t, os.Symlink("target.pdf", filepath.Join(dir, "link.pdf")))
	roVol := filepath.Join(dir, "vols.vol3.pdf")
	must(t, os.WriteFile(roVol, []byte("OLD"), 0o444))

	for _, tc := range []struct{ out, err string }{
		{"$D/ro.pdf", "$D/ro.pdf is read-only; give -force to replace it"},
		{"$D/link.pdf", "$D/link.pdf is a symbolic link; give -force to write to the file it points to"},
		{"$D/vols.pdf", "$D/vols.vol3.pdf is read-only; give -force to replace it"},
	} {
		r := runIn(t, dir, "", "render", "-in", "$D/j6.json", "-o", tc.out)
		if r.code != 2 || !strings.Contains(r.stderr, tc.err) {
			t.Errorf("-o %s: %+v, want exit 2 and %q", tc.out, r, tc.err)
		}
	}
	if b, _ := os.ReadFile(ro); string(b) != "KEEP" {
		t.Error("a read-only file was replaced")
	}
	if b, _ := os.ReadFile(target); string(b) != "TARGET" {
		t.Error("a file was written through a link")
	}
	if r := runIn(t, dir, "", "sample", "journal6", "-o", "$D/link.json"); r.code != 0 {
		t.Errorf("sample to a new file: %+v", r)
	}
	must(t, os.Chmod(filepath.Join(dir, "link.json"), 0o444))
	if r := runIn(t, dir, "", "sample", "journal6", "-o", "$D/link.json"); r.code != 2 || !strings.Contains(r.stderr, "read-only") {
		t.Errorf("sample over a read-only file: %+v", r)
	}

	for _, out := range []string{"$D/ro.pdf", "$D/link.pdf", "$D/vols.pdf"} {
		if r := runIn(t, dir, "", "render", "-in", "$D/j6.json", "-o", out, "-force"); r.code != 0 {
			t.Errorf("-force -o %s: %+v", out, r)
		}
	}
	for _, name := range []string{ro, target, filepath.Join(dir, "vols.pdf")} {
		if b, _ := os.ReadFile(name); !strings.HasPrefix(string(b), "%PDF-") {
			t.Errorf("%s: not replaced by a PDF with -force", name)
		}
	}
	if st, err := os.Lstat(filepath.Join(dir, "link.pdf")); err != nil || st.Mode()&os.ModeSymlink == 0 {
		t.Error("the link itself was replaced, not written through")
	}
	if _, err := os.Stat(roVol); !os.IsNotExist(err) {
		t.Error("the older volume of the set is still there")
	}
}

// TestFewerVolumes: a render into fewer volumes than an earlier one
// leaves only the new set under its name (issue 12 item 7); other files,
// and a folder named like a volume, stay.
func TestFewerVolumes(t *testing.T) {
	dir := t.TempDir()
	longJournal(t, dir, 300)
	out := filepath.Join(dir, "out")
	must(t, os.Mkdir(out, 0o755))
	must(t, os.WriteFile(filepath.Join(out, "j6.pdf"), []byte("an older one-volume render"), 0o644))
	must(t, os.Mkdir(filepath.Join(out, "j6.vol99.pdf"), 0o755))
	for _, name := range []string{"j6.vol01.pdf", "j6.volume.pdf", "j6.vol7.xlsx", "other.vol1.pdf"} {
		must(t, os.WriteFile(filepath.Join(out, name), []byte("not ours"), 0o644))
	}
	if r := runIn(t, dir, "", "render", "-in", "$D/j6.json", "-o", "$D/out/j6.pdf", "-volume-pages", "5"); r.code != 0 {
		t.Fatalf("render: %+v", r)
	}
	many := volumesIn(t, out)
	if len(many) < 4 {
		t.Fatalf("volumes %v", many)
	}
	if _, err := os.Stat(filepath.Join(out, "j6.pdf")); !os.IsNotExist(err) {
		t.Error("the older j6.pdf is still beside the volumes")
	}
	if r := runIn(t, dir, "", "render", "-in", "$D/j6.json", "-o", "$D/out/j6.pdf", "-volume-pages", "12"); r.code != 0 {
		t.Fatalf("render: %+v", r)
	}
	fewer := volumesIn(t, out)
	if len(fewer) >= len(many) || len(fewer) < 2 {
		t.Fatalf("volumes of 12 pages %v, of 5 pages %v", fewer, many)
	}
	for k := len(fewer) + 1; k <= len(many); k++ {
		if _, err := os.Stat(filepath.Join(out, volumePath("j6.pdf", k))); !os.IsNotExist(err) {
			t.Errorf("volume %d of the earlier render is still there", k)
		}
	}
	for _, name := range []string{"j6.vol99.pdf", "j6.vol01.pdf", "j6.volume.pdf", "j6.vol7.xlsx", "other.vol1.pdf"} {
		if _, err := os.Stat(filepath.Join(out, name)); err != nil {
			t.Errorf("%s, not of the set, was removed", name)
		}
	}
}

// volumesIn returns the names j6.volN.pdf in dir, N from 1 without gaps.
func volumesIn(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	for k := 1; ; k++ {
		name := volumePath("j6.pdf", k)
		st, err := os.Stat(filepath.Join(dir, name))
		if err != nil || st.IsDir() {
			return out
		}
		out = append(out, name)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
