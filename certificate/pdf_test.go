package certificate_test

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/msedocs/msedocs/certificate"
	"github.com/msedocs/msedocs/fonts"
	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/pdftest"
	"github.com/msedocs/msedocs/internal/testkit"
)

func render(t testing.TB, opts *certificate.Options, docs ...certificate.Document) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := certificate.WritePDF(&b, opts, docs...); err != nil {
		t.Fatalf("WritePDF: %v", err)
	}
	return b.Bytes()
}

func pageTexts(t testing.TB, data []byte) []string { return pdftest.Texts(t, data) }

func squash(s string) string { return pdftest.Squash(s) }

// validatePDF runs pdfcpu's validation and returns the page count.
func validatePDF(t testing.TB, data []byte) int { return pdftest.Pages(t, data) }

// wording lists what the document must print: the shared wording, its
// title, the label of every field it fills in both languages, and the
// values.
func wording(t *testing.T, d certificate.Document, full bool) []string {
	form := d.Form()
	bk := form.Common
	iss := issuer()
	title := form.Title
	if full {
		title = form.FullTitle
	}
	want := []string{
		bk.FormMark.KK, bk.FormMark.RU, bk.Ministry.KK, bk.Ministry.RU,
		bk.Department.Fill(iss.Region).KK, bk.Department.Fill(iss.Region).RU,
		bk.Unit.Fill(iss.Unit).KK, bk.Unit.Fill(iss.Unit).RU,
		title.KK, title.RU, bk.Head.KK, bk.Head.RU, bk.SignatureHint, bk.Seal, iss.Head,
	}
	for _, c := range form.Columns {
		want = append(want, c.Caption.KK, c.Caption.RU)
	}
	if form.Serial {
		want = append(want, bk.Serial.KK, bk.Serial.RU)
	}
	return want
}

// TestPDFCarriesTheForm finds, in the text extracted from each document's
// PDF, every label in both languages and the filled values.
func TestPDFCarriesTheForm(t *testing.T) {
	tests := []struct {
		doc    certificate.Document
		full   bool
		labels []string // keys of the fields filled
		values []string
	}{
		{disability(), false, []string{"full_name", "iin", "birth_date", "address", "group", "cause", "term"}, []string{
			"Әбдірахманова Гүлнәр Серікқызы", "850615401232", "15.06.1985", "Астана қ., Тәуелсіздік даңғылы, 12-45",
			"АБ № 0012345", "екінші топтағы мүгедектік", "инвалидность второй группы", "жалпы ауру", "общее заболевание",
			"1 жылға", "на 1 год",
			"Мүгедектіктің белгіленген мерзімі 2026 жылғы «01» ақпанға дейін", "Инвалидность установлена на срок до «01» февраля 2026 г.",
			"Мүгедектік мерзімі 2025 жылғы «06» қаңтардан бастап есептелді", "Срок инвалидности зачтен с «06» января 2025 г.",
			"Берілген күні: 2025 жылғы «09» қаңтар", "Дата выдачи: «09» января 2025 г.",
		}},
		{socialRehab(), false, []string{"full_name", "iin", "birth_date", "group", "cause", "program", "measures"}, []string{
			"09.01.2025 № ИПР-0457", "Обеспечение креслом-коляской (комнатной)", "30.06.2025", "«ОҢАЛТУ» арнаулы әлеуметтік қызметтер көрсету орталығы",
		}},
		{fullProfessionalRehab(), true, []string{"full_name", "group", "cause", "measures"}, []string{
			"Переобучение по профессии «оператор ЭВМ»", "еңбек жарақаты", "трудовое увечье",
		}},
		{generalCapacity(), false, []string{"full_name", "iin", "birth_date", "degree", "cause", "term"}, []string{
			"ЖЕ № 0000815", "60 (алпыс / шестьдесят) %", "2 жылға", "на 2 года",
			"Степень утраты общей трудоспособности установлена на срок до «01» февраля 2027 г.",
		}},
		{professionalCapacity(), false, []string{"full_name", "iin", "basis_injury", "degree", "cause", "term"}, []string{
			"ВГ № 0004567", "12.11.2024 № 15", "45 (қырық бес / сорок пять) %", "еңбек жарақаты", "трудовое увечье",
			"Срок степени утраты профессиональной трудоспособности зачтен с «10» января 2025 г.",
		}},
		{professionalExtract(), false, []string{"full_name", "certificate", "act", "basis_injury", "degree", "recipient"}, []string{
			"ВГ № 0004567", "10.01.2025 № 1024", "АО «Шығыс көмір» (работодатель)",
		}},
		{care(), false, []string{"full_name", "cause", "needs", "term"}, []string{
			"ҚК № 0000231", "1) бөгде адамның тұрақты күтімі / постоянный посторонний уход",
			"3) дәрі-дәрмекпен қамтамасыз ету / обеспечение лекарственными средствами",
			"Мұқтаждық 2026 жылғы «01» ақпанға дейін белгіленді",
		}},
		{fullRehabilitation(), false, []string{"full_name", "address", "exam_date", "previous_group", "previous_cause", "decision"}, []string{
			"15.01.2025", "үшінші топтағы мүгедектік",
		}},
		{expertNotice(), false, []string{"addressee", "full_name", "referral", "exam", "exam_date", "decision", "defective_referral"}, []string{
			"Телнұсқа / Дубликат", "ГКП на ПХВ «Городская поликлиника № 4» акимата г. Астаны", "05.01.2025 № 457",
			"алғашқы куәландыру", "первичное освидетельствование", "мүгедек деп танылмады", "инвалидом не признан(а)",
		}},
		{disabledNotice(), false, []string{"decision", "group", "cause", "term"}, []string{
			"бірінші топтағы мүгедектік", "2 жылға, 2027 жылғы «01» ақпанға дейін", "на 2 года, до «01» февраля 2027 г.",
		}},
	}
	for _, tc := range tests {
		form := tc.doc.Form()
		t.Run(form.ID, func(t *testing.T) {
			data := render(t, testOptions(), tc.doc)
			if n := validatePDF(t, data); n != 1 {
				t.Errorf("%d pages, want 1", n)
			}
			text := squash(strings.Join(pageTexts(t, data), ""))
			want := append(wording(t, tc.doc, tc.full), tc.values...)
			for _, key := range tc.labels {
				f, ok := form.Field(key)
				if !ok {
					t.Fatalf("form has no field %q", key)
				}
				if f.Kind == forms.FieldLine && strings.Contains(f.Label.RU, forms.Slot) {
					continue // filled; the values list the lines
				}
				want = append(want, f.Label.KK, f.Label.RU)
			}
			for _, w := range want {
				if !strings.Contains(text, squash(w)) {
					t.Errorf("PDF text lacks %q", w)
				}
			}
		})
	}
}

