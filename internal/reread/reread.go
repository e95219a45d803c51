// Package reread checks that a sequence read twice, once to validate and
// once to print, gives the second time what it gave the first, so that
// what is printed is what was checked. The first reading keeps a hash of
// each record's digest form (jsonrec.Writer.Digest): 8 bytes a record,
// not the record, so memory stays flat however long the sequence.
package reread

import (
	"fmt"
	"hash/maphash"
	"iter"

	"github.com/msedocs/msedocs/internal/jsonrec"
)

// First is what the first reading saw: a hash of each record it gave
// without an error, in order. Its zero value is not ready: use Record.
type First struct {
	seed maphash.Seed
	sums []uint64
	// noun names the records in messages, e.g. "documents"; changed is
	// the error a difference wraps.
	noun    string
	changed error
}

// digest hashes records by the digest form of their JSON encoding.
type digest[E any] struct {
	encode func(E, *jsonrec.Writer)
	seed   maphash.Seed
	w      jsonrec.Writer
}

func (d *digest[E]) sum(e E) uint64 {
	d.w.Buf = d.w.Buf[:0]
	d.w.Digest = true
	d.encode(e, &d.w)
	return maphash.Bytes(d.seed, d.w.Buf)
}

// Record returns seq as the first reading reads it, noting each record's
// hash in the First it returns. noun names the records in messages, e.g.
// "documents", and changed is the error the second reading's differences
// wrap (journal.ErrStreamChanged).
func Record[E any](seq iter.Seq2[E, error], encode func(E, *jsonrec.Writer), noun string, changed error) (iter.Seq2[E, error], *First) {
	first := &First{seed: maphash.MakeSeed(), noun: noun, changed: changed}
	d := &digest[E]{encode: encode, seed: first.seed}
	return func(yield func(E, error) bool) {
		first.sums = first.sums[:0]
		for e, err := range seq {
			if err == nil {
				first.sums = append(first.sums, d.sum(e))
			}
			if !yield(e, err) {
				return
			}
		}
	}, first
}

// Check returns seq as the second reading reads it: each record is
// compared with the one the first reading gave at its place, and any
// difference, or another number of records, ends it with an error
// wrapping the
// First's changed error. An error seq yields is passed on and ends it too.
func Check[E any](seq iter.Seq2[E, error], first *First, encode func(E, *jsonrec.Writer)) iter.Seq2[E, error] {
	d := &digest[E]{encode: encode, seed: first.seed}
	return func(yield func(E, error) bool) {
		var zero E
		n := 0
		for e, err := range seq {
			if err == nil {
				switch {
				case n >= len(first.sums):
					err = fmt.Errorf("%w: more %s than the %d validated", first.changed, first.noun, len(first.sums))
				case d.sum(e) != first.sums[n]:
					err = fmt.Errorf("%w: %s[%d] differs from the one validated", first.changed, first.noun, n)
				}
			}
			if err != nil {
				yield(zero, err)
				return
			}
			n++
			if !yield(e, nil) {
				return
			}
		}
		if n < len(first.sums) {
			yield(zero, fmt.Errorf("%w: %d %s validated, %d to print", first.changed, len(first.sums), first.noun, n))
		}
	}
}
