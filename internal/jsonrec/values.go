package jsonrec

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/msedocs/msedocs/forms"
)

// RecordVal is a nested record.
type RecordVal[T any] struct {
	R *Record[T] // the record's fields
	P *T         // where the value is
}

// Zero reports whether the record encodes as {}.
func (v RecordVal[T]) Zero() bool {
	var w Writer
	v.R.Encode(&w, v.P)
	return len(w.Buf) == 2 // {}
}

// Encode appends the record.
func (v RecordVal[T]) Encode(w *Writer) { v.R.Encode(w, v.P) }

// Decode sets the record.
func (v RecordVal[T]) Decode(d *Decoder, path string, b []byte) { v.R.Decode(d, path, b, v.P) }

// Schema returns the record's schema.
func (v RecordVal[T]) Schema(s *Schema) Object { return v.R.Schema(s) }

// PtrVal is an optional nested record: nil when absent.
type PtrVal[T any] struct {
	R *Record[T] // the record's fields
	P **T        // where the value is
}

// Zero reports whether the record is absent.
func (v PtrVal[T]) Zero() bool { return *v.P == nil }

// Encode appends the record, or null.
func (v PtrVal[T]) Encode(w *Writer) {
	if *v.P == nil {
		w.Buf = append(w.Buf, "null"...)
		return
	}
	v.R.Encode(w, *v.P)
}

// Decode sets the record to a new one.
func (v PtrVal[T]) Decode(d *Decoder, path string, b []byte) {
	x := new(T)
	v.R.Decode(d, path, b, x)
	*v.P = x
}

// Schema returns the record's schema.
func (v PtrVal[T]) Schema(s *Schema) Object { return v.R.Schema(s) }

// ListVal is an array of records, one a line.
type ListVal[T any] struct {
	R *Record[T] // the record's fields
	P *[]T       // where the value is
}

// Zero reports whether the list is empty.
func (v ListVal[T]) Zero() bool { return len(*v.P) == 0 }

// Encode appends the records, one a line.
func (v ListVal[T]) Encode(w *Writer) {
	if len(*v.P) == 0 {
		w.Buf = append(w.Buf, "[]"...)
		return
	}
	w.Buf = append(w.Buf, '[')
	w.Indent++
	for i := range *v.P {
		if i > 0 {
			w.Buf = append(w.Buf, ',')
		}
		w.Newline()
		v.R.Encode(w, &(*v.P)[i])
	}
	w.Indent--
	w.Newline()
	w.Buf = append(w.Buf, ']')
}

// Decode sets the list from an array.
func (v ListVal[T]) Decode(d *Decoder, path string, b []byte) {
	if !d.Want(path, b, "array") {
		return
	}
	all := Items(b)
	out := make([]T, len(all))
	for i, item := range all {
		v.R.Decode(d, Index(path, i), item, &out[i])
	}
	*v.P = out
}

// Schema returns an array of the record's schema.
func (v ListVal[T]) Schema(s *Schema) Object {
	return Object{{"type", "array"}, {"items", v.R.Schema(s)}}
}

// StringVal is free text.
type StringVal struct {
	P *string // the text in the record
}

// Zero reports whether the text is empty.
func (v StringVal) Zero() bool { return *v.P == "" }

// Encode appends the text as a string.
func (v StringVal) Encode(w *Writer) { w.Str(*v.P) }

// Decode sets the text from a string.
func (v StringVal) Decode(d *Decoder, path string, b []byte) {
	if !d.Want(path, b, "string") {
		return
	}
	if !utf8.Valid(b) {
		d.Fail(path, ErrInvalidUTF8)
		return
	}
	*v.P = Unquote(b)
}

// Schema returns a string's schema.
func (v StringVal) Schema(*Schema) Object { return Object{{"type", "string"}} }

// BoolVal is true or false; false is left out.
type BoolVal struct {
	P *bool // the flag in the record
}

// Zero reports whether the value is false.
func (v BoolVal) Zero() bool { return !*v.P }

// Encode appends true or false.
func (v BoolVal) Encode(w *Writer) { w.Buf = strconv.AppendBool(w.Buf, *v.P) }

