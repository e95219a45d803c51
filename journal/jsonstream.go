package journal

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"iter"

	"github.com/msedocs/msedocs/forms"
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
	if jsonrec.IsMalformed(err) {
		if located := jsonrec.Located(open); located != nil {
			err = located
		}
	}
	if err != nil {
		return nil, err
	}
	j, err := Decode(top)
	if err != nil && hasEntries {
		// The entries' problems of shape too, all at once, as Decode
		// reports them.
		err = joinErr(err, entryShapes(open, top)...)
	}
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
// ("entries": [] in their place), each entry walked over by its brackets
// and let go, and whether it has entries. The entries' syntax is checked
// when the Stream reads them.
func readTop(open func() (io.ReadCloser, error)) (_ []byte, hasEntries bool, err error) {
	r, err := open()
	if err != nil {
		return nil, false, err
	}
	defer func() { err = errors.Join(err, r.Close()) }()
	w := jsonrec.NewWalker(jsonrec.SkipBOM(r))
	var out bytes.Buffer
	out.WriteByte('{')
	err = w.Members(func(key string) error {
		if out.Len() > 1 {
			out.WriteByte(',')
		}
		k, _ := json.Marshal(key)
		out.Write(k)
		out.WriteByte(':')
		if c, err := w.SkipSpace(); err != nil {
			return err
		} else if key == "entries" && c == '[' {
			out.WriteString("[]")
			hasEntries = true
			return w.SkipElements() // each entry is checked when the Stream reads it
		}
		raw, err := w.Value(true) // a value that is not an array is kept for Decode to report
		out.Write(raw)
		return err
	})
	if err == nil {
		err = w.End()
	}
	if err != nil {
		return nil, false, err
	}
	out.WriteByte('}')
	return out.Bytes(), hasEntries, nil
}

// streamEntries returns the entries of the JSON that open reads, decoded
// one at a time each time the sequence is walked. The reading and
// decoding run on a goroutine of their own, a few batches of entries
// ahead of the walk (decodeAhead), so that parsing shares the machine with
// what the walk does with the entries (checking, laying out); the
// goroutine ends, and the file is closed, before the walk returns.
func streamEntries[E any](open func() (io.ReadCloser, error), rec *jsonrec.Record[E]) iter.Seq2[E, error] {
	return func(yield func(E, error) bool) {
		batches := make(chan []decoded[E], decodeAhead)
		stop := make(chan struct{})
		done := make(chan struct{})
		go func() {
			defer close(done)
			defer close(batches)
			decodeBatches(open, rec, batches, stop)
		}()
		defer func() {
			close(stop)
			<-done
		}()
		for b := range batches {
			for _, d := range b {
				if !yield(d.e, d.err) {
					return
				}
			}
		}
	}
}

// decodeAhead is how many batches of decodeBatch entries the decoding
// may be ahead of the walk.
const (
	decodeAhead = 4
	decodeBatch = 64
)

// decoded is one entry decoded, or the error in its place.
type decoded[E any] struct {
	e   E
	err error
}

// decodeBatches reads the entries of the JSON that open reads and sends
// them in batches, in order, until they end or stop is closed. An error
// of the file is sent last, in the place of the entry it stopped.
func decodeBatches[E any](open func() (io.ReadCloser, error), rec *jsonrec.Record[E], out chan<- []decoded[E], stop <-chan struct{}) {
	cur := make([]decoded[E], 0, decodeBatch)
	send := func() bool {
		select {
		case out <- cur:
			cur = make([]decoded[E], 0, decodeBatch)
			return true
		case <-stop:
			return false
		}
	}
	r, err := open()
	if err == nil {
		err = decodeEntries(r, rec, func(e E, err error) bool {
			cur = append(cur, decoded[E]{e, err})
			return len(cur) < decodeBatch || send()
		})
		if cerr := r.Close(); err == nil {
			err = cerr
		}
	}
	if err == errStopped {
		return
	}
	if err != nil {
		cur = append(cur, decoded[E]{err: err})
	}
	if len(cur) > 0 {
		send()
	}
}

// errStopped is the caller's leaving a walk of the entries early.
var errStopped = errors.New("stopped")

// errDone ends a walk of the top-level object once the entries are read.
var errDone = errors.New("done")

// decodeEntries reads the entries from r and yields them one at a time.
func decodeEntries[E any](r io.Reader, rec *jsonrec.Record[E], yield func(E, error) bool) error {
	w := jsonrec.NewWalker(jsonrec.SkipBOM(r))
	err := w.Members(func(key string) error {
		if key != "entries" {
			_, err := w.Value(false)
			return err
		}
		err := w.Elements("entries", func(i int, raw []byte) error {
			var e E
			d := &jsonrec.Decoder{}
			rec.Decode(d, jsonrec.Index("entries", i), raw, &e)
			err := d.Err()
			// An entry of the wrong shape: the JSON goes on, so yield
			// its problems and go on, and a reader that keeps walking
			// (Validate) reports every bad entry at once.
			if !yield(e, err) {
				return errStopped
			}
			return nil
		})
		if err == nil {
			err = errDone
		}
		return err
	})
	switch err {
	case errDone:
		return nil
	case nil:
		return &JSONError{Path: "entries", Err: ErrRequired}
	}
	return err
}

// entryShapes returns the problems of shape of every entry of a journal
// of forms 2–6 whose header is top, read one at a time.
func entryShapes(open func() (io.ReadCloser, error), top []byte) []error {
	ms, err := jsonrec.SplitTop(top)
	if err != nil {
		return nil
	}
	raw, _ := jsonrec.MemberOf(ms, "form")
	switch jsonrec.Unquote(raw) {
	case forms.JournalDisability:
		return shapes(streamEntries(open, disabilityEntryRecord))
	case forms.JournalGeneralCapacity:
		return shapes(streamEntries(open, generalCapacityEntryRecord))
	case forms.JournalProfessionalCapacity:
		return shapes(streamEntries(open, professionalCapacityEntryRecord))
	case forms.JournalCare:
		return shapes(streamEntries(open, careEntryRecord))
	case forms.JournalActs:
		return shapes(streamEntries(open, actEntryRecord))
	}
	return nil
}

// shapes returns the errors of a walk of seq, flattened.
func shapes[E any](seq iter.Seq2[E, error]) []error {
	var out []error
	for _, err := range seq {
		if err == nil {
			continue
		}
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			out = append(out, j.Unwrap()...)
		} else {
			out = append(out, err)
		}
	}
	return out
}
