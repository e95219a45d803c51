package certificate_test

import (
	"bytes"
	"errors"
	"io"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/msedocs/msedocs/certificate"
	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/sample"
)

// later checks sample documents, issued in 2025, on a clock after them.
func later() *certificate.Options {
	return &certificate.Options{Now: time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)}
}

func sampleDocs(t *testing.T, id string, n int) []certificate.Document {
	t.Helper()
	docs, err := sample.New(7).Documents(id, n)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// seq yields docs, counting the readings in *reads.
func seq(docs []certificate.Document, reads *int) iter.Seq2[certificate.Document, error] {
	return func(yield func(certificate.Document, error) bool) {
		*reads++
		for _, d := range docs {
			if !yield(d, nil) {
				return
			}
		}
	}
}

// TestWriteStreamSameBytes: a stream prints what the same documents in a
// slice print, reading the stream twice.
func TestWriteStreamSameBytes(t *testing.T) {
	docs := append(sampleDocs(t, forms.DocDisability, 3), sampleDocs(t, forms.DocExpertNotice, 2)...)
	for _, c := range []struct {
		name   string
		slice  func(io.Writer, *certificate.Options, ...certificate.Document) error
		stream func(io.Writer, *certificate.Options, iter.Seq2[certificate.Document, error]) error
	}{
		{"pdf", certificate.WritePDF, certificate.WritePDFStream},
		{"xlsx", certificate.WriteXLSX, certificate.WriteXLSXStream},
	} {
		var a, b bytes.Buffer
		if err := c.slice(&a, later(), docs...); err != nil {
			t.Fatal(err)
		}
		reads := 0
		if err := c.stream(&b, later(), seq(docs, &reads)); err != nil {
			t.Fatal(err)
		}
		if a.Len() == 0 || !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%s: the stream printed other bytes than the slice", c.name)
		}
		if reads != 2 {
			t.Errorf("%s: the stream was read %d times, want 2", c.name, reads)
		}
		once := later()
		once.ReadOnce = true
		var o bytes.Buffer
		reads = 0
		if err := c.stream(&o, once, seq(docs, &reads)); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), o.Bytes()) || reads != 1 {
			t.Errorf("%s, ReadOnce: %d readings, same bytes %v; want 1, true", c.name, reads, bytes.Equal(a.Bytes(), o.Bytes()))
		}
	}
}

// TestReadOnceProblems: a stream read once that has problems gives the
// error ValidateStream gives, every problem, read to its end; a
// workbook writes nothing.
func TestReadOnceProblems(t *testing.T) {
	docs := sampleDocs(t, forms.DocDisability, 6)
	bad1, bad2 := *docs[1].(*certificate.Disability), *docs[4].(*certificate.Disability)
	bad1.Person.IIN, bad2.Person.FullName = "1", ""
	list := []certificate.Document{docs[0], &bad1, docs[2], docs[3], &bad2, docs[5]}
	want := certificate.ValidateStream(later(), seq(list, new(int)))
	if want == nil {
		t.Fatal("no problems")
	}
	once := later()
	once.ReadOnce = true
	for name, write := range map[string]func(io.Writer, *certificate.Options, iter.Seq2[certificate.Document, error]) error{
		"pdf": certificate.WritePDFStream, "xlsx": certificate.WriteXLSXStream,
	} {
		var w bytes.Buffer
		n := 0
		counted := func(yield func(certificate.Document, error) bool) {
			for d, err := range seq(list, new(int)) {
				n++
				if !yield(d, err) {
					return
				}
			}
		}
		err := write(&w, once, counted)
		if err == nil || err.Error() != want.Error() || n != len(list) {
			t.Errorf("%s: err %v after %d documents, want %v after %d", name, err, n, want, len(list))
		}
		if name == "xlsx" && w.Len() != 0 {
			t.Errorf("xlsx: %d bytes written", w.Len())
		}
	}
	empty := func(func(certificate.Document, error) bool) {}
	if err := certificate.WritePDFStream(io.Discard, once, empty); !errors.Is(err, certificate.ErrNoDocuments) {
		t.Errorf("empty stream, ReadOnce: %v", err)
	}
}

// TestStreamChanged: a second reading that differs from the first is
// ErrStreamChanged, whatever differs.
func TestStreamChanged(t *testing.T) {
	docs := sampleDocs(t, forms.DocDisability, 3)
	other := sampleDocs(t, forms.DocDisability, 4)
	for name, second := range map[string][]certificate.Document{
		"another document": {docs[0], other[3], docs[2]},
		"one more":         append(docs[:3:3], other[3]),
		"one fewer":        docs[:2],
	} {
		reads := 0
		changing := func(yield func(certificate.Document, error) bool) {
			reads++
			list := docs
			if reads > 1 {
				list = second
			}
			for _, d := range list {
				if !yield(d, nil) {
					return
				}
			}
		}
		err := certificate.WritePDFStream(io.Discard, later(), changing)
		if !errors.Is(err, certificate.ErrStreamChanged) {
			t.Errorf("%s: %v, want ErrStreamChanged", name, err)
		}
		reads = 0
		if err := certificate.WriteXLSXStream(io.Discard, later(), changing); !errors.Is(err, certificate.ErrStreamChanged) {
			t.Errorf("%s: xlsx: %v, want ErrStreamChanged", name, err)
		}
	}
}

