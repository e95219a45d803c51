package journal

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/msedocs/msedocs/forms"
)

// This file holds the machinery of the JSON encoding: typed values that
// point into a record, and records described as lists of fields. One table
// of fields per record type drives encoding, decoding, the JSON Schema and
// the mapping of validation errors to JSON paths (see json.go).

// Errors wrapped by *JSONError.
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
)

// JSONError is one problem found decoding a journal from JSON. It names
// where the problem is and never quotes the value found there, so it can
// be shown without disclosing a person's data.
type JSONError struct {
	// Path is where the problem is, e.g. "entries[41].birth_date"
	// (entries counted from 0, as in JSON); empty for the whole input.
	Path string
	// Err is what is wrong: ErrUnknownKey, ErrWrongType, ErrDateFormat,
	// ErrDuplicateKey, ErrUnknownValue, ErrRequired or ErrSyntax, with
	// detail.
	Err error
}

// Error returns e.g. `entries[41].birth_date: not a date YYYY-MM-DD`.
func (e *JSONError) Error() string {
	if e.Path == "" {
		return e.Err.Error()
	}
	return e.Path + ": " + e.Err.Error()
}

// Unwrap returns the underlying problem.
func (e *JSONError) Unwrap() error { return e.Err }

// value is a typed pointer into a record: one JSON value.
type value interface {
	// zero reports whether the value is its type's zero: it is left out
	// when encoding unless its field keeps it.
	zero() bool
	encode(w *jsonWriter)
	decode(d *jsonDecoder, path string, raw []byte)
	// schema returns the JSON Schema of the value.
	schema(s *schemaCtx) object
}

// field is one key of a record.
type field[T any] struct {
	key string
	// column is the key of the form's column the value is printed in;
	// it gives the schema a description and validation errors a path.
	column string
	// required marks a field whose absence Validate reports as
	// ErrRequired.
	required bool
	// keep writes the field even when its value is zero.
	keep bool
	// doc describes a field that has no column.
	doc string
	val func(*T) value
}

// record is the fields of a Go type encoded as a JSON object.
type record[T any] struct {
	fields []field[T]
	// inline writes the object on one line.
	inline bool
}

// keysFor returns the keys of the fields printed in column (or named so).
func (r *record[T]) keysFor(column string) []string {
	var keys []string
	for _, f := range r.fields {
		if f.column == column || (f.column == "" && f.key == column) {
			keys = append(keys, f.key)
		}
	}
	return keys
}

func (r *record[T]) encode(w *jsonWriter, v *T) {
	w.b = append(w.b, '{')
	first := true
	if !r.inline {
		w.indent++
	}
	for _, f := range r.fields {
		val := f.val(v)
		if !f.keep && val.zero() {
			continue
		}
		if !first {
			w.b = append(w.b, ',')
			if r.inline {
				w.b = append(w.b, ' ')
			}
		}
		if !r.inline {
			w.newline()
		}
		first = false
		w.str(f.key)
		w.b = append(w.b, ':', ' ')
		val.encode(w)
	}
	if !r.inline {
		w.indent--
		if !first {
			w.newline()
		}
	}
	w.b = append(w.b, '}')
}

func (r *record[T]) decode(d *jsonDecoder, path string, raw []byte, v *T) {
	if d.want(path, raw, "object") {
		r.decodeFields(d, path, members(raw), v)
	}
}

// decodeFields sets v from the members of an object and reports the keys
// v does not have, and keys given twice.
func (r *record[T]) decodeFields(d *jsonDecoder, path string, ms []jsonMember, v *T) {
	var seen uint64 // fields set, by index (a record has fewer than 64)
	for _, m := range ms {
		i := r.index(m.key)
		switch {
		case i < 0:
			d.fail(join(path, m.key), ErrUnknownKey)
		case seen&(1<<i) != 0:
			d.fail(join(path, m.key), ErrDuplicateKey)
		default:
			seen |= 1 << i
			if kindOf(m.val) != "null" {
				r.fields[i].val(v).decode(d, join(path, m.key), m.val)
			}
		}
	}
}

