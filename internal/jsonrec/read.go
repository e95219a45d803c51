package jsonrec

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"
)

// Decoder collects the problems of one input.
type Decoder struct {
	errs []error
}

// Fail records err at path as an *Error.
func (d *Decoder) Fail(path string, err error) {
	d.errs = append(d.errs, &Error{Path: path, Err: err})
}

// Err returns the problems recorded, joined, or nil.
func (d *Decoder) Err() error { return errors.Join(d.errs...) }

// Want reports whether raw is of the JSON type kind, and records the
// problem if not.
func (d *Decoder) Want(path string, raw []byte, kind string) bool {
	got := KindOf(raw)
	if got == kind {
		return true
	}
	d.Fail(path, fmt.Errorf("%w: want %s, got %s", ErrWrongType, Article(kind), Article(got)))
	return false
}

// KindOf returns the JSON type of a valid value: "object", "array",
// "string", "number", "boolean" or "null"; "nothing" for no value.
func KindOf(raw []byte) string {
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

// Article returns a JSON type with its article, e.g. "an object".
func Article(kind string) string {
	switch kind {
	case "object", "array", "integer":
		return "an " + kind
	case "null", "nothing":
		return kind
	}
	return "a " + kind
}

// Join appends key to a JSON path; a key that is not a plain name is
// written ["…"].
func Join(path, key string) string {
	plain := key != ""
	for _, c := range key {
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			plain = false
			break
		}
	}
	if !plain {
		b, _ := json.Marshal(key) // a string always encodes
		return path + "[" + string(b) + "]"
	}
	if path == "" {
		return key
	}
	return path + "." + key
}

// BOM is the UTF-8 byte-order mark that some editors on Windows put
// before a file's text.
const BOM = "\uFEFF"

// SplitTop checks that data is JSON and splits the top-level object. A
// UTF-8 byte-order mark before the JSON is skipped.
func SplitTop(data []byte) ([]RawMember, error) {
	data = bytes.TrimPrefix(data, []byte(BOM))
	if !json.Valid(data) {
		var x any
		return nil, SyntaxError(data, json.Unmarshal(data, &x))
	}
	if k := KindOf(data); k != "object" {
		return nil, &Error{Err: fmt.Errorf("%w: want an object, got %s", ErrWrongType, Article(k))}
	}
	return Members(data), nil
}

// MemberOf returns the value of key in ms, if given and not null.
func MemberOf(ms []RawMember, key string) ([]byte, bool) {
	for _, m := range ms {
		if m.Key == key && KindOf(m.Val) != "null" {
			return m.Val, true
		}
	}
	return nil, false
}

// SyntaxError turns a parse error of data into an *Error with the line
// and column of the problem.
func SyntaxError(data []byte, err error) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return &Error{Err: fmt.Errorf("%w: empty input", ErrSyntax)}
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		// The offset is just past the bad byte.
		bad := max(min(int(se.Offset), len(data))-1, 0)
		line := 1 + bytes.Count(data[:bad], []byte{'\n'})
		col := bad - bytes.LastIndexByte(data[:bad], '\n')
		return &Error{Err: fmt.Errorf("%w: line %d, column %d: %s", ErrSyntax, line, col, se.Error())}
	}
	return &Error{Err: fmt.Errorf("%w: %v", ErrSyntax, err)}
}

// The scanner below reads JSON already checked with json.Valid: it splits
// objects and arrays into their members without checking or copying them
// again, so a large input is read in one pass after the check.

// skipSpace returns the index of the first non-space byte from i.
func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// valueEnd returns the index just past the value starting at b[i].
func valueEnd(b []byte, i int) int {
	switch b[i] {
	case '"':
		return stringEnd(b, i)
	case '{', '[':
		depth := 0
		for ; i < len(b); i++ {
			switch b[i] {
			case '"':
				i = stringEnd(b, i) - 1
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return i + 1
				}
			}
		}
		return len(b)
	}
	for i < len(b) && !isDelim(b[i]) {
		i++
	}
	return i
}

func isDelim(c byte) bool {
	return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\n' || c == '\r'
}

// stringEnd returns the index just past the string starting at b[i].
func stringEnd(b []byte, i int) int {
	for i++; i < len(b); i++ {
		switch b[i] {
		case '\\':
			i++
		case '"':
			return i + 1
		}
	}
	return len(b)
}

// RawMember is one member of an object: its key and its raw value.
type RawMember struct {
	Key string // the member's key, unquoted
	Val []byte // its value, as in the input
}

// Members splits a valid JSON object into its members, in order, keeping
// repeated keys.
func Members(b []byte) []RawMember {
	var out []RawMember
	i := skipSpace(b, 0) + 1 // {
	for {
		i = skipSpace(b, i)
		if i >= len(b) || b[i] == '}' {
			return out
		}
		if b[i] == ',' {
			i = skipSpace(b, i+1)
		}
		end := stringEnd(b, i)
		key := Unquote(b[i:end])
		i = skipSpace(b, end) + 1 // :
		i = skipSpace(b, i)
		end = valueEnd(b, i)
		out = append(out, RawMember{key, b[i:end]})
		i = end
	}
}

// Items splits a valid JSON array into its items.
func Items(b []byte) [][]byte {
	var out [][]byte
	i := skipSpace(b, 0) + 1 // [
	for {
		i = skipSpace(b, i)
		if i >= len(b) || b[i] == ']' {
			return out
		}
		if b[i] == ',' {
			i = skipSpace(b, i+1)
		}
		end := valueEnd(b, i)
		out = append(out, b[i:end])
		i = end
	}
}

// Unquote returns the text of a valid JSON string.
func Unquote(b []byte) string {
	if len(b) >= 2 {
		s := b[1 : len(b)-1]
		plain := true
		for _, c := range s {
			if c == '\\' {
				plain = false
				break
			}
		}
		if plain && utf8.Valid(s) {
			return string(s)
		}
	}
	var s string
	_ = json.Unmarshal(b, &s) // valid JSON: cannot fail
	return s
}

// ParseInt returns the value of a valid JSON number if it is a whole
// number that fits an int.
func ParseInt(b []byte) (int, bool) {
	n, err := strconv.Atoi(string(b))
	return n, err == nil
}

// SkipBOM returns a reader of r's bytes after a UTF-8 byte-order mark,
// if r starts with one, for a streaming decoder.
func SkipBOM(r io.Reader) io.Reader {
	br := bufio.NewReader(r)
	if b, err := br.Peek(len(BOM)); err == nil && string(b) == BOM {
		_, _ = br.Discard(len(BOM)) // peeked: cannot fail
	}
	return br
}
