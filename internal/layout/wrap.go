package layout

import (
	"fmt"
	"strings"

	"github.com/msedocs/msedocs/fonts"
)

// wrap breaks text into lines no wider than width when set in f at size.
// A '\n' always breaks; otherwise lines break at spaces, and a word wider
// than the whole line is broken where hyphenation allows (breakWord). The
// lines are substrings of text, so wrapping allocates only the slice that
// holds them and the pieces that end in a hyphen.
func wrap(dst []string, f *fonts.Font, size, width float64, text string) []string {
	space := f.RuneWidth(' ', size)
	for {
		para, rest, more := strings.Cut(text, "\n")
		dst = wrapPara(dst, f, size, width, space, para)
		if !more {
			return dst
		}
		text = rest
	}
}

func wrapPara(dst []string, f *fonts.Font, size, width, space float64, para string) []string {
	para = strings.TrimSpace(para)
	if para == "" {
		return append(dst, "")
	}
	start, end := -1, 0 // current line is para[start:end]
	lineW := 0.0
	i := 0
	for i < len(para) {
		// Skip spaces, then take one word.
		for i < len(para) && para[i] == ' ' {
			i++
		}
		j := i
		for j < len(para) && para[j] != ' ' {
			j++
		}
		if i == j {
			break
		}
		word := para[i:j]
		ww := f.Width(word, size)
		gap := float64(i-end) * space // the spaces as typed, one or more
		switch {
		case start >= 0 && lineW+gap+ww <= width:
			end = j
			lineW += gap + ww
		default:
			if start >= 0 {
				dst = append(dst, para[start:end])
			}
			if ww <= width {
				start, end, lineW = i, j, ww
				break
			}
			// A word wider than the line: break it at legal
			// hyphenation points (breakword.go).
			var k int
			dst, k, lineW = breakWord(dst, f, size, width, word)
			start, end = i+k, j
		}
		i = j
	}
	if start >= 0 {
		dst = append(dst, para[start:end])
	}
	return dst
}

// textAt says where a text is set, for errors: a role, and in a table the
// column (from 1) and, for a body row, the entry.
type textAt struct {
	role  Role
	body  bool
	entry int
	col   int
}

// TextError reports text that cannot be set, and where: e.g. a rune the
// face lacks (Err wraps a *fonts.GlyphError, so errors.Is(err,
// fonts.ErrMissingGlyph) holds).
type TextError struct {
	// Page is the page being set when the text was met.
	Page int
	// Role is what the text is on the form: a title, a caption, a table.
	Role Role
	// Header is true for a caption of a table's header.
	Header bool
	// Entry is the entry of a body row (0 for a row of no entry, e.g. a
	// blank one); Column counts from 1 and is 0 outside tables.
	Entry, Column int
	// Err is what is wrong.
	Err error
}

// Error returns e.g. `page 1, table header, column 4: font "X": no glyph
// for U+0416`.
func (e *TextError) Error() string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "page %d, %s", e.Page, e.Role)
	if e.Header {
		sb.WriteString(" header")
	}
	if e.Entry > 0 {
		fmt.Fprintf(&sb, ", entry %d", e.Entry)
	}
	if e.Column > 0 {
		fmt.Fprintf(&sb, ", column %d", e.Column)
	}
	return sb.String() + ": " + e.Err.Error()
}

// Unwrap returns Err.
func (e *TextError) Unwrap() error { return e.Err }

// wrap wraps text as the function wrap does, and first checks that f can
// draw every rune of it: the first rune it lacks becomes the Builder's
// error, so nothing is drawn blank, and every loop that sets content
// stops at it.
func (b *Builder) wrap(dst []string, f *fonts.Font, size, width float64, text string, at textAt) []string {
	if b.err == nil {
		if r, ok := f.Missing(text); ok {
			b.err = &TextError{Page: b.number, Role: at.role, Header: at.role == RoleTable && !at.body,
				Entry: at.entry, Column: at.col, Err: &fonts.GlyphError{Font: f.Name(), Rune: r}}
		}
	}
	return wrap(dst, f, size, width, text)
}
