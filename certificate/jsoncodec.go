package certificate

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/journal"
)

// This file holds the machinery of the JSON encoding, after the journals'
// (package journal): typed values that point into a record, and records
// described as tables of fields. One table per record type drives
// encoding, decoding and the JSON Schema (see json.go).

// JSONError is one problem found decoding documents from JSON: the
// journals' type, so that one program handles both. It names the path of
// the problem, e.g. "documents[3].iin", and never quotes the value.
type JSONError = journal.JSONError

// Errors wrapped by *JSONError, shared with package journal.
var (
	ErrUnknownKey   = journal.ErrUnknownKey
	ErrWrongType    = journal.ErrWrongType
	ErrDateFormat   = journal.ErrDateFormat
	ErrDuplicateKey = journal.ErrDuplicateKey
	ErrSyntax       = journal.ErrSyntax
)

// jsonValue is a typed pointer into a record: one JSON value.
type jsonValue interface {
	// zero reports whether the value is its type's zero: it is left out
	// when encoding.
	zero() bool
	encode(w *jsonWriter)
	decode(d *jsonDecoder, path string, raw []byte)
	schema() object
}

// field is one key of a record.
type field[T any] struct {
	key string
	// required lists the key as required in the schema; Validate is what
	// reports it missing.
	required bool
	// keep writes the field even when its value is zero.
	keep bool
	doc  string
	val  func(*T) jsonValue
}

