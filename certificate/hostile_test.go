package certificate_test

// Issue 12 for documents: zero values say what is missing (item 9), and a
// fuzz target of the JSON decoder seeded with the records of msedocs
// sample. Kept small and on the public API, to be adapted easily when
// names change (issue 11).

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/msedocs/msedocs/certificate"
	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/sample"
	"github.com/msedocs/msedocs/internal/testkit"
)

// knownBroken skips a test of something issue 12 asks to fix (see
// testkit.KnownBroken).
var knownBroken = testkit.KnownBroken

// TestNilDocument is item 9: a nil document is named as missing, not
// «: required».
func TestNilDocument(t *testing.T) {
	for name, write := range map[string]func(io.Writer, *certificate.Options, ...certificate.Document) error{
		"pdf": certificate.WritePDF, "xlsx": certificate.WriteXLSX,
		"validate": func(_ io.Writer, o *certificate.Options, d ...certificate.Document) error {
			return certificate.Validate(o, d...)
		},
	} {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			err := write(&buf, nil, nil)
			if err == nil {
				t.Fatal("no error")
			}
			msg := err.Error()
			testkit.NamesEveryProblem(t, msg)
			if !strings.Contains(msg, "document") {
				t.Errorf("err = %q, want it to say which document is missing", msg)
			}
			if buf.Len() > 0 {
				t.Errorf("%d bytes written", buf.Len())
			}
		})
	}
}

// TestZeroDocuments checks the zero value of every document type: every
// problem names the form and a field.
func TestZeroDocuments(t *testing.T) {
	checkZero(t, []certificate.Document{
		&certificate.Disability{}, &certificate.SocialRehab{}, &certificate.ProfessionalRehab{},
		&certificate.GeneralCapacity{}, &certificate.ProfessionalCapacity{}, &certificate.ProfessionalCapacityExtract{},
		&certificate.CareConclusion{}, &certificate.FullRehabilitation{}, &certificate.ExpertNotice{},
	})
}

// TestZeroBlank is item 9: the zero Blank says its form is missing, not
// «: form: not on the closed list».
func TestZeroBlank(t *testing.T) {
	err := certificate.WritePDF(io.Discard, nil, &certificate.Blank{})
	if err == nil || strings.HasPrefix(err.Error(), ":") || !strings.Contains(err.Error(), "form") {
		t.Errorf("err = %v, want it to say the form is missing", err)
	}
}

// checkZero checks that each document is refused with every problem
// naming its form.
func checkZero(t *testing.T, docs []certificate.Document) {
	t.Helper()
	for _, doc := range docs {
		err := certificate.WritePDF(io.Discard, nil, doc)
		if err == nil {
			t.Errorf("%T{}: no error", doc)
			continue
		}
		for _, l := range strings.Split(err.Error(), "\n") {
			if !strings.HasPrefix(l, doc.Form().ID+": ") {
				t.Errorf("%T{}: problem %q does not start with the form", doc, l)
			}
		}
	}
}

// FuzzJSONSamples (UnmarshalJSON seeded with the records of msedocs
// sample): no panic on any bytes; what decodes validates without panic
// and encodes to JSON that decodes and encodes to the same bytes again.
func FuzzJSONSamples(f *testing.F) {
	for i, d := range forms.Documents() {
		docs, err := sample.New(uint64(i)).Documents(d.ID, 2)
		if err != nil {
			f.Fatal(err)
		}
		b, err := certificate.MarshalJSON(docs...)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
		f.Add([]byte(`{"form": "` + d.ID + `", "blank": true}`))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, err := certificate.UnmarshalJSON(data)
		if err != nil {
			return
		}
		_ = certificate.Validate(nil, docs...)
		b1, err := certificate.MarshalJSON(docs...)
		if err != nil {
			t.Fatalf("decoded but does not encode: %v", err)
		}
		docs2, err := certificate.UnmarshalJSON(b1)
		if err != nil {
			t.Fatalf("its own encoding does not decode: %v\n%s", err, b1)
		}
		b2, err := certificate.MarshalJSON(docs2...)
		if err != nil || !bytes.Equal(b1, b2) {
			t.Fatalf("encode, decode, encode differs (%v):\n%s\n%s", err, b1, b2)
		}
	})
}
