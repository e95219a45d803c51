package journal

import (
	"encoding/json"
	"fmt"
	"iter"
	"strconv"
	"strings"
	"time"

	"github.com/msedocs/msedocs/forms"
)

// The JSON encoding of the journals: see UnmarshalJSON. The tables below
// drive encoding, decoding, JSONSchema and ValidationError.JSONPath.

// textRecord is a value in both languages.
var textRecord = &record[forms.Text]{inline: true, fields: []field[forms.Text]{
	{key: "kk", doc: "Kazakh.", val: func(t *forms.Text) value { return stringVal{&t.KK} }},
	{key: "ru", doc: "Russian.", val: func(t *forms.Text) value { return stringVal{&t.RU} }},
}}

var certificationRecord = &record[Certification]{inline: true, fields: []field[Certification]{
	{key: "deputy_head", required: true, doc: "Full name of the deputy head who certifies the numbered and bound journal.",
		val: func(c *Certification) value { return stringVal{&c.DeputyHead} }},
	{key: "date", required: true, doc: "Date of the certification.",
		val: func(c *Certification) value { return dateVal{&c.Date} }},
}}

// headerFields are the keys of Header, which every journal embeds.
func headerFields[T any](h func(*T) *Header) []field[T] {
	return []field[T]{
		{key: "region", doc: "Fills the department line (kk «Астана қаласы», ru «городу Астана»); empty prints the form's blank.",
			val: func(v *T) value { return recordVal[forms.Text]{textRecord, &h(v).Region} }},
		{key: "unit", doc: "The department unit (бөлім/отдел) in the title, e.g. «№ 2»; empty prints the form's blank.",
			val: func(v *T) value { return recordVal[forms.Text]{textRecord, &h(v).Unit} }},
		{key: "started", doc: "Date the journal was begun.",
			val: func(v *T) value { return dateVal{&h(v).Started} }},
		{key: "ended", doc: "Date the journal was closed.",
			val: func(v *T) value { return dateVal{&h(v).Ended} }},
		{key: "certification", doc: "Fills the certification on the last page; absent leaves it to be filled by hand.",
			val: func(v *T) value { return ptrVal[Certification]{certificationRecord, &h(v).Certification} }},
	}
}

// formField is the "form" key of a journal of the given form.
func formField[T any](id string) field[T] {
	return field[T]{key: "form", required: true, keep: true, doc: "The form: " + id + ".",
		val: func(*T) value { return constVal{id} }}
}

// entriesField is the "entries" key of a journal: its slice of entries,
// or its stream when it has one.
func entriesField[T, E any](rec *record[E], p func(*T) *[]E, stream func(*T) iter.Seq2[E, error]) field[T] {
	return field[T]{key: "entries", keep: true, doc: "The entries, in order.",
		val: func(v *T) value { return streamVal[E]{listVal[E]{rec, p(v)}, stream(v)} }}
}

// streamVal is the entries of a journal that may come from a stream:
// encoding reads the stream when there is one; decoding fills the slice.
type streamVal[E any] struct {
	listVal[E]
	stream iter.Seq2[E, error]
}

func (v streamVal[E]) zero() bool { return v.stream == nil && v.listVal.zero() }

func (v streamVal[E]) encode(w *jsonWriter) {
	if v.stream == nil {
		v.listVal.encode(w)
		return
	}
	w.b = append(w.b, '[')
	w.indent++
	n := 0
	for e, err := range v.stream {
		if err != nil {
			w.fail(fmt.Errorf("entry %d: %w", n+1, &StreamError{Err: err}))
			break
		}
		if n > 0 {
			w.b = append(w.b, ',')
		}
		w.newline()
		v.r.encode(w, &e)
		n++
	}
	w.indent--
	if n > 0 {
		w.newline()
	}
	w.b = append(w.b, ']')
}

// journalRecord makes the record of a journal: form, header, then the
// journal's own fields.
func journalRecord[T any](id string, h func(*T) *Header, own ...field[T]) *record[T] {
	fs := append([]field[T]{formField[T](id)}, headerFields(h)...)
	return &record[T]{fields: append(fs, own...)}
}

func noField[T any](p func(*T) *int) field[T] {
	return field[T]{key: "no", column: "no", doc: "0 or absent numbers the entry by its position.",
		val: func(v *T) value { return intVal{p: p(v)} }}
}

