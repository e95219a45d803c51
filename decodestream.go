package msedocs

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/msedocs/msedocs/journal"
)

// DecodeStream is Decode for JSON that open can read again and again (a
// file): the "form" is found by reading the top-level keys in any order
// without keeping the values, a journal of forms 2–6 is decoded with
// journal.DecodeStream (its entries read one at a time, on each walk of
// its Stream), and anything else is read whole and decoded as Decode
// does.
func DecodeStream(open func() (io.ReadCloser, error)) (*Record, error) {
	form, err := streamForm(open)
	if err != nil {
		return nil, err
	}
	if Kind(form) != "journal" {
		data, err := readAll(open)
		if err != nil {
			return nil, err
		}
		return Decode(data)
	}
	j, err := journal.DecodeStream(open)
	if err != nil {
		return nil, err
	}
	return &Record{Form: form, Journal: j}, nil
}

// streamForm reads the top-level keys of the JSON, skipping their values
// token by token, and returns the "form" if it names a known form.
func streamForm(open func() (io.ReadCloser, error)) (_ string, err error) {
	r, err := open()
	if err != nil {
		return "", err
	}
	defer func() { err = errors.Join(err, r.Close()) }()
	dec := json.NewDecoder(r)
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return "", syntax(err, "want a JSON object")
	}
	form, found := "", false
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return "", syntax(err, "")
		}
		if tok != "form" {
			if err := skipValue(dec); err != nil {
				return "", err
			}
			continue
		}
		v, err := dec.Token()
		if err != nil {
			return "", syntax(err, "")
		}
		s, ok := v.(string)
		if !ok {
			return "", &journal.JSONError{Path: "form", Err: fmt.Errorf("%w: want a string", journal.ErrWrongType)}
		}
		form, found = s, true
	}
	if !found {
		return "", &journal.JSONError{Path: "form", Err: journal.ErrRequired}
	}
	if Kind(form) == "" {
		return "", errUnknownForm()
	}
	return form, nil
}

// skipValue reads one value, however deep, keeping nothing.
func skipValue(dec *json.Decoder) error {
	depth := 0
	for {
		tok, err := dec.Token()
		if err != nil {
			return syntax(err, "")
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
		if depth == 0 {
			return nil
		}
	}
}

func syntax(err error, want string) error {
	if err == nil {
		return &journal.JSONError{Err: fmt.Errorf("%w: %s", journal.ErrWrongType, want)}
	}
	return &journal.JSONError{Err: fmt.Errorf("%w: %v", journal.ErrSyntax, err)}
}

func readAll(open func() (io.ReadCloser, error)) (_ []byte, err error) {
	r, err := open()
	if err != nil {
		return nil, err
	}
	defer func() { err = errors.Join(err, r.Close()) }()
	return io.ReadAll(r)
}
