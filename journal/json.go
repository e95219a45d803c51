package journal

import (
	"encoding/json"
	"fmt"
	"iter"
	"strconv"
	"strings"
	"time"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/jsonrec"
)

// The JSON encoding of the journals: see Decode. The tables below
// drive encoding, decoding, JSONSchema and ValidationError.JSONPath.

// documentList is the closed list of the documents journal 4 registers;
// the lists of groups, causes and terms are jsonrec's, shared with the
// documents.
var documentList = jsonrec.EnumOf(forms.DocumentKinds())

var certificationRecord = &jsonrec.Record[Certification]{Inline: true, Fields: []jsonrec.Field[Certification]{
	{Key: "deputy_head", Required: true, Doc: "Full name of the deputy head who certifies the numbered and bound journal.",
		Val: func(c *Certification) jsonrec.Value { return jsonrec.StringVal{P: &c.DeputyHead} }},
	{Key: "date", Required: true, Doc: "Date of the certification.",
		Val: func(c *Certification) jsonrec.Value { return jsonrec.DateVal{P: &c.Date} }},
}}

// headerFields are the keys of Header, which every journal embeds.
func headerFields[T any](h func(*T) *Header) []jsonrec.Field[T] {
	return []jsonrec.Field[T]{
		{Key: "region", Doc: "Fills the department line (kk «Астана қаласы», ru «городу Астана»); empty prints the form's blank.",
			Val: func(v *T) jsonrec.Value { return jsonrec.RecordVal[forms.Text]{R: jsonrec.TextRecord, P: &h(v).Region} }},
		{Key: "unit", Doc: "The department unit (бөлім/отдел) in the title, e.g. «№ 2»; empty prints the form's blank.",
			Val: func(v *T) jsonrec.Value { return jsonrec.RecordVal[forms.Text]{R: jsonrec.TextRecord, P: &h(v).Unit} }},
		{Key: "started", Doc: "Date the journal was begun.",
			Val: func(v *T) jsonrec.Value { return jsonrec.DateVal{P: &h(v).Started} }},
		{Key: "ended", Doc: "Date the journal was closed.",
			Val: func(v *T) jsonrec.Value { return jsonrec.DateVal{P: &h(v).Ended} }},
		{Key: "certification", Doc: "Fills the certification on the last page; absent leaves it to be filled by hand.",
			Val: func(v *T) jsonrec.Value {
				return jsonrec.PtrVal[Certification]{R: certificationRecord, P: &h(v).Certification}
			}},
	}
}

// formField is the "form" key of a journal of the given form.
func formField[T any](id string) jsonrec.Field[T] {
	return jsonrec.Field[T]{Key: "form", Required: true, Keep: true, Doc: "The form: " + id + ".",
		Val: func(*T) jsonrec.Value { return jsonrec.ConstVal{Lit: id} }}
}

// entriesField is the "entries" key of a journal: its slice of entries,
// or its stream when it has one.
func entriesField[T, E any](rec *jsonrec.Record[E], p func(*T) *[]E, stream func(*T) iter.Seq2[E, error]) jsonrec.Field[T] {
	return jsonrec.Field[T]{Key: "entries", Keep: true, Doc: "The entries, in order.",
		Val: func(v *T) jsonrec.Value { return streamVal[E]{jsonrec.ListVal[E]{R: rec, P: p(v)}, stream(v)} }}
}

// streamVal is the entries of a journal that may come from a stream:
// encoding reads the stream when there is one; decoding fills the slice.
type streamVal[E any] struct {
	jsonrec.ListVal[E]
	stream iter.Seq2[E, error]
}

// Zero reports whether there is no stream and no entry.
func (v streamVal[E]) Zero() bool { return v.stream == nil && v.ListVal.Zero() }

// Encode appends the entries, one a line, reading the stream if there is
// one; the stream's error is left in w.Err.
func (v streamVal[E]) Encode(w *jsonrec.Writer) {
	if v.stream == nil {
		v.ListVal.Encode(w)
		return
	}
	w.Buf = append(w.Buf, '[')
	w.Indent++
	n := 0
	for e, err := range v.stream {
		if err != nil {
			w.Fail(fmt.Errorf("entry %d: %w", n+1, &StreamError{Err: err}))
			break
		}
		if n > 0 {
			w.Buf = append(w.Buf, ',')
		}
		w.Newline()
		v.R.Encode(w, &e)
		n++
	}
	w.Indent--
	if n > 0 {
		w.Newline()
	}
	w.Buf = append(w.Buf, ']')
}

