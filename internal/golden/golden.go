// Package golden keeps golden files for tests: the layout of pages dumped
// as a txtar archive, compared with a file under testdata/ or rewritten
// when the test runs with -update.
package golden

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/msedocs/msedocs/internal/layout"
	"github.com/msedocs/msedocs/internal/txtar"
)

// Check compares got with the file at path, or writes got there when
// update is set. pkg names the package for the hint on how to update.
func Check(t testing.TB, path string, got []byte, update bool, pkg string) {
	t.Helper()
	if update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test %s -update to create it)", err, pkg)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-want +got); if the change is meant, run go test %s -update and review the diff:\n%s", path, pkg, diff)
	}
}

// Pages dumps pages as a txtar archive, one file a page, after a comment
// line.
func Pages(t testing.TB, pages []*layout.Page, comment string) []byte {
	t.Helper()
	a := &txtar.Archive{Comment: []byte(comment + "\n")}
	for _, p := range pages {
		var b bytes.Buffer
		if err := layout.Dump(&b, p); err != nil {
			t.Fatal(err)
		}
		a.Files = append(a.Files, txtar.File{Name: fmt.Sprintf("page-%03d", p.Number), Data: b.Bytes()})
	}
	return txtar.Format(a)
}

// Files are the golden files of a package's tests, under testdata/.
type Files struct {
	// Pkg names the package for the hint on how to update, "./journal".
	Pkg string
	// Update, when it points to true, rewrites the files (the test's
	// -update flag).
	Update *bool
}

// Check compares got with testdata/name, or rewrites it with -update.
func (f Files) Check(t testing.TB, name string, got []byte) {
	t.Helper()
	Check(t, filepath.Join("testdata", name), got, f.Update != nil && *f.Update, f.Pkg)
}