// Decode sets the value from a boolean.
func (v BoolVal) Decode(d *Decoder, path string, b []byte) {
	if d.Want(path, b, "boolean") {
		*v.P = bytes.HasPrefix(bytes.TrimSpace(b), []byte("true"))
	}
}

// Schema returns a boolean's schema.
func (v BoolVal) Schema(*Schema) Object { return Object{{"type", "boolean"}} }

// IntVal is a whole number. Min and Max only document the range in the
// schema: validation checks it.
type IntVal[N ~int] struct {
	// P is where the value is.
	P *N
	// Min and Max are the range the schema gives.
	Min, Max int
	// HasMax gives the schema a maximum.
	HasMax bool
}

// Zero reports whether the number is 0.
func (v IntVal[N]) Zero() bool { return *v.P == 0 }

// Encode appends the number.
func (v IntVal[N]) Encode(w *Writer) { w.Buf = strconv.AppendInt(w.Buf, int64(*v.P), 10) }

// Decode sets the number from a JSON number that is a whole one.
func (v IntVal[N]) Decode(d *Decoder, path string, b []byte) {
	if !d.Want(path, b, "number") {
		return
	}
	n, ok := ParseInt(b)
	if !ok {
		d.Fail(path, fmt.Errorf("%w: want an integer", ErrWrongType))
		return
	}
	*v.P = N(n)
}

// Schema returns an integer's schema, with its range.
func (v IntVal[N]) Schema(*Schema) Object {
	o := Object{{"type", "integer"}, {"minimum", v.Min}}
	if v.HasMax {
		o = append(o, Member{"maximum", v.Max})
	}
	return o
}

// DateLayout is how dates are written.
const DateLayout = "2006-01-02"

// DateVal is a calendar date, "YYYY-MM-DD"; decoded dates are UTC.
type DateVal struct {
	P *time.Time // the date in the record
}

// Zero reports whether the date is the zero time.
func (v DateVal) Zero() bool { return v.P.IsZero() }

// Encode appends the date as "YYYY-MM-DD".
func (v DateVal) Encode(w *Writer) {
	w.Buf = append(w.Buf, '"')
	w.Buf = v.P.AppendFormat(w.Buf, DateLayout)
	w.Buf = append(w.Buf, '"')
}

// Decode sets the date from a string "YYYY-MM-DD".
func (v DateVal) Decode(d *Decoder, path string, b []byte) {
	if !d.Want(path, b, "string") {
		return
	}
	t, err := time.Parse(DateLayout, Unquote(b))
	if err != nil {
		d.Fail(path, ErrDateFormat)
		return
	}
	if t.Year() < MinYear {
		d.Fail(path, fmt.Errorf("%w: want a year from %d", ErrDateRange, MinYear))
		return
	}
	*v.P = t
}

// Schema returns a date's schema.
func (v DateVal) Schema(*Schema) Object {
	return Object{{"type", "string"}, {"format", "date"}, {"pattern", `^[0-9]{4}-[0-9]{2}-[0-9]{2}$`}}
}

// Enum is a closed list of forms, by stable ID.
type Enum struct {
	options []forms.Option
	ids     []string
}

// EnumOf returns the closed list of options.
func EnumOf(options []forms.Option) *Enum {
	e := &Enum{options: options}
	for _, o := range options {
		e.ids = append(e.ids, o.ID)
	}
	return e
}

// IDs returns the IDs of the list, in order; the caller must not change
// them.
func (e *Enum) IDs() []string { return e.ids }

// Has reports whether id is on the list.
func (e *Enum) Has(id string) bool {
	for _, x := range e.ids {
		if x == id {
			return true
		}
	}
	return false
}

// Check decodes one ID of the list, reporting the problem to d if b is
// not one.
func (e *Enum) Check(d *Decoder, path string, b []byte) (string, bool) {
	if !d.Want(path, b, "string") {
		return "", false
	}
	s := Unquote(b)
	if !e.Has(s) {
		d.Fail(path, fmt.Errorf("%w: want one of %s", ErrUnknownValue, strings.Join(e.ids, ", ")))
		return "", false
	}
	return s, true
}

