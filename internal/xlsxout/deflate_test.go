package xlsxout

import (
	"bytes"
	"compress/flate"
	"io"
	"math/rand/v2"
	"runtime"
	"testing"
)

// sheetLike returns n bytes that compress as a sheet does: repeated
// markup around varying text.
func sheetLike(n int) []byte {
	rnd := rand.New(rand.NewPCG(1, 2))
	var b bytes.Buffer
	for b.Len() < n {
		b.WriteString(`<row r="1"><c r="A1" t="inlineStr"><is><t>`)
		for range 5 + rnd.IntN(40) {
			b.WriteRune(rune('А' + rnd.IntN(32)))
		}
		b.WriteString(`</t></is></c></row>`)
	}
	return b.Bytes()[:n]
}

// compress runs data through the compressor in pieces of 32 KB, as
// io.Copy hands it over.
func compress(t *testing.T, data []byte) []byte {
	t.Helper()
	var out bytes.Buffer
	w, _ := newChunkedDeflate(&out)
	for p := data; len(p) > 0; {
		k := min(len(p), 32<<10)
		if _, err := w.Write(p[:k]); err != nil {
			t.Fatal(err)
		}
		p = p[k:]
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// TestChunkedDeflate: a part of one chunk is compressed exactly as
// flate.BestSpeed compresses it; a larger part inflates back to itself,
// and its bytes do not depend on the number of cores.
func TestChunkedDeflate(t *testing.T) {
	for _, n := range []int{0, 1, 70_000, deflateChunk - 1, deflateChunk, deflateChunk + 1, 5*deflateChunk + 12345} {
		data := sheetLike(n)
		got := compress(t, data)
		if n < deflateChunk {
			var want bytes.Buffer
			fw, _ := flate.NewWriter(&want, flate.BestSpeed)
			fw.Write(data)
			fw.Close()
			if !bytes.Equal(got, want.Bytes()) {
				t.Errorf("%d bytes: not what flate.BestSpeed writes", n)
			}
		}
		back, err := io.ReadAll(flate.NewReader(bytes.NewReader(got)))
		if err != nil || !bytes.Equal(back, data) {
			t.Errorf("%d bytes: inflates to %d bytes, err %v", n, len(back), err)
		}
		old := runtime.GOMAXPROCS(1)
		one := compress(t, data)
		runtime.GOMAXPROCS(old)
		if !bytes.Equal(one, got) {
			t.Errorf("%d bytes: other bytes on one core", n)
		}
	}
}
