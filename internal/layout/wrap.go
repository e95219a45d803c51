package layout

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/msedocs/msedocs/fonts"
)

// wrap breaks text into lines no wider than width when set in f at size.
// A '\n' always breaks; otherwise lines break at spaces, and a word wider
// than the whole line is broken between letters. The lines are substrings
// of text, so wrapping allocates only the slice that holds them.
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
			// A word wider than the line: break it between letters,
			// with a hyphen where there is room for one.
			hyphen := f.RuneWidth('-', size)
			var pieceW float64
			k := i
			for p, r := range word {
				rw := f.RuneWidth(r, size)
				if pieceW+rw+hyphen > width && i+p > k {
					piece := para[k : i+p]
					if pieceW+hyphen <= width && unicode.IsLetter(lastRune(piece)) && unicode.IsLetter(r) {
						piece += "-"
					}
					dst = append(dst, piece)
					k, pieceW = i+p, 0
				}
				pieceW += rw
			}
			start, end, lineW = k, j, pieceW
		}
		i = j
	}
	if start >= 0 {
		dst = append(dst, para[start:end])
	}
	return dst
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