// index returns the index of the field key, or -1.
func (r *record[T]) index(key string) int {
	for i, f := range r.fields {
		if f.key == key {
			return i
		}
	}
	return -1
}

func (r *record[T]) schema(s *schemaCtx) object {
	var props object
	var required []string
	for _, f := range r.fields {
		fs := f.val(new(T)).schema(s)
		if desc := s.describe(f.column, f.doc); desc != "" {
			fs = append(object{{"description", desc}}, fs...)
		}
		props = append(props, member{f.key, fs})
		if f.required {
			required = append(required, f.key)
		}
	}
	o := object{{"type", "object"}, {"properties", props}}
	if len(required) > 0 {
		o = append(o, member{"required", required})
	}
	return append(o, member{"additionalProperties", false})
}

// Values.

// recordVal is a nested record.
type recordVal[T any] struct {
	r *record[T]
	p *T
}

func (v recordVal[T]) zero() bool {
	var w jsonWriter
	v.r.encode(&w, v.p)
	return len(w.b) == 2 // {}
}
func (v recordVal[T]) encode(w *jsonWriter)                         { v.r.encode(w, v.p) }
func (v recordVal[T]) decode(d *jsonDecoder, path string, b []byte) { v.r.decode(d, path, b, v.p) }
func (v recordVal[T]) schema(s *schemaCtx) object                   { return v.r.schema(s) }

// ptrVal is an optional nested record: nil when absent.
type ptrVal[T any] struct {
	r *record[T]
	p **T
}

func (v ptrVal[T]) zero() bool { return *v.p == nil }
func (v ptrVal[T]) encode(w *jsonWriter) {
	if *v.p == nil {
		w.b = append(w.b, "null"...)
		return
	}
	v.r.encode(w, *v.p)
}
func (v ptrVal[T]) decode(d *jsonDecoder, path string, b []byte) {
	x := new(T)
	v.r.decode(d, path, b, x)
	*v.p = x
}
func (v ptrVal[T]) schema(s *schemaCtx) object { return v.r.schema(s) }

// listVal is an array of records, one a line.
type listVal[T any] struct {
	r *record[T]
	p *[]T
}

func (v listVal[T]) zero() bool { return len(*v.p) == 0 }
func (v listVal[T]) encode(w *jsonWriter) {
	if len(*v.p) == 0 {
		w.b = append(w.b, "[]"...)
		return
	}
	w.b = append(w.b, '[')
	w.indent++
	for i := range *v.p {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		w.newline()
		v.r.encode(w, &(*v.p)[i])
	}
	w.indent--
	w.newline()
	w.b = append(w.b, ']')
}
func (v listVal[T]) decode(d *jsonDecoder, path string, b []byte) {
	if !d.want(path, b, "array") {
		return
	}
	all := items(b)
	out := make([]T, len(all))
	for i, item := range all {
		v.r.decode(d, path+"["+strconv.Itoa(i)+"]", item, &out[i])
	}
	*v.p = out
}
func (v listVal[T]) schema(s *schemaCtx) object {
	return object{{"type", "array"}, {"items", v.r.schema(s)}}
}

// stringVal is free text.
type stringVal struct{ p *string }

func (v stringVal) zero() bool           { return *v.p == "" }
func (v stringVal) encode(w *jsonWriter) { w.str(*v.p) }
func (v stringVal) decode(d *jsonDecoder, path string, b []byte) {
	if d.want(path, b, "string") {
		*v.p = unquote(b)
	}
}
func (v stringVal) schema(*schemaCtx) object { return object{{"type", "string"}} }

// intVal is a whole number. min and max only document the range in the
// schema: Validate checks it.
type intVal struct {
	p        *int
	min, max int
	hasMax   bool
}

