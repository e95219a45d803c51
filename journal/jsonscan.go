package journal

import (
	"encoding/json"
	"strconv"
	"unicode/utf8"
)

// A scanner over JSON already checked with json.Valid: it splits objects
// and arrays into their members without checking or copying them again,
// so a large journal is read in one pass after the check.

// jsonMember is one member of an object.
type jsonMember struct {
	key string
	val []byte
}

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

// members splits a valid JSON object into its members, in order.
func members(b []byte) []jsonMember {
	var out []jsonMember
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
		key := unquote(b[i:end])
		i = skipSpace(b, end) + 1 // :
		i = skipSpace(b, i)
		end = valueEnd(b, i)
		out = append(out, jsonMember{key, b[i:end]})
		i = end
	}
}

// items splits a valid JSON array into its items.
func items(b []byte) [][]byte {
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

// unquote returns the text of a valid JSON string.
func unquote(b []byte) string {
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
	json.Unmarshal(b, &s) // valid JSON: cannot fail
	return s
}

// parseInt returns the value of a valid JSON number if it is a whole
// number that fits an int.
func parseInt(b []byte) (int, bool) {
	n, err := strconv.Atoi(string(b))
	return n, err == nil
}