// journalRecord makes the record of a journal: form, header, then the
// journal's own fields.
func journalRecord[T any](id string, h func(*T) *Header, own ...jsonrec.Field[T]) *jsonrec.Record[T] {
	fs := append([]jsonrec.Field[T]{formField[T](id)}, headerFields(h)...)
	return &jsonrec.Record[T]{Fields: append(fs, own...)}
}

func noField[T any](p func(*T) *int) jsonrec.Field[T] {
	return jsonrec.Field[T]{Key: "no", Column: "no", Doc: "0 or absent numbers the entry by its position.",
		Val: func(v *T) jsonrec.Value { return jsonrec.IntVal[int]{P: p(v)} }}
}

func dateField[T any](key, column string, required bool, p func(*T) *time.Time) jsonrec.Field[T] {
	return jsonrec.Field[T]{Key: key, Column: column, Required: required, Val: func(v *T) jsonrec.Value { return jsonrec.DateVal{P: p(v)} }}
}

func textField[T any](key string, required bool, p func(*T) *string) jsonrec.Field[T] {
	return jsonrec.Field[T]{Key: key, Column: key, Required: required, Val: func(v *T) jsonrec.Value { return jsonrec.StringVal{P: p(v)} }}
}

func degreeField[T any](p func(*T) *int) jsonrec.Field[T] {
	return jsonrec.Field[T]{Key: "degree", Column: "degree", Keep: true, Doc: "Per cent, 0 to 100.",
		Val: func(v *T) jsonrec.Value { return jsonrec.IntVal[int]{P: p(v), Max: 100, HasMax: true} }}
}

func termFields[T any](term func(*T) *forms.Term, until func(*T) *time.Time) []jsonrec.Field[T] {
	return []jsonrec.Field[T]{
		{Key: "term", Column: "term", Required: true,
			Val: func(v *T) jsonrec.Value { return jsonrec.EnumVal[forms.Term]{P: term(v), List: jsonrec.TermList} }},
		{Key: "until", Column: "term", Doc: "End of the term: required with term «until», printed after the others when given.",
			Val: func(v *T) jsonrec.Value { return jsonrec.DateVal{P: until(v)} }},
	}
}

// The entries.

var stockEntryRecord = stockTable.record()

var stockSectionRecord = &jsonrec.Record[StockSection]{Fields: []jsonrec.Field[StockSection]{
	{Key: "opening", Keep: true, Doc: "Opening balance: blanks in stock before the first entry.",
		Val: func(s *StockSection) jsonrec.Value { return jsonrec.IntVal[int]{P: &s.Opening} }},
	{Key: "entries", Keep: true, Doc: "The entries, in order; the balance (column 8) is computed.",
		Val: func(s *StockSection) jsonrec.Value {
			return jsonrec.ListVal[StockEntry]{R: stockEntryRecord, P: &s.Entries}
		}},
}}

// The entries' records come from their field tables.
var (
	disabilityEntryRecord           = disabilityTable.record()
	generalCapacityEntryRecord      = generalCapacityTable.record()
	professionalCapacityEntryRecord = professionalCapacityTable.record()
	careEntryRecord                 = careTable.record()
	actEntryRecord                  = actTable.record()
)

// The journals.

// stockSectionKeys are the JSON keys of journal 1's sections, by the
// form's section ID.
var stockSectionKeys = map[string]string{"A": "disability", "B": "professional"}