// TestValidateStreamProblems: the problems of a document's shape and of
// a row go on to the next document, each at documents[i]; another error
// of the stream ends it.
func TestValidateStreamProblems(t *testing.T) {
	docs := sampleDocs(t, forms.DocDisability, 4)
	bad := *docs[2].(*certificate.Disability)
	bad.Person.IIN = "1"
	shape := &certificate.JSONError{Path: "documents[1].bogus", Err: certificate.ErrUnknownKey}
	row := &certificate.ScanError{Form: "disability", Row: 4, Column: "group", Err: certificate.ErrUnknownValue}
	broken := errors.New("disk on fire")
	stream := func(yield func(certificate.Document, error) bool) {
		_ = yield(docs[0], nil) && yield(nil, shape) && yield(&bad, nil) && yield(nil, row) &&
			yield(docs[3], nil) && yield(nil, broken) && yield(docs[1], nil)
	}
	err := certificate.ValidateStream(later(), stream)
	leaves := leafErrors(err)
	if len(leaves) != 4 {
		t.Fatalf("%d problems, want 4:\n%v", len(leaves), err)
	}
	var ve *certificate.ValidationError
	var se *certificate.StreamError
	switch {
	case leaves[0] != shape:
		t.Errorf("first: %v, want the shape's error as it is", leaves[0])
	case !errors.As(leaves[1], &ve) || ve.Entry != 3 || ve.JSONPath() != "documents[2].iin":
		t.Errorf("second: %v, want documents[2].iin", leaves[1])
	case !errors.As(leaves[2], &ve) || ve.Entry != 4 || ve.JSONPath() != "documents[3].group" || !errors.Is(leaves[2], certificate.ErrUnknownValue):
		t.Errorf("third: %v, want the row's problem at documents[3].group", leaves[2])
	case !errors.As(leaves[3], &ve) || ve.Entry != 6 || !errors.As(leaves[3], &se) || !errors.Is(leaves[3], broken):
		t.Errorf("fourth: %v, want a StreamError at document 6", leaves[3])
	}
	if err := certificate.WritePDFStream(io.Discard, later(), stream); err == nil {
		t.Error("WritePDFStream printed a stream with problems")
	}
	empty := func(func(certificate.Document, error) bool) {}
	if err := certificate.ValidateStream(nil, empty); !errors.Is(err, certificate.ErrNoDocuments) {
		t.Errorf("empty stream: %v", err)
	}
	if err := certificate.WritePDFStream(io.Discard, nil, nil); !errors.Is(err, certificate.ErrNoDocuments) {
		t.Errorf("nil stream: %v", err)
	}
}

// TestTooManySheets: a workbook takes MaxSheets documents, no more.
func TestTooManySheets(t *testing.T) {
	doc := sampleDocs(t, forms.DocFullRehabilitation, 1)[0]
	many := func(yield func(certificate.Document, error) bool) {
		for range certificate.MaxSheets + 1 {
			if !yield(doc, nil) {
				return
			}
		}
	}
	if err := certificate.WriteXLSXStream(io.Discard, later(), many); !errors.Is(err, certificate.ErrTooManySheets) {
		t.Errorf("%d documents: %v, want ErrTooManySheets", certificate.MaxSheets+1, err)
	}
}

// TestDecodeStream reads a batch from a file one document at a time.
func TestDecodeStream(t *testing.T) {
	dir := t.TempDir()
	write := func(data string) func() (io.ReadCloser, error) {
		path := filepath.Join(dir, "in.json")
		if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
			t.Fatal(err)
		}
		return func() (io.ReadCloser, error) { return os.Open(path) }
	}
	docs := sampleDocs(t, forms.DocProfessionalCapacityExtract, 5)
	data, err := certificate.Encode(docs...)
	if err != nil {
		t.Fatal(err)
	}
	// The documents first: keys in any order.
	moved := strings.Replace(string(data), `"form": "documents",`, "", 1)
	moved = strings.Replace(moved, "]\n}", `], "form": "documents"}`, 1)
	stream, err := certificate.DecodeStream(write(moved))
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	if err := certificate.WritePDFStream(&a, later(), stream); err != nil {
		t.Fatal(err)
	}
	if err := certificate.WritePDF(&b, later(), docs...); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("the batch read from a file printed other bytes")
	}

	// A document of the wrong shape is yielded with its problems; a
	// problem of the batch comes with those of every document.
	badDoc := strings.Replace(string(data), `"recipient"`, `"recipient": 5, "bogus"`, 1)
	stream, err = certificate.DecodeStream(write(badDoc))
	if err != nil {
		t.Fatal(err)
	}
	if err := certificate.ValidateStream(later(), stream); !strings.Contains(errString(err), "documents[0].bogus: unknown key") ||
		!strings.Contains(errString(err), "documents[0].recipient: wrong type") {
		t.Errorf("bad document: %v", err)
	}
	badTop := strings.Replace(badDoc, `"form": "documents",`, `"form": "documents", "extra": 1,`, 1)
	if _, err := certificate.DecodeStream(write(badTop)); !strings.Contains(errString(err), "extra: unknown key") ||
		!strings.Contains(errString(err), "documents[0].bogus: unknown key") {
		t.Errorf("bad batch: %v", err)
	}
	if _, err := certificate.DecodeStream(write(`{"form": "documents", "documents": [{]}`)); !errors.Is(err, certificate.ErrSyntax) {
		t.Errorf("malformed: %v", err)
	}
	// One document alone: a stream of one.
	one, _ := docs[0].(*certificate.ProfessionalCapacityExtract).MarshalJSON()
	stream, err = certificate.DecodeStream(write(string(one)))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for d, err := range stream {
		if err != nil || d == nil {
			t.Fatal(err)
		}
		n++
	}
	if n != 1 {
		t.Errorf("one document: %d in the stream", n)
	}
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
