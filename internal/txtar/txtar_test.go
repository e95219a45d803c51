package txtar

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestRoundTrip(t *testing.T) {
	a := &Archive{
		Comment: []byte("golden pages\n"),
		Files: []File{
			{Name: "page-001", Data: []byte("page 1\n  title\n")},
			{Name: "page-002", Data: []byte("no newline")},
		},
	}
	got := Parse(Format(a))
	want := &Archive{
		Comment: []byte("golden pages\n"),
		Files: []File{
			{Name: "page-001", Data: []byte("page 1\n  title\n")},
			{Name: "page-002", Data: []byte("no newline\n")},
		},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

func TestParseMarkerLookalikes(t *testing.T) {
	a := Parse([]byte("-- a --\nx -- y --\n--  --\n"))
	if len(a.Files) != 1 || string(a.Files[0].Data) != "x -- y --\n--  --\n" {
		t.Errorf("got %+v", a.Files)
	}
}