// TestBatchPDF prints one of each document into one PDF: a page each, on
// its own paper, valid for pdfcpu, with every Kazakh letter intact.
func TestBatchPDF(t *testing.T) {
	docs := all()
	data := render(t, testOptions(), docs...)
	if n := validatePDF(t, data); n != len(docs) {
		t.Fatalf("%d pages, want %d", n, len(docs))
	}
	pages := pageTexts(t, data)
	for i, d := range docs {
		title := d.Form().Title
		if r, ok := d.(*certificate.ProfessionalRehab); ok && r.Full() {
			title = d.Form().FullTitle
		}
		if !strings.Contains(squash(pages[i]), squash(title.RU)) {
			t.Errorf("page %d is not %s", i+1, d.Form().ID)
		}
	}
	all := strings.Join(pages, "")
	for _, r := range "ӘҒҚҢӨҰҮҺІәғқңөұүһі" {
		if !strings.ContainsRune(all, r) {
			t.Errorf("%c (%U) lost in the PDF text", r, r)
		}
	}
	for _, name := range []string{"Һасенов Ұлан Іңкәрұлы", "Үсенова Аяулым Ғалымжанқызы", "Сәтбаева Ұлжан Әлібекқызы", "Жұмабеков Өмірзақ Шаһмарданұлы"} {
		if !strings.Contains(squash(all), squash(name)) {
			t.Errorf("%q lost in the PDF text", name)
		}
	}
}

func TestPDFIsDeterministic(t *testing.T) {
	opts := &certificate.Options{Now: now, Created: time.Date(2025, 3, 1, 10, 0, 0, 0, time.UTC)}
	a, b := render(t, opts, all()...), render(t, opts, all()...)
	if !bytes.Equal(a, b) {
		t.Errorf("two renderings differ")
	}
	if !bytes.Contains(a, []byte("D:20250301100000")) {
		t.Errorf("creation date from options not written")
	}
	if c := render(t, testOptions(), disability()); bytes.Contains(c, []byte("/CreationDate")) {
		t.Errorf("a creation date was written without one in the options")
	}
}

// TestCustomFont prints with a caller's font and refuses a rune that font
// cannot draw, naming the field and the rune.
func TestCustomFont(t *testing.T) {
	opts := testOptions()
	opts.Fonts = testkit.Mono(t)
	if data := render(t, opts, disability()); !bytes.Contains(data, []byte("LiberationMono")) {
		t.Errorf("the caller's font is not embedded")
	}
	d := care()
	d.Issuer.Region.RU = "городу Астана \u2603"
	err := certificate.WritePDF(io.Discard, opts, d)
	var ge *fonts.GlyphError
	var ve *certificate.ValidationError
	if !errors.As(err, &ge) || !errors.As(err, &ve) || ve.Field != "issuer.region.ru" || !strings.Contains(err.Error(), "U+2603") {
		t.Fatalf("err = %v, want a glyph error for U+2603 in issuer.region.ru", err)
	}
}
