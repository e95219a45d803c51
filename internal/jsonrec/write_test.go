package jsonrec

import (
	"bytes"
	"encoding/json"
	"testing"
)

// FuzzStr checks that Str writes a string that decodes to the same text
// and, with StdEscapes, writes exactly what encoding/json writes without
// HTML escaping.
func FuzzStr(f *testing.F) {
	for _, s := range []string{"", "a\"b\\c", "\b\f\n\r\t\x00\x1f\x7f", "Әé\u2028\u2029", "\xff<>&", "\xed\xa0\xbd"} {
		f.Add(s)
	}
	for c := range 0x80 {
		f.Add(string(rune(c)))
	}
	f.Fuzz(func(t *testing.T, s string) {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		std := bytes.TrimSuffix(buf.Bytes(), []byte{'\n'})
		w := Writer{StdEscapes: true}
		w.Str(s)
		if !bytes.Equal(w.Buf, std) {
			t.Fatalf("Str(%q) = %s, want %s", s, w.Buf, std)
		}
		var own Writer
		own.Str(s)
		var got, want string
		if err := json.Unmarshal(own.Buf, &got); err != nil {
			t.Fatalf("Str(%q) = %s: %v", s, own.Buf, err)
		}
		_ = json.Unmarshal(std, &want)
		if got != want {
			t.Fatalf("Str(%q) decodes to %q, want %q", s, got, want)
		}
	})
}

// FuzzDigest checks the digest form of strings: two pairs of strings
// written one after the other have the same digest form only when they
// are the same pair, however the bytes are split between them.
func FuzzDigest(f *testing.F) {
	f.Add("a", "bc", "ab", "c")
	f.Add("", "\"", "\"", "")
	f.Add("Ә", "\x01", "Ә\x01", "")
	f.Fuzz(func(t *testing.T, a, b, c, d string) {
		x, y := Writer{Digest: true}, Writer{Digest: true}
		x.Str(a)
		x.Str(b)
		y.Str(c)
		y.Str(d)
		if same := bytes.Equal(x.Buf, y.Buf); same != (a == c && b == d) {
			t.Fatalf("digest of %q,%q and %q,%q: same = %v", a, b, c, d, same)
		}
	})
}