func dateField[T any](key, column string, required bool, p func(*T) *time.Time) field[T] {
	return field[T]{key: key, column: column, required: required, val: func(v *T) value { return dateVal{p(v)} }}
}

func textField[T any](key string, required bool, p func(*T) *string) field[T] {
	return field[T]{key: key, column: key, required: required, val: func(v *T) value { return stringVal{p(v)} }}
}

func degreeField[T any](p func(*T) *int) field[T] {
	return field[T]{key: "degree", column: "degree", keep: true, doc: "Per cent, 0 to 100.",
		val: func(v *T) value { return intVal{p: p(v), max: 100, hasMax: true} }}
}

func termFields[T any](term func(*T) *forms.Term, until func(*T) *time.Time) []field[T] {
	return []field[T]{
		{key: "term", column: "term", required: true,
			val: func(v *T) value { return enumVal[forms.Term]{term(v), termList} }},
		{key: "until", column: "term", doc: "End of the term: required with term «until», printed after the others when given.",
			val: func(v *T) value { return dateVal{until(v)} }},
	}
}

// The entries.

var stockEntryRecord = &record[StockEntry]{inline: true, fields: []field[StockEntry]{
	noField(func(e *StockEntry) *int { return &e.No }),
	dateField("date", "date", true, func(e *StockEntry) *time.Time { return &e.Date }),
	textField("series", false, func(e *StockEntry) *string { return &e.Series }),
	{key: "received", column: "received", val: func(e *StockEntry) value { return intVal{p: &e.Received} }},
	{key: "issued", column: "issued", val: func(e *StockEntry) value { return intVal{p: &e.Issued} }},
	textField("unit", false, func(e *StockEntry) *string { return &e.Unit }),
	{key: "recipient", column: "recipient", doc: "Required when blanks are issued.",
		val: func(e *StockEntry) value { return stringVal{&e.Recipient} }},
}}

var stockSectionRecord = &record[StockSection]{fields: []field[StockSection]{
	{key: "opening", keep: true, doc: "Opening balance: blanks in stock before the first entry.",
		val: func(s *StockSection) value { return intVal{p: &s.Opening} }},
	{key: "entries", keep: true, doc: "The entries, in order; the balance (column 8) is computed.",
		val: func(s *StockSection) value { return listVal[StockEntry]{stockEntryRecord, &s.Entries} }},
}}

var disabilityEntryRecord = &record[DisabilityEntry]{inline: true, fields: append([]field[DisabilityEntry]{
	noField(func(e *DisabilityEntry) *int { return &e.No }),
	dateField("date", "date", true, func(e *DisabilityEntry) *time.Time { return &e.Date }),
	textField("full_name", true, func(e *DisabilityEntry) *string { return &e.FullName }),
	{key: "group", column: "group_cause", required: true,
		val: func(e *DisabilityEntry) value { return enumVal[forms.Group]{&e.Group, groupList} }},
	{key: "cause", column: "group_cause", required: true,
		val: func(e *DisabilityEntry) value { return enumVal[forms.Cause]{&e.Cause, causeList} }},
}, append(termFields(
	func(e *DisabilityEntry) *forms.Term { return &e.Term },
	func(e *DisabilityEntry) *time.Time { return &e.Until }),
	textField("series", true, func(e *DisabilityEntry) *string { return &e.Series }),
)...)}

var generalCapacityEntryRecord = &record[GeneralCapacityEntry]{inline: true, fields: append([]field[GeneralCapacityEntry]{
	noField(func(e *GeneralCapacityEntry) *int { return &e.No }),
	dateField("date", "date", true, func(e *GeneralCapacityEntry) *time.Time { return &e.Date }),
	textField("full_name", true, func(e *GeneralCapacityEntry) *string { return &e.FullName }),
	degreeField(func(e *GeneralCapacityEntry) *int { return &e.Degree }),
}, append(termFields(
	func(e *GeneralCapacityEntry) *forms.Term { return &e.Term },
	func(e *GeneralCapacityEntry) *time.Time { return &e.Until }),
	textField("series", true, func(e *GeneralCapacityEntry) *string { return &e.Series }),
)...)}

