package jsonrec

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// Walker reads a JSON object from a stream value by value, each value's
// bytes as they are in the input, without building tokens: the
// streaming decoder's walk over a file of many entries, several times
// faster than encoding/json's Decoder.Token. Values are split by their
// brackets and quotes only; each entry is then checked with json.Valid
// before it is decoded, and the header by Decode.
type Walker struct {
	r   *bufio.Reader
	buf []byte // the last value read, reused
	off int64  // bytes read, for messages
}

// NewWalker returns a Walker reading r.
func NewWalker(r io.Reader) *Walker { return &Walker{r: bufio.NewReaderSize(r, 1<<16)} }

// errWalk is malformed JSON found by the Walker.
func (w *Walker) errWalk(what string) error {
	return &Error{Err: fmt.Errorf("%w: %s at byte %d%w", ErrSyntax, what, w.off, errMalformedMark)}
}

// SkipSpace reads white space and returns the next byte, not consumed.
func (w *Walker) SkipSpace() (byte, error) {
	for {
		c, err := w.r.ReadByte()
		if err != nil {
			if err == io.EOF {
				return 0, w.errWalk("unexpected end of JSON input")
			}
			return 0, err
		}
		w.off++
		switch c {
		case ' ', '\t', '\n', '\r':
			continue
		}
		w.r.UnreadByte()
		w.off--
		return c, nil
	}
}

// Expect reads white space and then the byte c.
func (w *Walker) Expect(c byte) error {
	got, err := w.SkipSpace()
	if err != nil {
		return err
	}
	if got != c {
		return w.errWalk(fmt.Sprintf("want %q", c))
	}
	w.r.ReadByte()
	w.off++
	return nil
}

// Next reads white space and the byte after it, which is one of seps.
func (w *Walker) Next(seps string) (byte, error) {
	c, err := w.SkipSpace()
	if err != nil {
		return 0, err
	}
	for i := 0; i < len(seps); i++ {
		if c == seps[i] {
			w.r.ReadByte()
			w.off++
			return c, nil
		}
	}
	return 0, w.errWalk(fmt.Sprintf("want one of %q", seps))
}

// Value reads one value after white space into w.buf (kept when keep,
// else only walked over) and returns it.
func (w *Walker) Value(keep bool) ([]byte, error) {
	w.buf = w.buf[:0]
	if _, err := w.SkipSpace(); err != nil {
		return nil, err
	}
	var sp splitter
	for {
		if _, err := w.r.Peek(1); err != nil {
			if err == io.EOF && sp.depth == 0 && !sp.inString && sp.started {
				return w.buf, nil // a scalar at the end
			}
			if err == io.EOF {
				return nil, w.errWalk("unexpected end of JSON input")
			}
			return nil, err
		}
		data, _ := w.r.Peek(w.r.Buffered())
		n, done := sp.scan(data)
		if n < 0 {
			return nil, w.errWalk(fmt.Sprintf("unexpected %q", data[0]))
		}
		if keep {
			w.buf = append(w.buf, data[:n]...)
		} else if len(w.buf) == 0 && n > 0 {
			w.buf = append(w.buf, data[0]) // enough to tell what it was
		}
		w.r.Discard(n)
		w.off += int64(n)
		if done {
			return w.buf, nil
		}
	}
}

// splitter finds where a value ends, chunk by chunk.
type splitter struct {
	depth             int
	inString, escaped bool
	started           bool // a byte of the value was taken
}

