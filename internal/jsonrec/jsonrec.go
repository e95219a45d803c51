// Package jsonrec is the JSON encoding shared by the journals and the
// documents: typed values that point into a record, and records described
// as tables of fields. One table of fields per record type drives
// encoding, strict decoding with errors that name a path, and the JSON
// Schema; the packages that use it keep only their tables.
package jsonrec

import (
	"errors"
	"strconv"
)

// Errors wrapped by *Error.
var (
	// ErrUnknownKey is a key the record does not have.
	ErrUnknownKey = errors.New("unknown key")
	// ErrWrongType is a value of the wrong JSON type.
	ErrWrongType = errors.New("wrong type")
	// ErrDateFormat is a string that is not a date YYYY-MM-DD.
	ErrDateFormat = errors.New("not a date YYYY-MM-DD")
	// ErrDuplicateKey is a key given twice in one object.
	ErrDuplicateKey = errors.New("duplicate key")
	// ErrSyntax is input that is not JSON.
	ErrSyntax = errors.New("not valid JSON")
	// ErrUnknownValue is a value off a closed list, or not the constant
	// a key must have.
	ErrUnknownValue = errors.New("not on the closed list")
)

// Error is one problem found decoding a record from JSON. It names where
// the problem is and never quotes the value found there, so it can be
// shown without disclosing a person's data.
type Error struct {
	// Path is where the problem is, e.g. "entries[41].birth_date"
	// (entries counted from 0, as in JSON); empty for the whole input.
	Path string
	// Err is what is wrong: ErrUnknownKey, ErrWrongType, ErrDateFormat,
	// ErrDuplicateKey, ErrUnknownValue, ErrSyntax or an error of the
	// package that uses jsonrec (such as its ErrRequired), with detail.
	Err error
}

// Error returns e.g. `entries[41].birth_date: not a date YYYY-MM-DD`.
func (e *Error) Error() string {
	if e.Path == "" {
		return e.Err.Error()
	}
	return e.Path + ": " + e.Err.Error()
}

// Unwrap returns the underlying problem.
func (e *Error) Unwrap() error { return e.Err }

// Value is a typed pointer into a record: one JSON value.
type Value interface {
	// Zero reports whether the value is its type's zero: it is left out
	// when encoding unless its field keeps it.
	Zero() bool
	// Encode appends the value to w.
	Encode(w *Writer)
	// Decode sets the value from raw, a valid JSON value other than
	// null, and reports the problems to d under path.
	Decode(d *Decoder, path string, raw []byte)
	// Schema returns the JSON Schema of the value.
	Schema(s *Schema) Object
}

// Field is one key of a record.
type Field[T any] struct {
	// Key is the JSON key.
	Key string
	// Column is the key of the form's column the value is printed in,
	// if any: it gives the schema a description (see Schema) and
	// validation errors a path (see Record.KeysFor).
	Column string
	// Required lists the key as required in the schema; validation is
	// what reports it missing.
	Required bool
	// Keep writes the field even when its value is zero.
	Keep bool
	// Doc describes the field in the schema.
	Doc string
	// Val returns the field's value in a record.
	Val func(*T) Value
}

// Record is the fields of a Go type encoded as a JSON object.
type Record[T any] struct {
	// Fields are the keys, in the order they are written.
	Fields []Field[T]
	// Inline writes the object on one line.
	Inline bool
}

// Keys returns the keys of the record's fields, in order.
func (r *Record[T]) Keys() []string {
	out := make([]string, len(r.Fields))
	for i, f := range r.Fields {
		out[i] = f.Key
	}
	return out
}

// KeysFor returns the keys of the fields printed in column (or named so).
func (r *Record[T]) KeysFor(column string) []string {
	var keys []string
	for _, f := range r.Fields {
		if f.Column == column || (f.Column == "" && f.Key == column) {
			keys = append(keys, f.Key)
		}
	}
	return keys
}

// Encode appends v to w as a JSON object: the fields that are not zero,
// or that are kept, in order.
func (r *Record[T]) Encode(w *Writer, v *T) {
	w.Buf = append(w.Buf, '{')
	first := true
	if !r.Inline {
		w.Indent++
	}
	for _, f := range r.Fields {
		val := f.Val(v)
		if !f.Keep && val.Zero() {
			continue
		}
		if !first {
			w.Buf = append(w.Buf, ',')
			if r.Inline {
				w.Buf = append(w.Buf, ' ')
			}
		}
		if !r.Inline {
			w.Newline()
		}
		first = false
		w.Str(f.Key)
		w.Buf = append(w.Buf, ':', ' ')
		val.Encode(w)
	}
	if !r.Inline {
		w.Indent--
		if !first {
			w.Newline()
		}
	}
	w.Buf = append(w.Buf, '}')
}

// Decode sets v from raw, which must be an object, reporting the
// problems to d under path.
func (r *Record[T]) Decode(d *Decoder, path string, raw []byte, v *T) {
	if d.Want(path, raw, "object") {
		r.DecodeFields(d, path, Members(raw), v)
	}
}

// DecodeFields sets v from the members of an object and reports the keys
// v does not have, and keys given twice. A null value leaves its field
// as it is.
func (r *Record[T]) DecodeFields(d *Decoder, path string, ms []RawMember, v *T) {
	var small [64]bool
	var seen []bool
	if len(r.Fields) <= len(small) {
		seen = small[:len(r.Fields)]
	} else {
		seen = make([]bool, len(r.Fields))
	}
	for _, m := range ms {
		i := r.index(m.Key)
		switch {
		case i < 0:
			d.Fail(Join(path, m.Key), ErrUnknownKey)
		case seen[i]:
			d.Fail(Join(path, m.Key), ErrDuplicateKey)
		default:
			seen[i] = true
			if KindOf(m.Val) != "null" {
				r.Fields[i].Val(v).Decode(d, Join(path, m.Key), m.Val)
			}
		}
	}
}

// index returns the index of the field key, or -1.
func (r *Record[T]) index(key string) int {
	for i, f := range r.Fields {
		if f.Key == key {
			return i
		}
	}
	return -1
}

// Schema returns the JSON Schema of the record: an object of its fields,
// described by s (which may be nil), with no other keys.
func (r *Record[T]) Schema(s *Schema) Object {
	var props Object
	var required []string
	for _, f := range r.Fields {
		fs := f.Val(new(T)).Schema(s.nested())
		if desc := s.describe(f.Column, f.Key, f.Doc); desc != "" {
			fs = append(Object{{"description", desc}}, fs...)
		}
		props = append(props, Member{f.Key, fs})
		if f.Required {
			required = append(required, f.Key)
		}
	}
	o := Object{{"type", "object"}, {"properties", props}}
	if len(required) > 0 {
		o = append(o, Member{"required", required})
	}
	return append(o, Member{"additionalProperties", false})
}

// Decode decodes data, strictly, into v with rec; v is unchanged on
// error. The problems are *Error, joined with errors.Join.
func Decode[T any](rec *Record[T], data []byte, v *T) error {
	ms, err := SplitTop(data)
	if err != nil {
		return err
	}
	d := &Decoder{}
	x := new(T)
	rec.DecodeFields(d, "", ms, x)
	if err := d.Err(); err != nil {
		return err
	}
	*v = *x
	return nil
}

// Index returns path followed by the index i, e.g. "entries[3]".
func Index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }
