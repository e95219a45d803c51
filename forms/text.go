package forms

import "strings"

// Text is one piece of wording in both state languages: Kazakh (KK) and
// Russian (RU). On the printed forms the Kazakh text stands above the
// Russian one.
type Text struct {
	// KK is the Kazakh text.
	KK string
	// RU is the Russian text.
	RU string
}

// Blank is the ruled gap printed where a form leaves a value to be written by
// hand.
const Blank = "______"

// Slot is the marker inside a template Text where a value is put: the region
// in a department line, the unit in a title, the figure in a count line.
const Slot = "{}"

// Fill returns t with every Slot replaced by the matching value of v, or by
// Blank where that value is empty.
func (t Text) Fill(v Text) Text {
	return Text{KK: fillSlot(t.KK, v.KK), RU: fillSlot(t.RU, v.RU)}
}

func fillSlot(template, value string) string {
	if value == "" {
		value = Blank
	}
	return strings.ReplaceAll(template, Slot, value)
}

// Join returns "kk / ru", the inline bilingual form used where there is no
// room for two lines (for example «Бет / Лист»).
func (t Text) Join() string {
	switch {
	case t.KK == "":
		return t.RU
	case t.RU == "" || t.RU == t.KK:
		return t.KK
	}
	return t.KK + " / " + t.RU
}

// IsZero reports whether both languages are empty.
func (t Text) IsZero() bool { return t.KK == "" && t.RU == "" }

// Stacked returns the Kazakh text above the Russian, on two lines, as the
// forms print captions; one line when both are the same or one is empty.
func (t Text) Stacked() string {
	switch {
	case t.KK == t.RU || t.RU == "":
		return t.KK
	case t.KK == "":
		return t.RU
	}
	return t.KK + "\n" + t.RU
}
