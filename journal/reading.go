package journal

import (
	"errors"
	"fmt"
	"hash/maphash"
	"iter"

	"github.com/msedocs/msedocs/internal/jsonrec"
)

// A Stream is read twice: once to validate, once to print. Validation
// keeps a hash of each entry's JSON encoding (8 bytes an entry, not the
// entry), and printing reads through a check of every entry against it,
// so that what is printed is what was checked: an entry that differs, or
// another number of entries, is ErrStreamChanged.

// firstReading is what validation saw of a stream.
type firstReading struct {
	seed maphash.Seed
	sums []uint64
}

// digest hashes entries by the digest form of their JSON encoding
// (jsonrec.Writer.Digest).
type digest struct {
	encode func(row, *jsonrec.Writer)
	seed   maphash.Seed
	w      jsonrec.Writer
}

func (d *digest) sum(e row) uint64 {
	d.w.Buf = d.w.Buf[:0]
	d.w.Digest = true
	d.encode(e, &d.w)
	return maphash.Bytes(d.seed, d.w.Buf)
}

// recording returns the entries of sec as validation reads them, noting
// each one's hash in sec.first when sec is a stream.
func (sec *section) recording() iter.Seq2[row, error] {
	if sec.encode == nil || sec.rows == nil {
		return sec.rows
	}
	first := &firstReading{seed: maphash.MakeSeed()}
	sec.first = first
	d := &digest{encode: sec.encode, seed: first.seed}
	return func(yield func(row, error) bool) {
		for e, err := range sec.rows {
			if err == nil {
				first.sums = append(first.sums, d.sum(e))
			}
			if !yield(e, err) {
				return
			}
		}
	}
}

// entries returns the entries of sec as printing reads them: a stream
// that was validated is compared, entry by entry, with what validation
// read, and any difference ends it with ErrStreamChanged.
func (sec *section) entries() iter.Seq2[row, error] {
	first := sec.first
	if first == nil {
		return sec.rows
	}
	d := &digest{encode: sec.encode, seed: first.seed}
	return func(yield func(row, error) bool) {
		n := 0
		for e, err := range sec.rows {
			if err == nil {
				switch {
				case n >= len(first.sums):
					err = fmt.Errorf("%w: more entries than the %d validated", ErrStreamChanged, len(first.sums))
				case d.sum(e) != first.sums[n]:
					err = fmt.Errorf("%w: the entry differs from the one validated", ErrStreamChanged)
				}
			}
			if err != nil {
				yield(nil, err)
				return
			}
			n++
			if !yield(e, nil) {
				return
			}
		}
		if n < len(first.sums) {
			yield(nil, fmt.Errorf("%w: %d entries validated, %d to print", ErrStreamChanged, len(first.sums), n))
		}
	}
}

// streamErr wraps an error met while reading entries: a caller's stream
// error as a *StreamError, a changed stream as it is.
func streamErr(err error) error {
	if errors.Is(err, ErrStreamChanged) {
		return err
	}
	return &StreamError{Err: err}
}