var (
	stockJournalRecord = journalRecord(forms.JournalStock, func(j *StockJournal) *Header { return &j.Header },
		jsonrec.Field[StockJournal]{Key: "disability", Keep: true, Doc: "Section A: certificates of disability.",
			Val: func(j *StockJournal) jsonrec.Value {
				return jsonrec.RecordVal[StockSection]{R: stockSectionRecord, P: &j.Disability}
			}},
		jsonrec.Field[StockJournal]{Key: "professional", Keep: true, Doc: "Section B: certificates of the degree of loss of professional working capacity.",
			Val: func(j *StockJournal) jsonrec.Value {
				return jsonrec.RecordVal[StockSection]{R: stockSectionRecord, P: &j.Professional}
			}},
	)
	disabilityJournalRecord = journalRecord(forms.JournalDisability, func(j *DisabilityJournal) *Header { return &j.Header },
		entriesField(disabilityEntryRecord, func(j *DisabilityJournal) *[]DisabilityEntry { return &j.Entries },
			func(j *DisabilityJournal) iter.Seq2[DisabilityEntry, error] { return j.Stream }))
	generalCapacityJournalRecord = journalRecord(forms.JournalGeneralCapacity, func(j *GeneralCapacityJournal) *Header { return &j.Header },
		entriesField(generalCapacityEntryRecord, func(j *GeneralCapacityJournal) *[]GeneralCapacityEntry { return &j.Entries },
			func(j *GeneralCapacityJournal) iter.Seq2[GeneralCapacityEntry, error] { return j.Stream }))
	professionalCapacityJournalRecord = journalRecord(forms.JournalProfessionalCapacity, func(j *ProfessionalCapacityJournal) *Header { return &j.Header },
		entriesField(professionalCapacityEntryRecord, func(j *ProfessionalCapacityJournal) *[]ProfessionalCapacityEntry { return &j.Entries },
			func(j *ProfessionalCapacityJournal) iter.Seq2[ProfessionalCapacityEntry, error] { return j.Stream }))
	careJournalRecord = journalRecord(forms.JournalCare, func(j *CareJournal) *Header { return &j.Header },
		entriesField(careEntryRecord, func(j *CareJournal) *[]CareEntry { return &j.Entries },
			func(j *CareJournal) iter.Seq2[CareEntry, error] { return j.Stream }))
	actsJournalRecord = journalRecord(forms.JournalActs, func(j *ActsJournal) *Header { return &j.Header },
		entriesField(actEntryRecord, func(j *ActsJournal) *[]ActEntry { return &j.Entries },
			func(j *ActsJournal) iter.Seq2[ActEntry, error] { return j.Stream }))
)

// codecs are the journal types by form ID.
var codecs = map[string]codec{
	forms.JournalStock:                &journalCodec[StockJournal, *StockJournal]{rec: stockJournalRecord, entry: stockEntryRecord, sections: stockSectionKeys},
	forms.JournalDisability:           &journalCodec[DisabilityJournal, *DisabilityJournal]{rec: disabilityJournalRecord, entry: disabilityEntryRecord},
	forms.JournalGeneralCapacity:      &journalCodec[GeneralCapacityJournal, *GeneralCapacityJournal]{rec: generalCapacityJournalRecord, entry: generalCapacityEntryRecord},
	forms.JournalProfessionalCapacity: &journalCodec[ProfessionalCapacityJournal, *ProfessionalCapacityJournal]{rec: professionalCapacityJournalRecord, entry: professionalCapacityEntryRecord},
	forms.JournalCare:                 &journalCodec[CareJournal, *CareJournal]{rec: careJournalRecord, entry: careEntryRecord},
	forms.JournalActs:                 &journalCodec[ActsJournal, *ActsJournal]{rec: actsJournalRecord, entry: actEntryRecord},
}

// blankRecord is a blank journal of any form.
var blankRecord = &jsonrec.Record[Blank]{Fields: append([]jsonrec.Field[Blank]{
	{Key: "form", Required: true, Keep: true, Doc: "The form.", Val: func(b *Blank) jsonrec.Value { return formVal{&b.Journal} }},
	{Key: "blank", Required: true, Keep: true, Doc: "Marks a blank journal: ruled pages to be filled by hand.",
		Val: func(*Blank) jsonrec.Value { return jsonrec.ConstVal{Lit: true} }},
	{Key: "pages", Doc: "Number of pages in all, title and certification included; absent means the form's default.",
		Val: func(b *Blank) jsonrec.Value {
			return jsonrec.IntVal[int]{P: &b.Pages, Min: 1, Max: MaxBlankPages, HasMax: true}
		}},
}, headerFields(func(b *Blank) *Header { return &b.Header })...)}

// codec is the JSON encoding of one journal type.
type codec interface {
	decode(d *jsonrec.Decoder, m []jsonrec.RawMember) Journal
	schema(s *jsonrec.Schema) jsonrec.Object
	// entryKeys returns the keys of an entry's fields printed in column.
	entryKeys(column string) []string
	// keys returns the keys of an entry, in order.
	keys() []string
	// sectionKey returns the key of a section, by the form's section ID.
	sectionKey(id string) string
}

// journalCodec is the codec of the journal type T.
type journalCodec[T any, P interface {
	*T
	Journal
}] struct {
	rec   *jsonrec.Record[T]
	entry interface {
		KeysFor(column string) []string
		Keys() []string
	}
	sections map[string]string
}

