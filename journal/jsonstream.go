package journal

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"

	"github.com/msedocs/msedocs/internal/jsonrec"
)

// DecodeStream decodes a journal from JSON that open can read again and
// again (a file), never holding its entries in memory: the header is
// decoded at once, as Decode would, and the entries of journals 2–6
// become the journal's Stream, read from a new open(…) each time the
// Stream is walked (Validate, then printing), one entry at a time. Keys
// may come in any order. Journal 1 and blank journals, whose size does
// not grow with entries in the same way, are decoded whole.
//
// A problem of an entry's shape (an unknown key, a wrong type) is an
// error of the Stream: the *JSONError values naming "entries[i]…",
// joined, yielded in the entry's place. The Stream goes on after it, so
// Validate reports the problems of every entry; the writers stop at the
// first.
func DecodeStream(open func() (io.ReadCloser, error)) (Journal, error) {
	top, hasEntries, err := readTop(open)
	if err != nil {
		return nil, err
	}
	j, err := Decode(top)
	if err != nil || !hasEntries {
		return j, err
	}
	switch j := j.(type) {
	case *DisabilityJournal:
		j.Stream = streamEntries(open, disabilityEntryRecord)
	case *GeneralCapacityJournal:
		j.Stream = streamEntries(open, generalCapacityEntryRecord)
	case *ProfessionalCapacityJournal:
		j.Stream = streamEntries(open, professionalCapacityEntryRecord)
	case *CareJournal:
		j.Stream = streamEntries(open, careEntryRecord)
	case *ActsJournal:
		j.Stream = streamEntries(open, actEntryRecord)
	default:
		whole, err := readAll(open)
		if err != nil {
			return nil, err
		}
		return Decode(whole)
	}
	return j, nil
}

func readAll(open func() (io.ReadCloser, error)) (_ []byte, err error) {
	r, err := open()
	if err != nil {
		return nil, err
	}
	defer func() { err = errors.Join(err, r.Close()) }()
	return io.ReadAll(r)
}

// readTop reads the top-level object and returns it without its entries
// ("entries": [] in their place), each entry skipped as it is read, and
// whether it has entries.
func readTop(open func() (io.ReadCloser, error)) (_ []byte, hasEntries bool, err error) {
	r, err := open()
	if err != nil {
		return nil, false, err
	}
	defer func() { err = errors.Join(err, r.Close()) }()
	dec := json.NewDecoder(r)
	if err := wantDelim(dec, '{'); err != nil {
		return nil, false, err
	}
	var out bytes.Buffer
	out.WriteByte('{')
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, false, syntaxErr(err)
		}
		key, _ := tok.(string)
		if out.Len() > 1 {
			out.WriteByte(',')
		}
		k, _ := json.Marshal(key)
		out.Write(k)
		out.WriteByte(':')
		if key == "entries" {
			if err := skipEntries(dec); err != nil {
				return nil, false, err
			}
			out.WriteString("[]")
			hasEntries = true
			continue
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, false, syntaxErr(err)
		}
		out.Write(raw)
	}
	if _, err := dec.Token(); err != nil {
		return nil, false, syntaxErr(err)
	}
	out.WriteByte('}')
	return out.Bytes(), hasEntries, nil
}

// skipEntries reads an array of entries, one at a time, keeping none; a
// value that is not an array is kept for Decode to report.
func skipEntries(dec *json.Decoder) error {
	if err := wantDelim(dec, '['); err != nil {
		return &JSONError{Path: "entries", Err: fmt.Errorf("%w: want an array", ErrWrongType)}
	}
	for dec.More() {
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return syntaxErr(err)
		}
	}
	_, err := dec.Token()
	return syntaxErr(err)
}

func wantDelim(dec *json.Decoder, d json.Delim) error {
	tok, err := dec.Token()
	if err != nil {
		return syntaxErr(err)
	}
	if tok != d {
		return &JSONError{Err: fmt.Errorf("%w: want %q", ErrWrongType, d.String())}
	}
	return nil
}

func syntaxErr(err error) error {
	if err == nil {
		return nil
	}
	return &JSONError{Err: fmt.Errorf("%w: %v", ErrSyntax, err)}
}

// streamEntries returns the entries of the JSON that open reads, decoded
// one at a time each time the sequence is walked.
func streamEntries[E any](open func() (io.ReadCloser, error), rec *jsonrec.Record[E]) iter.Seq2[E, error] {
	return func(yield func(E, error) bool) {
		r, err := open()
		if err != nil {
			var zero E
			yield(zero, err)
			return
		}
		err = decodeEntries(r, rec, yield)
		if cerr := r.Close(); err == nil {
			err = cerr
		}
		if err != nil && err != errStopped {
			var zero E
			yield(zero, err)
		}
	}
}

// errStopped is the caller's leaving a walk of the entries early.
var errStopped = errors.New("stopped")

// decodeEntries reads the entries from r and yields them one at a time.
func decodeEntries[E any](r io.Reader, rec *jsonrec.Record[E], yield func(E, error) bool) error {
	dec := json.NewDecoder(r)
	if err := seekEntries(dec); err != nil {
		return err
	}
	for i := 0; dec.More(); i++ {
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return syntaxErr(err)
		}
		var e E
		d := &jsonrec.Decoder{}
		rec.Decode(d, jsonrec.Index("entries", i), raw, &e)
		if err := d.Err(); err != nil {
			// The entry's shape is wrong, but the JSON goes on: yield
			// its problems and go on, so that a reader that keeps
			// walking (Validate) reports every bad entry at once.
			if !yield(e, err) {
				return errStopped
			}
			continue
		}
		if !yield(e, nil) {
			return errStopped
		}
	}
	return nil
}

// seekEntries reads up to the first entry: past the "entries" key and
// the array's opening bracket.
func seekEntries(dec *json.Decoder) error {
	if err := wantDelim(dec, '{'); err != nil {
		return err
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return syntaxErr(err)
		}
		if tok == "entries" {
			return wantDelim(dec, '[')
		}
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return syntaxErr(err)
		}
	}
	return &JSONError{Path: "entries", Err: ErrRequired}
}
