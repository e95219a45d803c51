package main

import (
	"errors"
	"fmt"
	"reflect"
	"testing"
)

// TestLines checks that a joined error is a line a problem, and that an
// error wrapping two with fmt.Errorf keeps its own text on one line.
func TestLines(t *testing.T) {
	a, b := errors.New("first"), errors.New("second")
	for _, tc := range []struct {
		err  error
		want []string
	}{
		{errors.Join(a, b), []string{"first", "second"}},
		{fmt.Errorf("writing volume 2: %w (then %w)", a, b), []string{"writing volume 2: first (then second)"}},
		{errors.Join(a, fmt.Errorf("x: %w, %w", a, b)), []string{"first", "x: first, second"}},
		{&inputError{"in.json", errors.Join(a, b)}, []string{"in.json: first", "in.json: second"}},
	} {
		if got := lines(tc.err); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("lines(%q) = %q, want %q", tc.err, got, tc.want)
		}
	}
}

// TestOverlaps checks which validation problems a decoding problem
// hides: those at its path, inside it, or holding it.
func TestOverlaps(t *testing.T) {
	bad := []string{"entries[0].group", "documents[1]"}
	for p, want := range map[string]bool{
		"entries[0].group": true, "entries[0]": true, "entries[0].group_x": false,
		"entries[1].group": false, "documents[1].iin": true, "documents[10].iin": false, "": false,
	} {
		if got := overlaps(p, bad); got != want {
			t.Errorf("overlaps(%q) = %v, want %v", p, got, want)
		}
	}
}
