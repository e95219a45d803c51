package journal_test

import (
	"bytes"
	"flag"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/golden"
	"github.com/msedocs/msedocs/internal/layout"
	"github.com/msedocs/msedocs/internal/sample"
	"github.com/msedocs/msedocs/internal/txtar"
	"github.com/msedocs/msedocs/journal"
)

// goldens are the package's golden files; go test -update rewrites them.
var goldens = golden.Files{Pkg: "./journal", Update: flag.Bool("update", false, "rewrite the golden files under testdata/")}

// dump returns the pages of j as a txtar archive, one file a page.
func dump(t *testing.T, j journal.Journal, comment string) []byte {
	t.Helper()
	pages, err := journal.LayOut(j, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	return golden.Pages(t, pages, comment)
}

func TestGoldenBlank(t *testing.T) {
	for _, form := range forms.Journals() {
		for _, pages := range []int{1, 3} {
			name := fmt.Sprintf("%s-blank-%d", form.ID, pages)
			t.Run(name, func(t *testing.T) {
				b := &journal.Blank{Journal: form, Pages: pages}
				got := dump(t, b, fmt.Sprintf("Blank %s of %d pages, header left to fill by hand.", form.ID, pages))
				goldens.Check(t, filepath.Join("layout", name+".txtar"), got)
			})
		}
	}
}

func TestGoldenFilled(t *testing.T) {
	for _, j := range filled(14) {
		name := j.Form().ID + "-filled"
		t.Run(name, func(t *testing.T) {
			got := dump(t, j, fmt.Sprintf("%s with 14 sample entries (seed 7).", j.Form().ID))
			goldens.Check(t, filepath.Join("layout", name+".txtar"), got)
		})
	}
}

func TestGoldenSplitRow(t *testing.T) {
	got := dump(t, tallActs(), "journal6: entry 2 is taller than a page and is split, marked on the next page.")
	goldens.Check(t, filepath.Join("layout", "journal6-split.txtar"), got)
}

// TestGoldenVolumes: a journal bound in volumes, each with its title
// (volume number, entry range, its own dates), the numbering carried on,
// and its own certification. Pages are named vol-N/page-NNN.
func TestGoldenVolumes(t *testing.T) {
	opts := testOptions()
	opts.VolumePages = 3
	j := &journal.ActsJournal{Header: header(), Entries: sample.New(7).Acts(30)}
	vols, err := journal.LayOutVolumes(j, opts)
	if err != nil {
		t.Fatal(err)
	}
	a := &txtar.Archive{Comment: fmt.Appendf(nil, "journal6 with 30 sample entries (seed 7) in %d volumes of at most 3 pages.\n", len(vols))}
	for v, pages := range vols {
		for _, p := range pages {
			var b bytes.Buffer
			if err := layout.Dump(&b, p); err != nil {
				t.Fatal(err)
			}
			a.Files = append(a.Files, txtar.File{Name: fmt.Sprintf("vol-%d/page-%03d", v+1, p.Number), Data: b.Bytes()})
		}
	}
	goldens.Check(t, filepath.Join("layout", "journal6-volumes.txtar"), txtar.Format(a))
}