func (v intVal) zero() bool           { return *v.p == 0 }
func (v intVal) encode(w *jsonWriter) { w.b = strconv.AppendInt(w.b, int64(*v.p), 10) }
func (v intVal) decode(d *jsonDecoder, path string, b []byte) {
	if !d.want(path, b, "number") {
		return
	}
	n, ok := parseInt(b)
	if !ok {
		d.fail(path, fmt.Errorf("%w: want an integer", ErrWrongType))
		return
	}
	*v.p = n
}
func (v intVal) schema(*schemaCtx) object {
	o := object{{"type", "integer"}, {"minimum", v.min}}
	if v.hasMax {
		o = append(o, member{"maximum", v.max})
	}
	return o
}

// jsonDate is how dates are written.
const jsonDate = "2006-01-02"

// dateVal is a calendar date, "YYYY-MM-DD"; decoded dates are UTC.
type dateVal struct{ p *time.Time }

func (v dateVal) zero() bool { return v.p.IsZero() }
func (v dateVal) encode(w *jsonWriter) {
	w.b = append(w.b, '"')
	w.b = v.p.AppendFormat(w.b, jsonDate)
	w.b = append(w.b, '"')
}
func (v dateVal) decode(d *jsonDecoder, path string, b []byte) {
	if !d.want(path, b, "string") {
		return
	}
	t, err := time.Parse(jsonDate, unquote(b))
	if err != nil {
		d.fail(path, ErrDateFormat)
		return
	}
	*v.p = t
}
func (v dateVal) schema(*schemaCtx) object {
	return object{{"type", "string"}, {"format", "date"}, {"pattern", `^[0-9]{4}-[0-9]{2}-[0-9]{2}$`}}
}

// enum is a closed list of forms, by stable ID.
type enum struct {
	options []forms.Option
	ids     []string
}

func enumOf(options []forms.Option) *enum {
	e := &enum{options: options}
	for _, o := range options {
		e.ids = append(e.ids, o.ID)
	}
	return e
}

func (e *enum) has(id string) bool {
	for _, x := range e.ids {
		if x == id {
			return true
		}
	}
	return false
}

// The closed lists of the entries.
var (
	groupList    = enumOf(forms.Groups())
	causeList    = enumOf(forms.Causes())
	termList     = enumOf(forms.Terms())
	documentList = enumOf(forms.DocumentKinds())
)

// enumVal is a value of a closed list.
type enumVal[E ~string] struct {
	p    *E
	list *enum
}

func (v enumVal[E]) zero() bool           { return *v.p == "" }
func (v enumVal[E]) encode(w *jsonWriter) { w.str(string(*v.p)) }
func (v enumVal[E]) decode(d *jsonDecoder, path string, b []byte) {
	if !d.want(path, b, "string") {
		return
	}
	s := unquote(b)
	if !v.list.has(s) {
		d.fail(path, fmt.Errorf("%w: want one of %s", ErrUnknownValue, strings.Join(v.list.ids, ", ")))
		return
	}
	*v.p = E(s)
}
func (v enumVal[E]) schema(*schemaCtx) object {
	labels := make([]string, len(v.list.options))
	for i, o := range v.list.options {
		labels[i] = o.ID + ": " + o.Label.Join()
	}
	return object{{"type", "string"}, {"enum", v.list.ids}, {"$comment", strings.Join(labels, "; ")}}
}

// constVal is a value that must be exactly lit, e.g. the form's ID.
type constVal struct{ lit any }

func (v constVal) zero() bool { return false }
func (v constVal) encode(w *jsonWriter) {
	switch x := v.lit.(type) {
	case string:
		w.str(x)
	case bool:
		w.b = strconv.AppendBool(w.b, x)
	}
}
func (v constVal) decode(d *jsonDecoder, path string, b []byte) {
	var x any
	if err := json.Unmarshal(b, &x); err != nil || x != v.lit {
		d.fail(path, fmt.Errorf("%w: want %v", ErrUnknownValue, v.lit))
	}
}
func (v constVal) schema(*schemaCtx) object { return object{{"const", v.lit}} }

// JSON output.

// jsonWriter builds the indented output: objects of several lines, and
// records of one line each.
type jsonWriter struct {
	b      []byte
	indent int
	err    error // the first error, from a stream of entries
}