// Schema returns the schema of one ID of the list, with the labels in a
// comment.
func (e *Enum) Schema() Object {
	labels := make([]string, len(e.options))
	for i, o := range e.options {
		labels[i] = o.ID + ": " + o.Label.Join()
	}
	return Object{{"type", "string"}, {"enum", e.ids}, {"$comment", strings.Join(labels, "; ")}}
}

// EnumVal is a value of a closed list.
type EnumVal[E ~string] struct {
	P    *E    // where the value is
	List *Enum // the closed list
}

// Zero reports whether the value is empty.
func (v EnumVal[E]) Zero() bool { return *v.P == "" }

// Encode appends the value's ID.
func (v EnumVal[E]) Encode(w *Writer) { w.Str(string(*v.P)) }

// Decode sets the value from an ID of the list.
func (v EnumVal[E]) Decode(d *Decoder, path string, b []byte) {
	if s, ok := v.List.Check(d, path, b); ok {
		*v.P = E(s)
	}
}

// Schema returns the list's schema.
func (v EnumVal[E]) Schema(*Schema) Object { return v.List.Schema() }

// EnumListVal is an array of values of a closed list, on one line.
type EnumListVal[E ~string] struct {
	P    *[]E  // where the value is
	List *Enum // the closed list
}

// Zero reports whether the array is empty.
func (v EnumListVal[E]) Zero() bool { return len(*v.P) == 0 }

// Encode appends the IDs on one line.
func (v EnumListVal[E]) Encode(w *Writer) {
	w.Buf = append(w.Buf, '[')
	for i, x := range *v.P {
		if i > 0 {
			w.Buf = append(w.Buf, ',', ' ')
		}
		w.Str(string(x))
	}
	w.Buf = append(w.Buf, ']')
}

// Decode sets the values from an array of IDs of the list.
func (v EnumListVal[E]) Decode(d *Decoder, path string, b []byte) {
	if !d.Want(path, b, "array") {
		return
	}
	all := Items(b)
	out := make([]E, len(all))
	for i, item := range all {
		if s, ok := v.List.Check(d, Index(path, i), item); ok {
			out[i] = E(s)
		}
	}
	*v.P = out
}

// Schema returns an array of unique IDs of the list.
func (v EnumListVal[E]) Schema(*Schema) Object {
	return Object{{"type", "array"}, {"items", v.List.Schema()}, {"uniqueItems", true}}
}

// ConstVal is a value that must be exactly Lit, a string or a bool, e.g.
// the form's ID.
type ConstVal struct {
	Lit any // the string or bool the key must hold
}

// Zero reports false: the value is always written.
func (v ConstVal) Zero() bool { return false }

// Encode appends Lit.
func (v ConstVal) Encode(w *Writer) {
	switch x := v.Lit.(type) {
	case string:
		w.Str(x)
	case bool:
		w.Buf = strconv.AppendBool(w.Buf, x)
	}
}

// Decode reports a value other than Lit.
func (v ConstVal) Decode(d *Decoder, path string, b []byte) {
	var x any
	if err := json.Unmarshal(b, &x); err != nil || x != v.Lit {
		d.Fail(path, fmt.Errorf("%w: want %v", ErrUnknownValue, v.Lit))
	}
}

// Schema returns the schema of the constant.
func (v ConstVal) Schema(*Schema) Object { return Object{{"const", v.Lit}} }

// RawListVal is an array whose items are decoded later; it is never
// encoded.
type RawListVal struct {
	P *[][]byte // the items as they are in the input
}

// Zero reports whether the array is empty.
func (v RawListVal) Zero() bool { return len(*v.P) == 0 }

// Encode appends nothing: the items are encoded by their owner.
func (v RawListVal) Encode(*Writer) {}

// Decode keeps the items of an array.
func (v RawListVal) Decode(d *Decoder, path string, b []byte) {
	if d.Want(path, b, "array") {
		*v.P = Items(b)
	}
}

// Schema returns an array's schema.
func (v RawListVal) Schema(*Schema) Object { return Object{{"type", "array"}} }