func (c *journalCodec[T, P]) decode(d *jsonrec.Decoder, m []jsonrec.RawMember) Journal {
	v := new(T)
	c.rec.DecodeFields(d, "", m, v)
	return P(v)
}

func (c *journalCodec[T, P]) schema(s *jsonrec.Schema) jsonrec.Object { return c.rec.Schema(s) }

func (c *journalCodec[T, P]) entryKeys(column string) []string { return c.entry.KeysFor(column) }

func (c *journalCodec[T, P]) keys() []string { return c.entry.Keys() }

func (c *journalCodec[T, P]) sectionKey(id string) string { return c.sections[id] }

// formVal is the form of a blank journal, by its ID.
type formVal struct{ p *forms.Journal }

// Zero reports whether there is no form.
func (v formVal) Zero() bool { return v.p.ID == "" }

// Encode appends the form's ID.
func (v formVal) Encode(w *jsonrec.Writer) { w.Str(v.p.ID) }

// Decode sets the form from its ID.
func (v formVal) Decode(d *jsonrec.Decoder, path string, b []byte) {
	if !d.Want(path, b, "string") {
		return
	}
	form, ok := forms.JournalByID(jsonrec.Unquote(b))
	if !ok {
		d.Fail(path, errUnknownForm())
		return
	}
	*v.p = form
}

// Schema returns the schema of any journal form's ID; JSONSchema gives a
// blank the ID of its form instead (see blankSchema).
func (v formVal) Schema(*jsonrec.Schema) jsonrec.Object {
	return jsonrec.Object{{Key: "type", Val: "string"}}
}

func errUnknownForm() error {
	ids := make([]string, 0, 6)
	for _, f := range forms.Journals() {
		ids = append(ids, f.ID)
	}
	return fmt.Errorf("%w: want one of %s", ErrUnknownValue, strings.Join(ids, ", "))
}

// encodeJSON writes v as indented JSON: each object member on a line of
// its own, each entry on one line.
func encodeJSON[T any](rec *jsonrec.Record[T], v *T) ([]byte, error) {
	w := jsonrec.Writer{Buf: make([]byte, 0, 512)}
	rec.Encode(&w, v)
	if w.Err != nil {
		return nil, w.Err
	}
	return w.Buf, nil
}

// MarshalJSON is Encode.
//
// Deprecated: use Encode, whose name does not clash with the
// json.Marshaler methods.
func MarshalJSON(j Journal) ([]byte, error) { return Encode(j) }

// UnmarshalJSON is Decode.
//
// Deprecated: use Decode, whose name does not clash with the
// json.Unmarshaler methods.
func UnmarshalJSON(data []byte) (Journal, error) { return Decode(data) }

// Encode returns j in its JSON encoding (see Decode): indented, one entry
// a line. j is not validated.
func Encode(j Journal) ([]byte, error) {
	m, ok := j.(json.Marshaler)
	if !ok {
		return nil, fmt.Errorf("journal: %T has no JSON encoding", j)
	}
	return m.MarshalJSON()
}

// Decode decodes a journal of any form from its JSON encoding.
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
func Decode(data []byte) (Journal, error) {
	m, err := jsonrec.SplitTop(data)
	if err != nil {
		return nil, err
	}
	raw, ok := jsonrec.MemberOf(m, "form")
	if !ok {
		return nil, &JSONError{Path: "form", Err: ErrRequired}
	}
	d := &jsonrec.Decoder{}
	if !d.Want("form", raw, "string") {
		return nil, d.Err()
	}
	c, ok := codecs[jsonrec.Unquote(raw)]
	if !ok {
		return nil, &JSONError{Path: "form", Err: errUnknownForm()}
	}
	var j Journal
	if _, ok := jsonrec.MemberOf(m, "blank"); ok {
		blank := new(Blank)
		blankRecord.DecodeFields(d, "", m, blank)
		j = blank
	} else {
		j = c.decode(d, m)
	}
	if err := d.Err(); err != nil {
		return nil, err
	}
	return j, nil
}

