package main

import (
	"errors"
	"strings"

	"github.com/msedocs/msedocs/journal"
)

// A decoder that can go on (an object of a known form with some values
// wrong) gives what it decoded with its problems: the command validates
// that too and reports the problems of both together (together).

// together joins the problems of decoding (derr) and of validating
// (verr) one input, leaving out those of validation at a place a problem
// of decoding names.
func together(derr, verr error) error {
	if derr == nil {
		return verr
	}
	out := leaves(derr)
	var bad []string
	for _, e := range out {
		var je *journal.JSONError
		if errors.As(e, &je) {
			bad = append(bad, je.Path)
		}
	}
	if verr != nil {
		for _, e := range leaves(verr) {
			var pe *pathError
			if errors.As(e, &pe) && overlaps(pe.path, bad) {
				continue
			}
			out = append(out, e)
		}
	}
	return errors.Join(out...)
}

// overlaps reports whether the JSON path p is one of paths, inside one
// of them, or holds one of them.
func overlaps(p string, paths []string) bool {
	for _, q := range paths {
		if within(p, q) || within(q, p) {
			return true
		}
	}
	return false
}

// within reports whether the JSON path p is q or a path inside q; the
// empty path, the whole input, is only itself.
func within(p, q string) bool {
	if q == "" || !strings.HasPrefix(p, q) {
		return p == q
	}
	rest := p[len(q):]
	return rest == "" || rest[0] == '.' || rest[0] == '['
}