var professionalCapacityEntryRecord = &record[ProfessionalCapacityEntry]{inline: true, fields: append([]field[ProfessionalCapacityEntry]{
	noField(func(e *ProfessionalCapacityEntry) *int { return &e.No }),
	dateField("date", "date", true, func(e *ProfessionalCapacityEntry) *time.Time { return &e.Date }),
	textField("full_name", true, func(e *ProfessionalCapacityEntry) *string { return &e.FullName }),
	degreeField(func(e *ProfessionalCapacityEntry) *int { return &e.Degree }),
}, append(termFields(
	func(e *ProfessionalCapacityEntry) *forms.Term { return &e.Term },
	func(e *ProfessionalCapacityEntry) *time.Time { return &e.Until }),
	field[ProfessionalCapacityEntry]{key: "document", column: "series", required: true,
		doc: "Which document was issued; printed before the series.",
		val: func(e *ProfessionalCapacityEntry) value {
			return enumVal[forms.DocumentKind]{&e.Document, documentList}
		}},
	textField("series", true, func(e *ProfessionalCapacityEntry) *string { return &e.Series }),
)...)}

var careEntryRecord = &record[CareEntry]{inline: true, fields: []field[CareEntry]{
	noField(func(e *CareEntry) *int { return &e.No }),
	dateField("date", "date", true, func(e *CareEntry) *time.Time { return &e.Date }),
	textField("full_name", true, func(e *CareEntry) *string { return &e.FullName }),
	textField("needs", true, func(e *CareEntry) *string { return &e.Needs }),
	textField("series", true, func(e *CareEntry) *string { return &e.Series }),
}}

var actEntryRecord = &record[ActEntry]{inline: true, fields: []field[ActEntry]{
	noField(func(e *ActEntry) *int { return &e.No }),
	dateField("date", "date", true, func(e *ActEntry) *time.Time { return &e.Date }),
	textField("full_name", true, func(e *ActEntry) *string { return &e.FullName }),
	dateField("birth_date", "birth_date", true, func(e *ActEntry) *time.Time { return &e.BirthDate }),
	textField("unit", false, func(e *ActEntry) *string { return &e.Unit }),
	dateField("last_exam_date", "last_exam_date", false, func(e *ActEntry) *time.Time { return &e.LastExam }),
	textField("conclusion", true, func(e *ActEntry) *string { return &e.Conclusion }),
	textField("basis", false, func(e *ActEntry) *string { return &e.Basis }),
	textField("sent_to", true, func(e *ActEntry) *string { return &e.SentTo }),
	textField("sender", false, func(e *ActEntry) *string { return &e.Sender }),
	textField("note", false, func(e *ActEntry) *string { return &e.Note }),
}}

// The journals.

// stockSectionKeys are the JSON keys of journal 1's sections, by the
// form's section ID.
var stockSectionKeys = map[string]string{"A": "disability", "B": "professional"}

var (
	stockJournalRecord = journalRecord("journal1", func(j *StockJournal) *Header { return &j.Header },
		field[StockJournal]{key: "disability", keep: true, doc: "Section A: certificates of disability.",
			val: func(j *StockJournal) value { return recordVal[StockSection]{stockSectionRecord, &j.Disability} }},
		field[StockJournal]{key: "professional", keep: true, doc: "Section B: certificates of the degree of loss of professional working capacity.",
			val: func(j *StockJournal) value { return recordVal[StockSection]{stockSectionRecord, &j.Professional} }},
	)
	disabilityJournalRecord = journalRecord("journal2", func(j *DisabilityJournal) *Header { return &j.Header },
		entriesField(disabilityEntryRecord, func(j *DisabilityJournal) *[]DisabilityEntry { return &j.Entries },
			func(j *DisabilityJournal) iter.Seq2[DisabilityEntry, error] { return j.Stream }))
	generalCapacityJournalRecord = journalRecord("journal3", func(j *GeneralCapacityJournal) *Header { return &j.Header },
		entriesField(generalCapacityEntryRecord, func(j *GeneralCapacityJournal) *[]GeneralCapacityEntry { return &j.Entries },
			func(j *GeneralCapacityJournal) iter.Seq2[GeneralCapacityEntry, error] { return j.Stream }))
	professionalCapacityJournalRecord = journalRecord("journal4", func(j *ProfessionalCapacityJournal) *Header { return &j.Header },
		entriesField(professionalCapacityEntryRecord, func(j *ProfessionalCapacityJournal) *[]ProfessionalCapacityEntry { return &j.Entries },
			func(j *ProfessionalCapacityJournal) iter.Seq2[ProfessionalCapacityEntry, error] { return j.Stream }))
	careJournalRecord = journalRecord("journal5", func(j *CareJournal) *Header { return &j.Header },
		entriesField(careEntryRecord, func(j *CareJournal) *[]CareEntry { return &j.Entries },
			func(j *CareJournal) iter.Seq2[CareEntry, error] { return j.Stream }))
	actsJournalRecord = journalRecord("journal6", func(j *ActsJournal) *Header { return &j.Header },
		entriesField(actEntryRecord, func(j *ActsJournal) *[]ActEntry { return &j.Entries },
			func(j *ActsJournal) iter.Seq2[ActEntry, error] { return j.Stream }))
)

