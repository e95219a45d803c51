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
