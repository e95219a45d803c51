package jsonrec

import (
	"encoding/binary"
	"unicode/utf8"
)

// Writer builds the indented output: objects of several lines, and
// records of one line each.
type Writer struct {
	// Buf is the output so far.
	Buf []byte
	// Indent is the depth of the next line, two spaces a level.
	Indent int
	// Err is the first error met by a value that reads a stream; see
	// Fail.
	Err error
	// StdEscapes escapes strings exactly as encoding/json does without
	// HTML escaping: \b and \f as such and DEL left as it is, rather
	// than \u0008, \u000c and \u007f.
	StdEscapes bool
	// Digest writes a compact form for hashing a record rather than
	// JSON: strings as their length and bytes, unquoted and unescaped,
	// and no line breaks or indents. Records with the same digest form
	// have the same JSON encoding, and the form costs a fraction of the
	// JSON to make.
	Digest bool
}

// Fail records err, if it is the first.
func (w *Writer) Fail(err error) {
	if w.Err == nil {
		w.Err = err
	}
}

// Newline starts a new line at the current indent.
func (w *Writer) Newline() {
	if w.Digest {
		return
	}
	w.Buf = append(w.Buf, '\n')
	for range w.Indent {
		w.Buf = append(w.Buf, ' ', ' ')
	}
}

// Str appends s as a JSON string, leaving non-ASCII letters as they are.
func (w *Writer) Str(s string) {
	if w.Digest {
		w.Buf = binary.AppendUvarint(w.Buf, uint64(len(s)))
		w.Buf = append(w.Buf, s...)
		return
	}
	const hex = "0123456789abcdef"
	w.Buf = append(w.Buf, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				w.Buf = append(w.Buf, '\\', c)
			case c == '\n':
				w.Buf = append(w.Buf, '\\', 'n')
			case c == '\t':
				w.Buf = append(w.Buf, '\\', 't')
			case c == '\r':
				w.Buf = append(w.Buf, '\\', 'r')
			case w.StdEscapes && c == '\b':
				w.Buf = append(w.Buf, '\\', 'b')
			case w.StdEscapes && c == '\f':
				w.Buf = append(w.Buf, '\\', 'f')
			case c < 0x20 || (c == 0x7f && !w.StdEscapes):
				w.Buf = append(w.Buf, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			default:
				w.Buf = append(w.Buf, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			w.Buf = append(w.Buf, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			w.Buf = append(w.Buf, '\\', 'u', '2', '0', '2', hex[r&0xf])
		default:
			w.Buf = append(w.Buf, s[i:i+size]...)
		}
		i += size
	}
	w.Buf = append(w.Buf, '"')
}