// codecs are the journal types by form ID.
var codecs = map[string]codec{
	"journal1": &journalCodec[StockJournal, *StockJournal]{rec: stockJournalRecord, entry: stockEntryRecord, sections: stockSectionKeys},
	"journal2": &journalCodec[DisabilityJournal, *DisabilityJournal]{rec: disabilityJournalRecord, entry: disabilityEntryRecord},
	"journal3": &journalCodec[GeneralCapacityJournal, *GeneralCapacityJournal]{rec: generalCapacityJournalRecord, entry: generalCapacityEntryRecord},
	"journal4": &journalCodec[ProfessionalCapacityJournal, *ProfessionalCapacityJournal]{rec: professionalCapacityJournalRecord, entry: professionalCapacityEntryRecord},
	"journal5": &journalCodec[CareJournal, *CareJournal]{rec: careJournalRecord, entry: careEntryRecord},
	"journal6": &journalCodec[ActsJournal, *ActsJournal]{rec: actsJournalRecord, entry: actEntryRecord},
}

// blankRecord is a blank journal of any form.
var blankRecord = &record[Blank]{fields: append([]field[Blank]{
	{key: "form", required: true, keep: true, doc: "The form.", val: func(b *Blank) value { return formVal{&b.Journal} }},
	{key: "blank", required: true, keep: true, doc: "Marks a blank journal: ruled pages to be filled by hand.",
		val: func(*Blank) value { return constVal{true} }},
	{key: "pages", doc: "Number of pages in all, title and certification included; absent means the form's default.",
		val: func(b *Blank) value { return intVal{p: &b.Pages, min: 1, max: MaxBlankPages, hasMax: true} }},
}, headerFields(func(b *Blank) *Header { return &b.Header })...)}

// codec is the JSON encoding of one journal type.
type codec interface {
	decode(d *jsonDecoder, m []jsonMember) Journal
	schema(s *schemaCtx) object
	// entryKeys returns the keys of an entry's fields printed in column.
	entryKeys(column string) []string
	// sectionKey returns the key of a section, by the form's section ID.
	sectionKey(id string) string
}

// journalCodec is the codec of the journal type T.
type journalCodec[T any, P interface {
	*T
	Journal
}] struct {
	rec      *record[T]
	entry    interface{ keysFor(string) []string }
	sections map[string]string
}

func (c *journalCodec[T, P]) decode(d *jsonDecoder, m []jsonMember) Journal {
	v := new(T)
	c.rec.decodeFields(d, "", m, v)
	return P(v)
}

func (c *journalCodec[T, P]) schema(s *schemaCtx) object { return c.rec.schema(s) }

func (c *journalCodec[T, P]) entryKeys(column string) []string { return c.entry.keysFor(column) }

func (c *journalCodec[T, P]) sectionKey(id string) string { return c.sections[id] }

// formVal is the form of a blank journal, by its ID.
type formVal struct{ p *forms.Journal }

func (v formVal) zero() bool           { return v.p.ID == "" }
func (v formVal) encode(w *jsonWriter) { w.str(v.p.ID) }
func (v formVal) decode(d *jsonDecoder, path string, b []byte) {
	if !d.want(path, b, "string") {
		return
	}
	form, ok := forms.JournalByID(unquote(b))
	if !ok {
		d.fail(path, errUnknownForm())
		return
	}
	*v.p = form
}
func (v formVal) schema(s *schemaCtx) object { return object{{"const", s.form.ID}} }

