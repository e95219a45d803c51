package jsonrec

import "github.com/msedocs/msedocs/forms"

// The closed lists that journals and documents both hold, by the stable
// IDs of package forms.
var (
	// GroupList is forms.Groups.
	GroupList = EnumOf(forms.Groups())
	// CauseList is forms.Causes.
	CauseList = EnumOf(forms.Causes())
	// TermList is forms.Terms.
	TermList = EnumOf(forms.Terms())
)

// TextRecord is a text in both languages, {"kk": …, "ru": …}.
var TextRecord = &Record[forms.Text]{Inline: true, Fields: []Field[forms.Text]{
	{Key: "kk", Doc: "Kazakh.", Val: func(t *forms.Text) Value { return StringVal{P: &t.KK} }},
	{Key: "ru", Doc: "Russian.", Val: func(t *forms.Text) Value { return StringVal{P: &t.RU} }},
}}
