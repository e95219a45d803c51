package journal

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/msedocs/msedocs/internal/jsonrec"
)

// walker reads a JSON object from a stream value by value, each value's
// bytes as they are in the input, without building tokens: the
// streaming decoder's walk over a file of many entries, several times
// faster than encoding/json's Decoder.Token. Values are split by their
// brackets and quotes only; each entry is then checked with json.Valid
// before it is decoded, and the header by Decode.
type walker struct {
	r   *bufio.Reader
	buf []byte // the last value read, reused
	off int64  // bytes read, for messages
}

func newWalker(r io.Reader) *walker { return &walker{r: bufio.NewReaderSize(r, 1<<16)} }

// errWalk is malformed JSON found by the walker.
func (w *walker) errWalk(what string) error {
	return &JSONError{Err: fmt.Errorf("%w: %s at byte %d", ErrSyntax, what, w.off)}
}

// skipSpace reads white space and returns the next byte, not consumed.
func (w *walker) skipSpace() (byte, error) {
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

// expect reads white space and then the byte c.
func (w *walker) expect(c byte) error {
	got, err := w.skipSpace()
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

// next reads white space and the byte after it, which is one of seps.
func (w *walker) next(seps string) (byte, error) {
	c, err := w.skipSpace()
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

// value reads one value after white space into w.buf (kept when keep,
// else only walked over) and returns it.
func (w *walker) value(keep bool) ([]byte, error) {
	w.buf = w.buf[:0]
	if _, err := w.skipSpace(); err != nil {
		return nil, err
	}
	depth, inString, escaped := 0, false, false
	for {
		chunk, err := w.r.Peek(1)
		if err != nil {
			if err == io.EOF && depth == 0 && !inString && len(w.buf) > 0 {
				return w.buf, nil // a scalar at the end
			}
			if err == io.EOF {
				return nil, w.errWalk("unexpected end of JSON input")
			}
			return nil, err
		}
		_ = chunk
		avail := w.r.Buffered()
		data, _ := w.r.Peek(avail)
		n, done := 0, false
		for n < len(data) && !done {
			c := data[n]
			switch {
			case inString:
				switch {
				case escaped:
					escaped = false
				case c == '\\':
					escaped = true
				case c == '"':
					inString = false
					done = depth == 0
				}
			case c == '"':
				inString = true
			case c == '{' || c == '[':
				depth++
			case c == '}' || c == ']':
				if depth == 0 {
					// the end of the enclosing value: a scalar ends here
					if len(w.buf) == 0 && n == 0 {
						return nil, w.errWalk(fmt.Sprintf("unexpected %q", c))
					}
					done = true
					n--
				} else {
					depth--
					done = depth == 0
				}
			case depth == 0 && (c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\r'):
				done = true
				n--
			}
			n++
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

// key reads an object's key after white space and the colon after it.
func (w *walker) key() (string, error) {
	c, err := w.skipSpace()
	if err != nil {
		return "", err
	}
	if c != '"' {
		return "", w.errWalk("want a key")
	}
	raw, err := w.value(true)
	if err != nil {
		return "", err
	}
	if !json.Valid(raw) {
		return "", w.errWalk("malformed key")
	}
	key := jsonrec.Unquote(raw)
	return key, w.expect(':')
}

// members walks the members of the object the walker is at: fn gets each
// key and reads its value (with value or elements). It ends after the
// object's closing brace.
func (w *walker) members(fn func(key string) error) error {
	if err := w.expect('{'); err != nil {
		return err
	}
	if c, err := w.skipSpace(); err != nil {
		return err
	} else if c == '}' {
		w.next("}")
		return nil
	}
	for {
		key, err := w.key()
		if err != nil {
			return err
		}
		if err := fn(key); err != nil {
			return err
		}
		c, err := w.next(",}")
		if err != nil {
			return err
		}
		if c == '}' {
			return nil
		}
	}
}

// elements walks an array's elements, each read with value(true) and
// handed to fn with its index, after checking it is valid JSON. It ends
// after the closing bracket.
func (w *walker) elements(path string, fn func(i int, raw []byte) error) error {
	if err := w.expect('['); err != nil {
		return err
	}
	if c, err := w.skipSpace(); err != nil {
		return err
	} else if c == ']' {
		w.next("]")
		return nil
	}
	for i := 0; ; i++ {
		raw, err := w.value(true)
		if err != nil {
			return err
		}
		if !json.Valid(raw) {
			var x any
			err := json.Unmarshal(raw, &x)
			return &JSONError{Path: jsonrec.Index(path, i), Err: fmt.Errorf("%w: %v", ErrSyntax, err)}
		}
		if err := fn(i, raw); err != nil {
			return err
		}
		c, err := w.next(",]")
		if err != nil {
			return err
		}
		if c == ']' {
			return nil
		}
	}
}

// end checks that nothing but white space follows the value.
func (w *walker) end() error {
	_, err := w.skipSpace()
	var je *JSONError
	if errors.As(err, &je) {
		return nil // the end of the input
	}
	if err != nil {
		return err
	}
	return w.errWalk("data after the JSON object")
}

// skipElements walks over an array's elements by their brackets and
// quotes, keeping none. It ends after the closing bracket.
func (w *walker) skipElements() error {
	if err := w.expect('['); err != nil {
		return err
	}
	if c, err := w.skipSpace(); err != nil {
		return err
	} else if c == ']' {
		w.next("]")
		return nil
	}
	for {
		if _, err := w.value(false); err != nil {
			return err
		}
		c, err := w.next(",]")
		if err != nil {
			return err
		}
		if c == ']' {
			return nil
		}
	}
}