func errUnknownForm() error {
	ids := make([]string, 0, 6)
	for _, f := range forms.Journals() {
		ids = append(ids, f.ID)
	}
	return fmt.Errorf("%w: want one of %s", ErrUnknownValue, strings.Join(ids, ", "))
}

// encodeJSON writes v as indented JSON: each object member on a line of
// its own, each entry on one line.
func encodeJSON[T any](rec *record[T], v *T) ([]byte, error) {
	w := jsonWriter{b: make([]byte, 0, 512)}
	rec.encode(&w, v)
	if w.err != nil {
		return nil, w.err
	}
	return w.b, nil
}

// decodeJSON decodes data into v with rec, leaving v as it was on error.
func decodeJSON[T any](rec *record[T], data []byte, v *T) error {
	m, err := splitTop(data)
	if err != nil {
		return err
	}
	d := &jsonDecoder{}
	x := new(T)
	rec.decodeFields(d, "", m, x)
	if err := d.err(); err != nil {
		return err
	}
	*v = *x
	return nil
}

// splitTop checks that data is JSON and splits the top-level object.
func splitTop(data []byte) ([]jsonMember, error) {
	if !json.Valid(data) {
		var x any
		return nil, syntaxError(data, json.Unmarshal(data, &x))
	}
	if k := kindOf(data); k != "object" {
		return nil, &JSONError{Err: fmt.Errorf("%w: want an object, got %s", ErrWrongType, article(k))}
	}
	return members(data), nil
}

// memberOf returns the value of key in ms, if given and not null.
func memberOf(ms []jsonMember, key string) ([]byte, bool) {
	for _, m := range ms {
		if m.key == key && kindOf(m.val) != "null" {
			return m.val, true
		}
	}
	return nil, false
}

// MarshalJSON returns j in its JSON encoding (see UnmarshalJSON): indented,
// one entry a line. j is not validated.
func MarshalJSON(j Journal) ([]byte, error) {
	m, ok := j.(json.Marshaler)
	if !ok {
		return nil, fmt.Errorf("journal: %T has no JSON encoding", j)
	}
	return m.MarshalJSON()
}

// UnmarshalJSON decodes a journal of any form from its JSON encoding.
//
// A journal is a JSON object: "form" names its form and chooses the type
// ("journal1" is a *StockJournal, … "journal6" an *ActsJournal), then come
// the header's keys (region, unit, started, ended, certification) and the
// entries ("entries"; journal 1 has "disability" and "professional"
// sections, each with "opening" and "entries"). Keys are the snake_case
// names of the fields, mostly the form's column keys; dates are strings
// "YYYY-MM-DD"; values of closed lists are their stable IDs, e.g. "group":
// "II" (forms.Groups and the other lists); a key left out or null is the
// zero value. {"form": "journal6", "blank": true, "pages": 100}, with the
// same header keys, is a *Blank. JSONSchema describes each form.
//
// Decoding is strict: an unknown or repeated key, a value of the wrong
// type, a date not written YYYY-MM-DD and a value off a closed list are
// errors. Every problem is reported, each a *JSONError naming its path,
// e.g. "entries[41].birth_date" (entries counted from 0), joined with
// errors.Join; no message quotes a value. Decoding checks the shape only:
// call Validate for the content.
func UnmarshalJSON(data []byte) (Journal, error) {
	m, err := splitTop(data)
	if err != nil {
		return nil, err
	}
	raw, ok := memberOf(m, "form")
	if !ok {
		return nil, &JSONError{Path: "form", Err: ErrRequired}
	}
	d := &jsonDecoder{}
	if !d.want("form", raw, "string") {
		return nil, d.err()
	}
	c, ok := codecs[unquote(raw)]
	if !ok {
		return nil, &JSONError{Path: "form", Err: errUnknownForm()}
	}
	var j Journal
	if _, ok := memberOf(m, "blank"); ok {
		blank := new(Blank)
		blankRecord.decodeFields(d, "", m, blank)
		j = blank
	} else {
		j = c.decode(d, m)
	}
	if err := d.err(); err != nil {
		return nil, err
	}
	return j, nil
}

