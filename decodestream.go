package msedocs

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/msedocs/msedocs/certificate"
	"github.com/msedocs/msedocs/internal/jsonrec"
	"github.com/msedocs/msedocs/journal"
)

// DecodeStream is Decode for JSON that open can read again and again (a
// file): the "form" is found by reading the top-level keys in any order
// without keeping the values, a journal of forms 2–6 is decoded with
// journal.DecodeStream (its entries read one at a time, on each walk of
// its Stream), a batch of documents with certificate.DecodeStream (the
// Record's Stream, its documents read one at a time on each walk), and
// anything else is read whole and decoded as Decode does.
func DecodeStream(open func() (io.ReadCloser, error)) (*Record, error) {
	form, err := streamForm(open)
	err = jsonrec.Locate(err, open)
	if err != nil {
		return nil, err
	}
	if Kind(form) == "batch" {
		docs, err := certificate.DecodeStream(open)
		if err != nil {
			return nil, err
		}
		return &Record{Form: form, Stream: docs, Batch: true}, nil
	}
	if Kind(form) != "journal" {
		data, err := jsonrec.ReadAll(open)
		if err != nil {
			return nil, err
		}
		return Decode(data)
	}
	j, err := journal.DecodeStream(open)
	if j == nil {
		return nil, err
	}
	return &Record{Form: form, Journal: j}, err // as Decode: what decoded, with the problems
}

// streamForm reads the top-level keys of the JSON, walking over their
// values by their brackets (jsonrec.Walker), and returns the "form" if it
// names a known form.
func streamForm(open func() (io.ReadCloser, error)) (_ string, err error) {
	r, err := open()
	if err != nil {
		return "", err
	}
	defer func() { err = errors.Join(err, r.Close()) }()
	w := jsonrec.NewWalker(jsonrec.SkipBOM(r))
	if c, err := w.SkipSpace(); err != nil {
		return "", err
	} else if c != '{' {
		kind := jsonrec.KindOf([]byte{c})
		if kind == "" || c == '-' || c >= '0' && c <= '9' {
			kind = "number"
		}
		return "", &journal.JSONError{Err: fmt.Errorf("%w: want an object, got %s", journal.ErrWrongType, jsonrec.Article(kind))}
	}
	form, found := "", false
	err = w.Members(func(key string) error {
		if key != "form" {
			_, err := w.Value(false)
			return err
		}
		raw, err := w.Value(true)
		if err != nil {
			return err
		}
		if !json.Valid(raw) || jsonrec.KindOf(raw) != "string" {
			return &journal.JSONError{Path: "form", Err: fmt.Errorf("%w: want a string", journal.ErrWrongType)}
		}
		form, found = jsonrec.Unquote(raw), true
		return nil
	})
	if err == nil {
		err = w.End()
	}
	if err != nil {
		return "", err
	}
	if !found {
		return "", &journal.JSONError{Path: "form", Err: journal.ErrRequired}
	}
	if Kind(form) == "" {
		return "", errUnknownForm()
	}
	return form, nil
}
