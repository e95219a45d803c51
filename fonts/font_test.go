package fonts

import (
	"errors"
	"math"
	"testing"

	"github.com/go-fonts/liberation/liberationmonoregular"
)

const kazakh = "ӘҒҚҢӨҰҮҺІәғқңөұүһі"

func TestLiberationCoversKazakh(t *testing.T) {
	fam, err := Liberation()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []*Font{fam.Regular, fam.Bold} {
		for _, r := range kazakh + "АаЯяЁё№«»–" {
			if !f.Has(r) {
				t.Errorf("%s lacks %U", f.Name(), r)
			}
			if f.RuneWidth(r, 10) <= 0 {
				t.Errorf("%s: %U has no width", f.Name(), r)
			}
		}
	}
}

func TestMissingGlyphIsError(t *testing.T) {
	fam, err := Liberation()
	if err != nil {
		t.Fatal(err)
	}
	err = fam.Check("Әлия \U0001F600")
	var ge *GlyphError
	if !errors.As(err, &ge) || ge.Rune != 0x1F600 {
		t.Fatalf("Check = %v, want GlyphError for U+1F600", err)
	}
	if !errors.Is(err, ErrMissingGlyph) {
		t.Errorf("error does not wrap ErrMissingGlyph")
	}
	if got := err.Error(); got != `font "Liberation Serif": no glyph for U+1F600` {
		t.Errorf("message = %q", got)
	}
	if err := fam.Check("Жұмабекұлы Нұрлан\nҚасымұлы"); err != nil {
		t.Errorf("Kazakh text with a line break: %v", err)
	}
	if err := fam.Check("a\tb"); err == nil {
		t.Errorf("a tab is not drawable but passed")
	}
}

func TestWidthAddsAdvances(t *testing.T) {
	f, err := Parse("mono", liberationmonoregular.TTF)
	if err != nil {
		t.Fatal(err)
	}
	// Liberation Mono: every glyph is 1229/2048 em wide.
	want := 5 * 1229.0 / 2048 * 10
	if got := f.Width("Әбдір", 10); math.Abs(got-want) > 1e-9 {
		t.Errorf("Width = %v, want %v", got, want)
	}
	if f.Ascent(10) <= 0 || f.Descent(10) <= 0 {
		t.Errorf("ascent %v descent %v", f.Ascent(10), f.Descent(10))
	}
}

func TestParseRejectsGarbage(t *testing.T) {
	if _, err := Parse("junk", []byte("not a font")); err == nil {
		t.Fatal("Parse accepted junk")
	}
}