// scan takes the bytes of data that belong to the value and returns how
// many, and whether the value ended; -1 for a closing bracket where a
// value should start.
func (sp *splitter) scan(data []byte) (n int, done bool) {
	for n < len(data) && !done {
		if sp.inString && !sp.escaped {
			// jump to the string's next quote or backslash
			k := bytes.IndexByte(data[n:], '"')
			if k < 0 {
				k = len(data) - n
			}
			if b := bytes.IndexByte(data[n:n+k], '\\'); b >= 0 {
				k = b
			}
			if n += k; n == len(data) {
				break
			}
		}
		c := data[n]
		switch {
		case sp.inString:
			switch {
			case sp.escaped:
				sp.escaped = false
			case c == '\\':
				sp.escaped = true
			case c == '"':
				sp.inString = false
				done = sp.depth == 0
			}
		case c == '"':
			sp.inString = true
		case c == '{' || c == '[':
			sp.depth++
		case c == '}' || c == ']':
			if sp.depth == 0 {
				// the end of the enclosing value: a scalar ends here
				if !sp.started && n == 0 {
					return -1, false
				}
				return n, true
			}
			sp.depth--
			done = sp.depth == 0
		case sp.depth == 0 && (c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\r'):
			return n, true
		}
		n++
	}
	sp.started = sp.started || n > 0
	return n, done
}

// Key reads an object's key after white space and the colon after it.
func (w *Walker) Key() (string, error) {
	c, err := w.SkipSpace()
	if err != nil {
		return "", err
	}
	if c != '"' {
		return "", w.errWalk("want a key")
	}
	raw, err := w.Value(true)
	if err != nil {
		return "", err
	}
	if !json.Valid(raw) {
		return "", w.errWalk("malformed key")
	}
	key := Unquote(raw)
	return key, w.Expect(':')
}

// Members walks the members of the object the Walker is at: fn gets each
// Key and reads its value (with value or elements). It ends after the
// object's closing brace.
func (w *Walker) Members(fn func(key string) error) error {
	empty, err := w.begin('{', '}')
	for more := !empty; more && err == nil; more, err = w.more('}') {
		var key string
		if key, err = w.Key(); err == nil {
			err = fn(key)
		}
		if err != nil {
			return err
		}
	}
	return err
}

// begin reads white space and the bracket open, and reports whether the
// bracket close follows at once (read too): an empty object or array.
func (w *Walker) begin(open, close byte) (empty bool, err error) {
	if err := w.Expect(open); err != nil {
		return false, err
	}
	c, err := w.SkipSpace()
	if err != nil || c != close {
		return false, err
	}
	_, err = w.Next(string(close))
	return true, err
}

// more reads the comma or the bracket close after a member or an
// element, and reports whether another follows.
func (w *Walker) more(close byte) (bool, error) {
	c, err := w.Next("," + string(close))
	return c == ',', err
}

// Elements walks an array's elements, each read with value(true) and
// handed to fn with its index, after checking it is valid JSON. It ends
// after the closing bracket.
func (w *Walker) Elements(path string, fn func(i int, raw []byte) error) error {
	empty, err := w.begin('[', ']')
	i := 0
	for more := !empty; more && err == nil; more, err = w.more(']') {
		raw, err := w.Value(true)
		if err != nil {
			return err
		}
		if !json.Valid(raw) {
			var x any
			err := json.Unmarshal(raw, &x)
			return &Error{Path: Index(path, i), Err: fmt.Errorf("%w: %v", ErrSyntax, err)}
		}
		if err := fn(i, raw); err != nil {
			return err
		}
		i++
	}
	return err
}

// End checks that nothing but white space follows the value.
func (w *Walker) End() error {
	_, err := w.SkipSpace()
	var je *Error
	if errors.As(err, &je) {
		return nil // the end of the input
	}
	if err != nil {
		return err
	}
	return w.errWalk("data after the JSON object")
}

// SkipElements walks over an array's elements by their brackets and
// quotes, keeping none. It ends after the closing bracket.
func (w *Walker) SkipElements() error {
	empty, err := w.begin('[', ']')
	for more := !empty; more && err == nil; more, err = w.more(']') {
		if _, err := w.Value(false); err != nil {
			return err
		}
	}
	return err
}

// errMalformed marks what the Walker found malformed; Located says where.
var errMalformed = errors.New("malformed")

// errMalformedMark wraps errMalformed and prints nothing.
var errMalformedMark = quiet{errMalformed}

type quiet struct{ error }

func (quiet) Error() string { return "" }

// IsMalformed reports whether err is malformed JSON found by a Walker,
// which Located describes as encoding/json would.
func IsMalformed(err error) bool { return errors.Is(err, errMalformedMark) }

// Locate returns err, unless it is malformed JSON found by a Walker
// (IsMalformed): then the syntax error Located finds in what open reads,
// with its line and column, if it finds one.
func Locate(err error, open func() (io.ReadCloser, error)) error {
	if IsMalformed(err) {
		if located := Located(open); located != nil {
			return located
		}
	}
	return err
}

// Located returns the syntax error of the JSON that open reads, with
// its line and column, as SyntaxError does for JSON in memory, reading
// token by token and keeping nothing: the slow reading, for an input
// already known to be malformed. It returns nil if it finds none.
func Located(open func() (io.ReadCloser, error)) error {
	r, err := open()
	if err != nil {
		return err
	}
	defer r.Close()
	lines := &lineCounter{r: r}
	dec := json.NewDecoder(lines)
	for {
		_, err := dec.Token()
		if err == io.EOF {
			if lines.seen == 0 {
				return &Error{Err: fmt.Errorf("%w: empty input", ErrSyntax)}
			}
			return nil
		}
		if err != nil {
			var se *json.SyntaxError
			if errors.As(err, &se) {
				line, col := lines.at(se.Offset) // the offset of the bad byte, for a Decoder
				return &Error{Err: fmt.Errorf("%w: line %d, column %d: %s", ErrSyntax, line, col, se.Error())}
			}
			return &Error{Err: fmt.Errorf("%w: %v", ErrSyntax, err)}
		}
		lines.seen++
	}
}

// lineCounter reads r and keeps the offsets of its line breaks.
type lineCounter struct {
	r     io.Reader
	n     int64   // bytes read
	seen  int     // tokens read
	nl    []int64 // offsets of '\n', bounded
	extra int     // line breaks not kept in nl
}

func (l *lineCounter) Read(p []byte) (int, error) {
	k, err := l.r.Read(p)
	for i, c := range p[:k] {
		if c == '\n' {
			if len(l.nl) < 1<<20 {
				l.nl = append(l.nl, l.n+int64(i))
			} else {
				l.extra++
			}
		}
	}
	l.n += int64(k)
	return k, err
}

// at returns the line and column of the byte at offset off.
func (l *lineCounter) at(off int64) (line, col int64) {
	last := int64(-1)
	line = 1
	for _, nl := range l.nl {
		if nl >= off {
			break
		}
		line++
		last = nl
	}
	return line, off - last
}