func (w *jsonWriter) fail(err error) {
	if w.err == nil {
		w.err = err
	}
}

func (w *jsonWriter) newline() {
	w.b = append(w.b, '\n')
	for range w.indent {
		w.b = append(w.b, ' ', ' ')
	}
}

// str appends s as a JSON string, leaving non-ASCII letters as they are.
func (w *jsonWriter) str(s string) {
	const hex = "0123456789abcdef"
	w.b = append(w.b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				w.b = append(w.b, '\\', c)
			case c == '\n':
				w.b = append(w.b, '\\', 'n')
			case c == '\t':
				w.b = append(w.b, '\\', 't')
			case c == '\r':
				w.b = append(w.b, '\\', 'r')
			case c < 0x20 || c == 0x7f:
				w.b = append(w.b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			default:
				w.b = append(w.b, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			w.b = append(w.b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			w.b = append(w.b, '\\', 'u', '2', '0', '2', hex[r&0xf])
		default:
			w.b = append(w.b, s[i:i+size]...)
		}
		i += size
	}
	w.b = append(w.b, '"')
}

// JSON input.

// jsonDecoder collects the problems of one input.
type jsonDecoder struct {
	errs []error
}

func (d *jsonDecoder) fail(path string, err error) {
	d.errs = append(d.errs, &JSONError{Path: path, Err: err})
}

func (d *jsonDecoder) err() error { return errors.Join(d.errs...) }

// want reports whether raw is of the JSON type kind, and records the
// problem if not.
func (d *jsonDecoder) want(path string, raw []byte, kind string) bool {
	got := kindOf(raw)
	if got == kind {
		return true
	}
	d.fail(path, fmt.Errorf("%w: want %s, got %s", ErrWrongType, article(kind), article(got)))
	return false
}

// kindOf returns the JSON type of a value: "object", "array", "string",
// "number", "boolean" or "null".
func kindOf(raw []byte) string {
	raw = bytes.TrimLeft(raw, " \t\r\n")
	if len(raw) == 0 {
		return "nothing"
	}
	switch raw[0] {
	case '{':
		return "object"
	case '[':
		return "array"
	case '"':
		return "string"
	case 't', 'f':
		return "boolean"
	case 'n':
		return "null"
	}
	return "number"
}

func article(kind string) string {
	switch kind {
	case "object", "array", "integer":
		return "an " + kind
	case "null", "nothing":
		return kind
	}
	return "a " + kind
}

// join appends key to a JSON path.
func join(path, key string) string {
	plain := key != ""
	for _, c := range key {
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			plain = false
			break
		}
	}
	if !plain {
		b, _ := json.Marshal(key)
		return path + "[" + string(b) + "]"
	}
	if path == "" {
		return key
	}
	return path + "." + key
}

// syntaxError turns a parse error into a JSONError with the line and
// column of the problem.
func syntaxError(data []byte, err error) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return &JSONError{Err: fmt.Errorf("%w: empty input", ErrSyntax)}
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		// The offset is just past the bad byte.
		bad := max(min(int(se.Offset), len(data))-1, 0)
		line := 1 + bytes.Count(data[:bad], []byte{'\n'})
		col := bad - bytes.LastIndexByte(data[:bad], '\n')
		return &JSONError{Err: fmt.Errorf("%w: line %d, column %d: %s", ErrSyntax, line, col, se.Error())}
	}
	return &JSONError{Err: fmt.Errorf("%w: %v", ErrSyntax, err)}
}

// Schema output.

// object is a JSON object that keeps the order of its members.
type object []member

type member struct {
	key string
	val any
}

// MarshalJSON writes the members in order.
func (o object) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, m := range o {
		if i > 0 {
			b.WriteByte(',')
		}
		k, err := json.Marshal(m.key)
		if err != nil {
			return nil, err
		}
		b.Write(k)
		b.WriteByte(':')
		v, err := json.Marshal(m.val)
		if err != nil {
			return nil, err
		}
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}
