package jsonrec

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"iter"
)

// A JSON object with one long list (a journal's "entries", a batch's
// "documents") is read from a file that can be opened again and again:
// ReadTop reads the object once without the list, and Stream reads the
// list's elements one at a time on each walk, so the list is never in
// memory.

// ReadTop reads the object that open reads and returns it with the array
// at key replaced by [] (its elements walked over by their brackets and
// let go; their syntax is checked when Stream reads them), and whether
// it has such an array. Keys may come in any order; a value at key that
// is not an array is kept for the decoder to report.
func ReadTop(open func() (io.ReadCloser, error), key string) (_ []byte, hasList bool, err error) {
	r, err := open()
	if err != nil {
		return nil, false, err
	}
	defer func() { err = errors.Join(err, r.Close()) }()
	w := NewWalker(SkipBOM(r))
	var out bytes.Buffer
	out.WriteByte('{')
	err = w.Members(func(k string) error {
		if out.Len() > 1 {
			out.WriteByte(',')
		}
		quoted, _ := json.Marshal(k)
		out.Write(quoted)
		out.WriteByte(':')
		if c, err := w.SkipSpace(); err != nil {
			return err
		} else if k == key && c == '[' {
			out.WriteString("[]")
			hasList = true
			return w.SkipElements()
		}
		raw, err := w.Value(true)
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
	return out.Bytes(), hasList, nil
}

// Stream returns the elements of the array at key of the object that
// open reads, each decoded by decode from its raw JSON and its path
// ("documents[3]"), one at a time, opening the input anew each time the
// sequence is walked. An element decode finds fault with is yielded with
// its error and the walk goes on; an error of the input ends it, as does
// a missing key (an *Error at key wrapping missing: the package's
// ErrRequired).
//
// The reading and decoding run on a goroutine of their own, a few
// batches of elements ahead of the walk (decodeAhead), so that parsing
// shares the machine with what the walk does with the elements
// (checking, laying out); the goroutine ends, and the file is closed,
// before the walk returns.
func Stream[E any](open func() (io.ReadCloser, error), key string, missing error, decode func(path string, raw []byte) (E, error)) iter.Seq2[E, error] {
	return func(yield func(E, error) bool) {
		batches := make(chan []decoded[E], decodeAhead)
		stop := make(chan struct{})
		done := make(chan struct{})
		go func() {
			defer close(done)
			defer close(batches)
			decodeBatches(open, key, missing, decode, batches, stop)
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

// decodeAhead is how many batches of decodeBatch elements the decoding
// may be ahead of the walk.
const (
	decodeAhead = 4
	decodeBatch = 64
)

// decoded is one element decoded, or the error in its place.
type decoded[E any] struct {
	e   E
	err error
}

// decodeBatches reads the elements of the JSON that open reads and sends
// them in batches, in order, until they end or stop is closed. An error
// of the file is sent last, in the place of the element it stopped.
func decodeBatches[E any](open func() (io.ReadCloser, error), key string, missing error,
	decode func(string, []byte) (E, error), out chan<- []decoded[E], stop <-chan struct{}) {
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
		err = elements(r, key, missing, decode, func(e E, err error) bool {
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

// errStopped is the caller's leaving a walk early; errDone ends the walk
// of the object once the list is read.
var errStopped, errDone = errors.New("stopped"), errors.New("done")

// elements reads the array at key from r and yields its elements.
func elements[E any](r io.Reader, key string, missing error, decode func(string, []byte) (E, error), yield func(E, error) bool) error {
	w := NewWalker(SkipBOM(r))
	err := w.Members(func(k string) error {
		if k != key {
			_, err := w.Value(false)
			return err
		}
		err := w.Elements(key, func(i int, raw []byte) error {
			if !yield(decode(Index(key, i), raw)) {
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
		return &Error{Path: key, Err: missing}
	}
	return err
}

// ReadAll reads the whole of what a new open(…) reads, for an input that
// is decoded whole.
func ReadAll(open func() (io.ReadCloser, error)) (_ []byte, err error) {
	r, err := open()
	if err != nil {
		return nil, err
	}
	defer func() { err = errors.Join(err, r.Close()) }()
	return io.ReadAll(r)
}
