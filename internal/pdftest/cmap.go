package pdftest

import (
	"bytes"
	"encoding/hex"
	"io"
	"regexp"
	"unicode/utf16"

	"github.com/ledongthuc/pdf"
)

// toUnicode decodes a font's codes through its ToUnicode CMap: codes of
// one to four bytes, told apart by the codespace ranges, as embedded
// encoding CMaps use (ledongthuc/pdf reads two-byte codes only).
type toUnicode struct {
	spaces []codespace
	chars  map[string]string // code bytes → text
}

type codespace struct{ lo, hi []byte }

var (
	cmapSpace = regexp.MustCompile(`<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>`)
	cmapBlock = regexp.MustCompile(`(?s)begin(codespacerange|bfchar|bfrange)(.*?)end(codespacerange|bfchar|bfrange)`)
	cmapRange = regexp.MustCompile(`<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>`)
)

// readToUnicode reads the ToUnicode CMap of font, or returns nil.
func readToUnicode(font pdf.Value) *toUnicode {
	s := font.Key("ToUnicode")
	if s.Kind() != pdf.Stream {
		return nil
	}
	rc := s.Reader()
	data, err := io.ReadAll(rc)
	rc.Close()
	if err != nil {
		return nil
	}
	m := &toUnicode{chars: map[string]string{}}
	for _, blk := range cmapBlock.FindAllSubmatch(data, -1) {
		body := blk[2]
		switch string(blk[1]) {
		case "codespacerange":
			for _, p := range cmapSpace.FindAllSubmatch(body, -1) {
				m.spaces = append(m.spaces, codespace{unhex(p[1]), unhex(p[2])})
			}
		case "bfchar":
			for _, p := range cmapSpace.FindAllSubmatch(body, -1) {
				m.chars[string(unhex(p[1]))] = utf16Text(unhex(p[2]))
			}
		case "bfrange":
			for _, p := range cmapRange.FindAllSubmatch(body, -1) {
				lo, hi, dst := unhex(p[1]), unhex(p[2]), []rune(utf16Text(unhex(p[3])))
				if len(lo) == 0 || len(lo) != len(hi) || len(dst) == 0 {
					continue
				}
				code := bytes.Clone(lo)
				for i := 0; i <= int(hi[len(hi)-1])-int(lo[len(lo)-1]); i++ {
					code[len(code)-1] = lo[len(lo)-1] + byte(i)
					m.chars[string(code)] = string(append(dst[:len(dst)-1:len(dst)-1], dst[len(dst)-1]+rune(i)))
				}
			}
		}
	}
	return m
}

// Decode returns the text of raw codes; a code the map lacks reads as
// U+FFFD.
func (m *toUnicode) Decode(raw string) string {
	var b bytes.Buffer
	for len(raw) > 0 {
		n := m.width(raw)
		if t, ok := m.chars[raw[:n]]; ok {
			b.WriteString(t)
		} else {
			b.WriteRune('\uFFFD')
		}
		raw = raw[n:]
	}
	return b.String()
}

// width returns the length of the code raw starts with.
func (m *toUnicode) width(raw string) int {
	for _, sp := range m.spaces {
		n := len(sp.lo)
		if n == 0 || n > len(raw) || len(sp.hi) != n {
			continue
		}
		in := true
		for i := range n {
			if raw[i] < sp.lo[i] || raw[i] > sp.hi[i] {
				in = false
				break
			}
		}
		if in {
			return n
		}
	}
	return 1
}

func unhex(b []byte) []byte {
	out, _ := hex.DecodeString(string(b))
	return out
}

func utf16Text(b []byte) string {
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
	}
	return string(utf16.Decode(u))
}