// JSONPath returns where the problem lies in the journal's JSON encoding,
// e.g. "entries[40].birth_date" for column birth_date of entry 41, or
// "entries[40]" when the column holds several keys (group and cause).
func (e *ValidationError) JSONPath() string {
	c, ok := codecs[e.Form]
	if !ok {
		return e.Field
	}
	path := ""
	if e.Section != "" {
		path = c.sectionKey(e.Section)
	}
	if e.Entry == 0 {
		if path == "" || e.Field == "" {
			return path + e.Field
		}
		return path + "." + e.Field // a key, or a path such as "certification.date"
	}
	path = join(path, "entries") + "[" + strconv.Itoa(e.Entry-1) + "]"
	if keys := c.entryKeys(e.Field); len(keys) == 1 {
		path = join(path, keys[0])
	}
	return path
}

// The JSON methods of the journal types.

func marshalJSON[T any](rec *record[T], v *T) ([]byte, error) {
	if v == nil {
		return []byte("null"), nil
	}
	return encodeJSON(rec, v)
}

// MarshalJSON returns the journal's JSON encoding (see UnmarshalJSON).
func (j *StockJournal) MarshalJSON() ([]byte, error) { return marshalJSON(stockJournalRecord, j) }

// MarshalJSON returns the journal's JSON encoding (see UnmarshalJSON).
func (j *DisabilityJournal) MarshalJSON() ([]byte, error) {
	return marshalJSON(disabilityJournalRecord, j)
}

// MarshalJSON returns the journal's JSON encoding (see UnmarshalJSON).
func (j *GeneralCapacityJournal) MarshalJSON() ([]byte, error) {
	return marshalJSON(generalCapacityJournalRecord, j)
}

// MarshalJSON returns the journal's JSON encoding (see UnmarshalJSON).
func (j *ProfessionalCapacityJournal) MarshalJSON() ([]byte, error) {
	return marshalJSON(professionalCapacityJournalRecord, j)
}

// MarshalJSON returns the journal's JSON encoding (see UnmarshalJSON).
func (j *CareJournal) MarshalJSON() ([]byte, error) { return marshalJSON(careJournalRecord, j) }

// MarshalJSON returns the journal's JSON encoding (see UnmarshalJSON).
func (j *ActsJournal) MarshalJSON() ([]byte, error) { return marshalJSON(actsJournalRecord, j) }

// MarshalJSON returns the blank journal's JSON encoding (see
// UnmarshalJSON).
func (b *Blank) MarshalJSON() ([]byte, error) { return marshalJSON(blankRecord, b) }

// UnmarshalJSON decodes the journal from its JSON encoding, strictly (see
// the package function UnmarshalJSON); j is unchanged on error.
func (j *StockJournal) UnmarshalJSON(data []byte) error {
	return decodeJSON(stockJournalRecord, data, j)
}

// UnmarshalJSON decodes the journal from its JSON encoding, strictly (see
// the package function UnmarshalJSON); j is unchanged on error.
func (j *DisabilityJournal) UnmarshalJSON(data []byte) error {
	return decodeJSON(disabilityJournalRecord, data, j)
}

// UnmarshalJSON decodes the journal from its JSON encoding, strictly (see
// the package function UnmarshalJSON); j is unchanged on error.
func (j *GeneralCapacityJournal) UnmarshalJSON(data []byte) error {
	return decodeJSON(generalCapacityJournalRecord, data, j)
}

// UnmarshalJSON decodes the journal from its JSON encoding, strictly (see
// the package function UnmarshalJSON); j is unchanged on error.
func (j *ProfessionalCapacityJournal) UnmarshalJSON(data []byte) error {
	return decodeJSON(professionalCapacityJournalRecord, data, j)
}

// UnmarshalJSON decodes the journal from its JSON encoding, strictly (see
// the package function UnmarshalJSON); j is unchanged on error.
func (j *CareJournal) UnmarshalJSON(data []byte) error {
	return decodeJSON(careJournalRecord, data, j)
}

// UnmarshalJSON decodes the journal from its JSON encoding, strictly (see
// the package function UnmarshalJSON); j is unchanged on error.
func (j *ActsJournal) UnmarshalJSON(data []byte) error {
	return decodeJSON(actsJournalRecord, data, j)
}

// UnmarshalJSON decodes a blank journal from its JSON encoding, strictly;
// b is unchanged on error.
func (b *Blank) UnmarshalJSON(data []byte) error { return decodeJSON(blankRecord, data, b) }
