package reread

import (
	"errors"
	"iter"
	"slices"
	"strings"
	"testing"

	"github.com/msedocs/msedocs/internal/jsonrec"
)

var errChanged = errors.New("changed")

func encode(s string, w *jsonrec.Writer) { w.Str(s) }

func of(xs ...string) iter.Seq2[string, error] {
	return func(yield func(string, error) bool) {
		for _, x := range xs {
			if !yield(x, nil) {
				return
			}
		}
	}
}

// read walks seq and returns what it gave and its last error.
func read(seq iter.Seq2[string, error]) ([]string, error) {
	var got []string
	for s, err := range seq {
		if err != nil {
			return got, err
		}
		got = append(got, s)
	}
	return got, nil
}

func TestCheck(t *testing.T) {
	for _, c := range []struct {
		second []string
		want   string // "" when the readings agree
	}{
		{[]string{"a", "b", "c"}, ""},
		{[]string{"a", "x", "c"}, "rows[1] differs"},
		{[]string{"a", "b", "c", "d"}, "more rows than the 3 validated"},
		{[]string{"a", "b"}, "3 rows validated, 2 to print"},
	} {
		seq, first := Record(of("a", "b", "c"), encode, "rows", errChanged)
		if got, err := read(seq); err != nil || !slices.Equal(got, []string{"a", "b", "c"}) {
			t.Fatalf("first reading: %v %v", got, err)
		}
		got, err := read(Check(of(c.second...), first, encode))
		switch {
		case c.want == "" && (err != nil || !slices.Equal(got, c.second)):
			t.Errorf("%v: %v %v, want it all", c.second, got, err)
		case c.want != "" && (!errors.Is(err, errChanged) || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%v: %v, want %q", c.second, err, c.want)
		}
	}
}
