package certificate

import (
	"strconv"
	"strings"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/calendar"
	"github.com/msedocs/msedocs/internal/layout"
	"github.com/msedocs/msedocs/internal/numwords"
)

// How the values that are more than a word are written: a reference to
// another document, a degree in figures and words, a blank's series and
// number.

// ref sets a reference: «12.11.2025 № 15».
func (ct *content) ref(key string, r Ref) {
	if r.IsZero() {
		return
	}
	var parts []string
	if !r.Date.IsZero() {
		parts = append(parts, r.Date.Format(calendar.Printed))
	}
	if r.Number != "" {
		parts = append(parts, ct.form.Common.Number+" "+r.Number)
	}
	ct.plain(key, strings.Join(parts, " "))
}

// percent sets a degree: «60 (алпыс / шестьдесят) %».
func (ct *content) percent(key string, p Percent) {
	words, err := numwords.Bilingual(int(p))
	if err != nil {
		if ct.err == nil {
			ct.err = err
		}
		return
	}
	s := forms.Text{RU: ct.form.Common.Percent}.Fill(forms.Text{RU: strconv.Itoa(int(p)) + " (" + words + ")"}).RU
	// The cell keeps the words: a typed number would print the figure alone.
	ct.set(key, forms.Text{KK: s, RU: s}, layout.Value{Kind: layout.ValueText, Text: s})
}

// serialText writes a blank's series and number: «АБ № 0012345».
func serialText(bk forms.DocumentBook, s Serial) string {
	return s.Series + " " + bk.Number + " " + s.Number
}
