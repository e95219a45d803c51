package journal_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/msedocs/msedocs/fonts"
	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/numwords"
	"github.com/msedocs/msedocs/internal/pdftest"
	"github.com/msedocs/msedocs/internal/testkit"
	"github.com/msedocs/msedocs/journal"
)

func render(t testing.TB, j journal.Journal, opts *journal.Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := j.WritePDF(&b, opts); err != nil {
		t.Fatalf("%s: WritePDF: %v", j.Form().ID, err)
	}
	return b.Bytes()
}

func pageTexts(t testing.TB, data []byte) []string { return pdftest.Texts(t, data) }

func squash(s string) string { return pdftest.Squash(s) }

func pdfcpuPages(t testing.TB, data []byte) int { return pdftest.Pages(t, data) }

// certCount finds «N (kk / ru) бет/лист…» in the text and returns N,
// checking the words and the Russian agreement.
var certRE = regexp.MustCompile(`(\d+)\(([^/()]+)/([^()]+)\)бет/(листов|листа|лист)`)

func certCount(t *testing.T, text string) int {
	t.Helper()
	m := certRE.FindStringSubmatch(squash(text))
	if m == nil {
		t.Fatalf("no page count in the certification block")
	}
	n, _ := strconv.Atoi(m[1])
	kk, _ := numwords.Kazakh(n)
	ru, _ := numwords.Russian(n)
	if m[2] != squash(kk) || m[3] != squash(ru) || m[4] != numwords.RussianSheets(n) {
		t.Errorf("count %d written as %q / %q %q, want %q / %q %q", n, m[2], m[3], m[4], kk, ru, numwords.RussianSheets(n))
	}
	return n
}

// TestPDFCarriesTheForm finds every caption of every journal in both
// languages, the column numbers, the section captions and the
// certification block in the extracted text, and checks that the page
// count written there is the real one.
func TestPDFCarriesTheForm(t *testing.T) {
	for _, j := range filled(30) {
		form := j.Form()
		t.Run(form.ID, func(t *testing.T) {
			data := render(t, j, testOptions())
			pages := pageTexts(t, data)
			all := squash(strings.Join(pages, "\n"))
			first := squash(pages[0])
			want := []string{
				form.Book.Ministry.KK, form.Book.Ministry.RU,
				form.Book.Department.Fill(header().Region).KK, form.Book.Department.Fill(header().Region).RU,
				form.Title.Fill(header().Unit).KK, form.Title.Fill(header().Unit).RU,
				"2025 жылғы «09» қаңтар басталды", "начат «09» января 2025 год",
			}
			for _, c := range form.Columns {
				want = append(want, c.Caption.KK, c.Caption.RU)
			}
			for _, g := range form.Groups {
				want = append(want, g.Caption.KK, g.Caption.RU)
			}
			var nums strings.Builder
			for i := range form.Columns {
				nums.WriteString(strconv.Itoa(i + 1))
			}
			want = append(want, nums.String())
			for _, w := range want {
				if !strings.Contains(first, squash(w)) {
					t.Errorf("page 1 lacks %q", w)
				}
			}
			for _, s := range form.Sections {
				for _, w := range []string{s.Caption.KK, s.Caption.RU, s.Opening.KK, s.Opening.RU} {
					if !strings.Contains(all, squash(w)) {
						t.Errorf("no section text %q", w)
					}
				}
			}
			c := form.Book.Certification
			last := pages[len(pages)-1]
			for _, w := range []string{
				form.Book.Instruction.RU, c.Heading.KK, c.Heading.RU, c.CountHint, c.Signer.KK, c.Signer.RU,
				c.SignatureHint.KK, c.SignatureHint.RU, c.Seal, form.Book.ClosingNote.RU,
				header().Certification.DeputyHead, "«06» қаңтар/января 2025 жыл/год",
			} {
				if !strings.Contains(squash(last), squash(w)) {
					t.Errorf("last page lacks %q", w)
				}
			}
			// Every page is numbered, and the header repeats on each.
			for i, p := range pages {
				sp := squash(p)
				if !strings.Contains(sp, squash(fmt.Sprintf("Бет / Лист %d", i+1))) {
					t.Errorf("page %d has no page number", i+1)
				}
				if i < len(pages)-1 && !strings.Contains(sp, nums.String()) {
					t.Errorf("page %d has no header", i+1)
				}
			}
			if got, real := certCount(t, last), pdfcpuPages(t, data); got != real || real != len(pages) {
				t.Errorf("certification states %d pages; the PDF has %d (extracted %d)", got, real, len(pages))
			}
		})
	}
}