// record is the fields of a Go type encoded as a JSON object.
type record[T any] struct {
	fields []field[T]
	// inline writes the object on one line.
	inline bool
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

// decodeFields sets v from the members of an object and reports keys v
// does not have, and keys given twice.
func (r *record[T]) decodeFields(d *jsonDecoder, path string, ms []jsonMember, v *T) {
	seen := make([]bool, len(r.fields))
	for _, m := range ms {
		i := r.index(m.key)
		switch {
		case i < 0:
			d.fail(join(path, m.key), ErrUnknownKey)
		case seen[i]:
			d.fail(join(path, m.key), ErrDuplicateKey)
		default:
			seen[i] = true
			if kindOf(m.val) != "null" {
				r.fields[i].val(v).decode(d, join(path, m.key), m.val)
			}
		}
	}
}

func (r *record[T]) index(key string) int {
	for i, f := range r.fields {
		if f.key == key {
			return i
		}
	}
	return -1
}

// schema returns the record's schema; describe gives a key its
// description besides the field's doc.
func (r *record[T]) schema(describe func(key string) string) object {
	var props object
	var required []string
	for _, f := range r.fields {
		fs := f.val(new(T)).schema()
		desc := f.doc
		if describe != nil {
			if label := describe(f.key); label != "" {
				desc = strings.TrimSpace(label + ". " + desc)
			}
		}
		if desc != "" {
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
func (v recordVal[T]) schema() object                               { return v.r.schema(nil) }

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
func (v listVal[T]) schema() object {
	return object{{"type", "array"}, {"items", v.r.schema(nil)}}
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
func (v stringVal) schema() object { return object{{"type", "string"}} }

// boolVal is true or false; false is left out.
type boolVal struct{ p *bool }

func (v boolVal) zero() bool           { return !*v.p }
func (v boolVal) encode(w *jsonWriter) { w.b = strconv.AppendBool(w.b, *v.p) }
func (v boolVal) decode(d *jsonDecoder, path string, b []byte) {
	if d.want(path, b, "boolean") {
		*v.p = bytes.HasPrefix(bytes.TrimSpace(b), []byte("true"))
	}
}
func (v boolVal) schema() object { return object{{"type", "boolean"}} }

// percentVal is a whole number of per cent. lo and hi only document the
// range in the schema: Validate checks it.
type percentVal struct {
	p      *Percent
	lo, hi int
}

func (v percentVal) zero() bool           { return *v.p == 0 }
func (v percentVal) encode(w *jsonWriter) { w.b = strconv.AppendInt(w.b, int64(*v.p), 10) }
func (v percentVal) decode(d *jsonDecoder, path string, b []byte) {
	if !d.want(path, b, "number") {
		return
	}
	n, err := strconv.Atoi(string(bytes.TrimSpace(b)))
	if err != nil {
		d.fail(path, fmt.Errorf("%w: want an integer", ErrWrongType))
		return
	}
	*v.p = Percent(n)
}
func (v percentVal) schema() object {
	return object{{"type", "integer"}, {"minimum", v.lo}, {"maximum", v.hi}}
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
func (v dateVal) schema() object {
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

// check decodes one ID of the list.
func (e *enum) check(d *jsonDecoder, path string, b []byte) (string, bool) {
	if !d.want(path, b, "string") {
		return "", false
	}
	s := unquote(b)
	if !e.has(s) {
		d.fail(path, fmt.Errorf("%w: want one of %s", ErrUnknownValue, strings.Join(e.ids, ", ")))
		return "", false
	}
	return s, true
}

func (e *enum) schema() object {
	labels := make([]string, len(e.options))
	for i, o := range e.options {
		labels[i] = o.ID + ": " + o.Label.Join()
	}
	return object{{"type", "string"}, {"enum", e.ids}, {"$comment", strings.Join(labels, "; ")}}
}

// enumVal is a value of a closed list.
type enumVal[E ~string] struct {
	p    *E
	list *enum
}

func (v enumVal[E]) zero() bool           { return *v.p == "" }
func (v enumVal[E]) encode(w *jsonWriter) { w.str(string(*v.p)) }
func (v enumVal[E]) decode(d *jsonDecoder, path string, b []byte) {
	if s, ok := v.list.check(d, path, b); ok {
		*v.p = E(s)
	}
}
func (v enumVal[E]) schema() object { return v.list.schema() }

// enumListVal is an array of values of a closed list, on one line.
type enumListVal[E ~string] struct {
	p    *[]E
	list *enum
}

func (v enumListVal[E]) zero() bool { return len(*v.p) == 0 }
func (v enumListVal[E]) encode(w *jsonWriter) {
	w.b = append(w.b, '[')
	for i, x := range *v.p {
		if i > 0 {
			w.b = append(w.b, ',', ' ')
		}
		w.str(string(x))
	}
	w.b = append(w.b, ']')
}
func (v enumListVal[E]) decode(d *jsonDecoder, path string, b []byte) {
	if !d.want(path, b, "array") {
		return
	}
	all := items(b)
	out := make([]E, len(all))
	for i, item := range all {
		if s, ok := v.list.check(d, path+"["+strconv.Itoa(i)+"]", item); ok {
			out[i] = E(s)
		}
	}
	*v.p = out
}
func (v enumListVal[E]) schema() object {
	return object{{"type", "array"}, {"items", v.list.schema()}, {"uniqueItems", true}}
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
func (v constVal) schema() object { return object{{"const", v.lit}} }

// JSON output.

// jsonWriter builds the indented output: objects of several lines, and
// records of one line each.
type jsonWriter struct {
	b      []byte
	indent int
}

func (w *jsonWriter) newline() {
	w.b = append(w.b, '\n')
	for range w.indent {
		w.b = append(w.b, ' ', ' ')
	}
}

// str appends s as a JSON string, leaving non-ASCII letters as they are.
func (w *jsonWriter) str(s string) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.Encode(s) // a string always encodes
	w.b = append(w.b, bytes.TrimSuffix(buf.Bytes(), []byte{'\n'})...)
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

// kindOf returns the JSON type of a valid value: "object", "array",
// "string", "number", "boolean" or "null".
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

// join appends key to a JSON path; a key that is not a plain name is
// written ["…"].
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

// jsonMember is one member of an object.
type jsonMember struct {
	key string
	val []byte
}

// members splits a valid JSON object into its members, in order, keeping
// repeated keys.
func members(b []byte) []jsonMember {
	dec := json.NewDecoder(bytes.NewReader(b))
	var out []jsonMember
	if _, err := dec.Token(); err != nil { // {
		return nil
	}
	for dec.More() {
		t, err := dec.Token()
		key, ok := t.(string)
		if err != nil || !ok {
			return out
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return out
		}
		out = append(out, jsonMember{key, raw})
	}
	return out
}

// items splits a valid JSON array into its items.
func items(b []byte) [][]byte {
	dec := json.NewDecoder(bytes.NewReader(b))
	var out [][]byte
	if _, err := dec.Token(); err != nil { // [
		return nil
	}
	for dec.More() {
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return out
		}
		out = append(out, raw)
	}
	return out
}

// unquote returns the text of a valid JSON string.
func unquote(b []byte) string {
	var s string
	json.Unmarshal(b, &s) // a valid JSON string: cannot fail
	return s
}

// splitTop checks that data is JSON and splits the top-level object.
func splitTop(data []byte) ([]jsonMember, error) {
	if !json.Valid(data) {
		var x any
		return nil, syntaxError(data, json.Unmarshal(data, &x))
	}
	if k := kindOf(data); k != "object" {
		return nil, &JSONError{Err: fmt.Errorf("%w: want an object, got %s", ErrWrongType, article(k))}
	}
	return members(data), nil
}

// syntaxError turns a parse error into a JSONError with the line and
// column of the problem.
func syntaxError(data []byte, err error) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return &JSONError{Err: fmt.Errorf("%w: empty input", ErrSyntax)}
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		bad := max(min(int(se.Offset), len(data))-1, 0) // the offset is past the bad byte
		line := 1 + bytes.Count(data[:bad], []byte{'\n'})
		col := bad - bytes.LastIndexByte(data[:bad], '\n')
		return &JSONError{Err: fmt.Errorf("%w: line %d, column %d: %s", ErrSyntax, line, col, se.Error())}
	}
	return &JSONError{Err: fmt.Errorf("%w: %v", ErrSyntax, err)}
}

// memberOf returns the value of key in ms, if given and not null.
func memberOf(ms []jsonMember, key string) ([]byte, bool) {
	for _, m := range ms {
		if m.key == key && kindOf(m.val) != "null" {
			return m.val, true
		}
	}
	return nil, false
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
