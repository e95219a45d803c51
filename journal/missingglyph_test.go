package journal_test

import (
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/go-fonts/liberation/liberationserifbold"
	"github.com/go-fonts/liberation/liberationserifregular"
	"github.com/msedocs/msedocs/fonts"
	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/fonttest"
	"github.com/msedocs/msedocs/journal"
)

func latinFamily(t *testing.T) *fonts.Family {
	t.Helper()
	face := func(name string, ttf []byte) *fonts.Font {
		latin, err := fonttest.Latin(ttf)
		if err != nil {
			t.Fatal(err)
		}
		f, err := fonts.Parse(name, latin)
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	return &fonts.Family{Regular: face("Latin", liberationserifregular.TTF), Bold: face("Latin Bold", liberationserifbold.TTF)}
}

// TestBlankWithLatinFaceIsError: a blank journal printed with a face that
// lacks Cyrillic used to loop for ever in the layout; now every form,
// as PDF and as XLSX, fails naming the first rune the face lacks.
func TestBlankWithLatinFaceIsError(t *testing.T) {
	opts := &journal.Options{Fonts: latinFamily(t)}
	for _, form := range forms.Journals() {
		for _, format := range []string{"pdf", "xlsx"} {
			t.Run(form.ID+"."+format, func(t *testing.T) {
				b := &journal.Blank{Journal: form, Pages: 20}
				done := make(chan error, 1)
				go func() {
					if format == "pdf" {
						done <- b.WritePDF(io.Discard, opts)
					} else {
						done <- b.WriteXLSX(io.Discard, opts)
					}
				}()
				var err error
				select {
				case err = <-done:
				case <-time.After(60 * time.Second):
					t.Fatal("did not return: the layout loops")
				}
				if !errors.Is(err, fonts.ErrMissingGlyph) {
					t.Fatalf("err = %v, want fonts.ErrMissingGlyph", err)
				}
				if msg := err.Error(); !strings.HasPrefix(msg, form.ID+": page 1, ") || !strings.Contains(msg, "no glyph for U+04") {
					t.Errorf("err = %q, want the form, the place and a Cyrillic U+04XX", msg)
				}
			})
		}
	}
}