// TestBlankPageCount prints blank journals of many sizes and checks that
// each has exactly the pages asked for, and says so.
func TestBlankPageCount(t *testing.T) {
	sizes := []int{1, 2, 5, 21}
	if !testing.Short() {
		sizes = append(sizes, 52)
	}
	for _, form := range forms.Journals() {
		for _, n := range sizes {
			t.Run(fmt.Sprintf("%s/%d", form.ID, n), func(t *testing.T) {
				data := render(t, &journal.Blank{Journal: form, Pages: n}, nil)
				pages := pageTexts(t, data)
				if got := pdfcpuPages(t, data); got != n {
					t.Fatalf("%d pages, want %d", got, n)
				}
				if got := certCount(t, pages[n-1]); got != n {
					t.Errorf("certification states %d, want %d", got, n)
				}
			})
		}
	}
}

func TestBlankDefaultIs100Pages(t *testing.T) {
	data := render(t, &journal.Blank{Journal: forms.Journal1()}, nil)
	pages := pageTexts(t, data)
	if len(pages) != 100 {
		t.Fatalf("%d pages, want 100", len(pages))
	}
	if !strings.Contains(squash(pages[0]), squash("(1 - 50 страница)")) {
		t.Errorf("section A does not say pages 1 - 50")
	}
	if !strings.Contains(squash(pages[50]), squash("(51 - 100 страница)")) ||
		!strings.Contains(squash(pages[50]), squash(forms.Journal1().Sections[1].Caption.RU)) {
		t.Errorf("section B does not start on page 51")
	}
	if !strings.Contains(squash(pages[99]), squash("100 (жүз / сто) бет/листов")) {
		t.Errorf("certification does not state 100 pages")
	}
}

func TestKazakhLettersSurvive(t *testing.T) {
	j := &journal.ActsJournal{Header: header(), Entries: []journal.ActEntry{{
		Date: day(2025, 2, 3), FullName: kazakhName, BirthDate: day(1980, 5, 6),
		Conclusion: "ІІ топ, жалпы ауру, 2026 жылғы 1 ақпанға дейін", SentTo: "Шығыс Қазақстан облысы, Өскемен қ., Ұлан к-сі 5",
	}}}
	all := strings.Join(pageTexts(t, render(t, j, testOptions())), "\n")
	for _, w := range []string{kazakhName, "Өскемен", "Ұлықбекова Һәлима Іңкәрқызы"} {
		if !strings.Contains(squash(all), squash(w)) {
			t.Errorf("%q lost in the PDF text", w)
		}
	}
}

func TestSplitRowIsMarked(t *testing.T) {
	data := render(t, tallActs(), testOptions())
	pages := pageTexts(t, data)
	if len(pages) < 3 {
		t.Fatalf("%d pages; the tall entry should span several", len(pages))
	}
	marker := squash(forms.Journal6().Book.Continued.Fill(forms.Text{KK: "2", RU: "2"}).Join())
	found := 0
	for _, p := range pages {
		if strings.Contains(squash(p), marker) {
			found++
		}
	}
	if found == 0 {
		t.Errorf("no page marks the continued entry")
	}
	if got := certCount(t, pages[len(pages)-1]); got != pdfcpuPages(t, data) {
		t.Errorf("certification states %d pages, PDF has %d", got, pdfcpuPages(t, data))
	}
}

func TestPDFIsDeterministic(t *testing.T) {
	for _, j := range []journal.Journal{filled(25)[0], filled(25)[5], &journal.Blank{Journal: forms.Journal4(), Pages: 4}} {
		opts := &journal.Options{Now: now, Created: time.Date(2025, 3, 1, 10, 0, 0, 0, time.UTC)}
		a, b := render(t, j, opts), render(t, j, opts)
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two renderings differ", j.Form().ID)
		}
		if !bytes.Contains(a, []byte("D:20250301100000")) {
			t.Errorf("%s: creation date from options not written", j.Form().ID)
		}
		if c := render(t, j, &journal.Options{Now: now}); bytes.Contains(c, []byte("/CreationDate")) {
			t.Errorf("%s: a creation date was written without one in the options", j.Form().ID)
		}
	}
}

// TestCustomFont prints with a caller's font, and refuses a rune that
// font cannot draw with a glyph error naming the column, never a blank.
func TestCustomFont(t *testing.T) {
	opts := testOptions()
	opts.Fonts = testkit.Mono(t)
	j := filled(3)[5]
	data := render(t, j, opts)
	if !bytes.Contains(data, []byte("LiberationMono")) {
		t.Errorf("the caller's font is not embedded")
	}
	j.(*journal.ActsJournal).Entries[2].Note = "ok \U0001F600"
	err := j.WritePDF(io.Discard, opts)
	var ge *fonts.GlyphError
	var ve *journal.ValidationError
	if !errors.As(err, &ge) || ge.Rune != 0x1F600 || !errors.As(err, &ve) || ve.Entry != 3 || ve.Column != 11 {
		t.Fatalf("err = %v, want a glyph error for U+1F600 in entry 3, column 11", err)
	}
	if !strings.Contains(err.Error(), "U+1F600") {
		t.Errorf("error %q does not name the rune", err)
	}
}