// jsonPath returns where a problem lies in the journal's JSON encoding,
// e.g. "entries[40].birth_date" for column birth_date of entry 41, or
// "entries[40]" when the column holds several keys (group and cause).
func jsonPath(form, section string, entry int, field string) string {
	c, ok := codecs[form]
	if !ok {
		return field
	}
	path := ""
	if section != "" {
		path = c.sectionKey(section)
	}
	if entry == 0 {
		if path == "" || field == "" {
			return path + field
		}
		return path + "." + field // a key, or a path such as "certification.date"
	}
	path = jsonrec.Join(path, "entries") + "[" + strconv.Itoa(entry-1) + "]"
	if keys := c.entryKeys(field); len(keys) == 1 {
		path = jsonrec.Join(path, keys[0])
	}
	return path
}

// problemAt returns the validation error of field at a place.
func problemAt(form, section string, entry, column int, field string, err error) *ValidationError {
	return &ValidationError{Form: form, Section: section, Entry: entry, Column: column, Field: field,
		Path: jsonPath(form, section, entry, field), Err: err}
}

// The JSON methods of the journal types.

func marshalJSON[T any](rec *jsonrec.Record[T], v *T) ([]byte, error) {
	if v == nil {
		return []byte("null"), nil
	}
	return encodeJSON(rec, v)
}

// MarshalJSON returns the journal's JSON encoding (see Decode).
func (j *StockJournal) MarshalJSON() ([]byte, error) { return marshalJSON(stockJournalRecord, j) }

// MarshalJSON returns the journal's JSON encoding (see Decode).
func (j *DisabilityJournal) MarshalJSON() ([]byte, error) {
	return marshalJSON(disabilityJournalRecord, j)
}

// MarshalJSON returns the journal's JSON encoding (see Decode).
func (j *GeneralCapacityJournal) MarshalJSON() ([]byte, error) {
	return marshalJSON(generalCapacityJournalRecord, j)
}

// MarshalJSON returns the journal's JSON encoding (see Decode).
func (j *ProfessionalCapacityJournal) MarshalJSON() ([]byte, error) {
	return marshalJSON(professionalCapacityJournalRecord, j)
}

// MarshalJSON returns the journal's JSON encoding (see Decode).
func (j *CareJournal) MarshalJSON() ([]byte, error) { return marshalJSON(careJournalRecord, j) }

// MarshalJSON returns the journal's JSON encoding (see Decode).
func (j *ActsJournal) MarshalJSON() ([]byte, error) { return marshalJSON(actsJournalRecord, j) }

// MarshalJSON returns the blank journal's JSON encoding (see
// Decode).
func (b *Blank) MarshalJSON() ([]byte, error) { return marshalJSON(blankRecord, b) }

// UnmarshalJSON decodes the journal from its JSON encoding, strictly (see
// the package function UnmarshalJSON); j is unchanged on error.
func (j *StockJournal) UnmarshalJSON(data []byte) error {
	return jsonrec.Decode(stockJournalRecord, data, j)
}

// UnmarshalJSON decodes the journal from its JSON encoding, strictly (see
// the package function UnmarshalJSON); j is unchanged on error.
func (j *DisabilityJournal) UnmarshalJSON(data []byte) error {
	return jsonrec.Decode(disabilityJournalRecord, data, j)
}

// UnmarshalJSON decodes the journal from its JSON encoding, strictly (see
// the package function UnmarshalJSON); j is unchanged on error.
func (j *GeneralCapacityJournal) UnmarshalJSON(data []byte) error {
	return jsonrec.Decode(generalCapacityJournalRecord, data, j)
}

// UnmarshalJSON decodes the journal from its JSON encoding, strictly (see
// the package function UnmarshalJSON); j is unchanged on error.
func (j *ProfessionalCapacityJournal) UnmarshalJSON(data []byte) error {
	return jsonrec.Decode(professionalCapacityJournalRecord, data, j)
}

// UnmarshalJSON decodes the journal from its JSON encoding, strictly (see
// the package function UnmarshalJSON); j is unchanged on error.
func (j *CareJournal) UnmarshalJSON(data []byte) error {
	return jsonrec.Decode(careJournalRecord, data, j)
}

// UnmarshalJSON decodes the journal from its JSON encoding, strictly (see
// the package function UnmarshalJSON); j is unchanged on error.
func (j *ActsJournal) UnmarshalJSON(data []byte) error {
	return jsonrec.Decode(actsJournalRecord, data, j)
}

// UnmarshalJSON decodes a blank journal from its JSON encoding, strictly;
// b is unchanged on error.
func (b *Blank) UnmarshalJSON(data []byte) error { return jsonrec.Decode(blankRecord, data, b) }
