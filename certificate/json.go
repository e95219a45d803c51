package certificate

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/jsonrec"
)

// The JSON encoding of the documents: see Decode. The tables below
// drive encoding, decoding, JSONSchema and ValidationError.JSONPath.

// BatchForm is the "form" of a batch: {"form": "documents", "documents":
// [...]}.
const BatchForm = "documents"

// The closed lists of the documents.
// Groups, causes and terms are jsonrec's lists, shared with the journals.
var (
	professionalList = jsonrec.EnumOf(forms.ProfessionalCauses())
	sexList          = jsonrec.EnumOf(forms.Sexes())
	careList         = jsonrec.EnumOf(forms.CareKinds())
	examList         = jsonrec.EnumOf(forms.ExamKinds())
	decisionList     = jsonrec.EnumOf(forms.ExpertDecisions())
)

// Shared records.

var issuerRecord = &jsonrec.Record[Issuer]{Fields: []jsonrec.Field[Issuer]{
	{Key: "region", Required: true, Doc: "Fills the department line: kk «Астана қаласы», ru «городу Астана».",
		Val: func(i *Issuer) jsonrec.Value {
			return jsonrec.RecordVal[forms.Text]{R: jsonrec.TextRecord, P: &i.Region}
		}},
	{Key: "unit", Required: true, Doc: "Names the МСЭ department: kk «№ 2 медициналық-әлеуметтік сараптама», ru «медико-социальной экспертизы № 2».",
		Val: func(i *Issuer) jsonrec.Value { return jsonrec.RecordVal[forms.Text]{R: jsonrec.TextRecord, P: &i.Unit} }},
	{Key: "head", Required: true, Doc: "Full name of the head of the department, who signs.",
		Val: func(i *Issuer) jsonrec.Value { return jsonrec.StringVal{P: &i.Head} }},
}}

var serialRecord = &jsonrec.Record[Serial]{Inline: true, Fields: []jsonrec.Field[Serial]{
	{Key: "series", Required: true, Doc: "Letters, e.g. «АБ».", Val: func(s *Serial) jsonrec.Value { return jsonrec.StringVal{P: &s.Series} }},
	{Key: "number", Required: true, Doc: "Digits, e.g. «0012345».", Val: func(s *Serial) jsonrec.Value { return jsonrec.StringVal{P: &s.Number} }},
}}

var refRecord = &jsonrec.Record[Ref]{Inline: true, Fields: []jsonrec.Field[Ref]{
	{Key: "number", Required: true, Val: func(r *Ref) jsonrec.Value { return jsonrec.StringVal{P: &r.Number} }},
	{Key: "date", Required: true, Val: func(r *Ref) jsonrec.Value { return jsonrec.DateVal{P: &r.Date} }},
}}

var measureRecord = &jsonrec.Record[Measure]{Inline: true, Fields: []jsonrec.Field[Measure]{
	{Key: "name", Required: true, Doc: "What is to be done.", Val: func(m *Measure) jsonrec.Value { return jsonrec.StringVal{P: &m.Name} }},
	{Key: "until", Required: true, Doc: "Date by which it is to be done.", Val: func(m *Measure) jsonrec.Value { return jsonrec.DateVal{P: &m.Until} }},
	{Key: "executor", Required: true, Doc: "Body that carries it out.", Val: func(m *Measure) jsonrec.Value { return jsonrec.StringVal{P: &m.Executor} }},
}}

// Shared fields.

func formField[T any](id string) jsonrec.Field[T] {
	return jsonrec.Field[T]{Key: "form", Required: true, Keep: true, Doc: "The form: " + id + ".",
		Val: func(*T) jsonrec.Value { return jsonrec.ConstVal{Lit: id} }}
}

// issueFields are the issuer and the date of issue.
func issueFields[T any](iss func(*T) *Issuer, date func(*T) *time.Time) []jsonrec.Field[T] {
	return []jsonrec.Field[T]{
		{Key: "issuer", Required: true, Doc: "The МСЭ department that issues the document.",
			Val: func(v *T) jsonrec.Value { return jsonrec.RecordVal[Issuer]{R: issuerRecord, P: iss(v)} }},
		{Key: "date", Required: true, Doc: "Date of issue.", Val: func(v *T) jsonrec.Value { return jsonrec.DateVal{P: date(v)} }},
	}
}

func serialField[T any](key, doc string, p func(*T) *Serial) jsonrec.Field[T] {
	return jsonrec.Field[T]{Key: key, Required: true, Doc: doc, Val: func(v *T) jsonrec.Value { return jsonrec.RecordVal[Serial]{R: serialRecord, P: p(v)} }}
}

func refField[T any](key string, required bool, doc string, p func(*T) *Ref) jsonrec.Field[T] {
	return jsonrec.Field[T]{Key: key, Required: required, Doc: doc, Val: func(v *T) jsonrec.Value { return jsonrec.RecordVal[Ref]{R: refRecord, P: p(v)} }}
}

// personFields are the keys of Person, at the top of the document.
func personFields[T any](p func(*T) *Person, needAddress bool) []jsonrec.Field[T] {
	addr := "Printed when given."
	if needAddress {
		addr = "Required: the notice may be sent by post."
	}
	return []jsonrec.Field[T]{
		{Key: "full_name", Required: true, Val: func(v *T) jsonrec.Value { return jsonrec.StringVal{P: &p(v).FullName} }},
		{Key: "iin", Required: true, Doc: "12 digits; must agree with birth_date and sex.", Val: func(v *T) jsonrec.Value { return jsonrec.StringVal{P: &p(v).IIN} }},
		{Key: "birth_date", Required: true, Val: func(v *T) jsonrec.Value { return jsonrec.DateVal{P: &p(v).BirthDate} }},
		{Key: "sex", Required: true, Doc: "Not printed: checked against the IIN.", Val: func(v *T) jsonrec.Value { return jsonrec.EnumVal[forms.Sex]{P: &p(v).Sex, List: sexList} }},
		{Key: "address", Required: needAddress, Doc: addr, Val: func(v *T) jsonrec.Value { return jsonrec.StringVal{P: &p(v).Address} }},
	}
}

func enumField[T any, E ~string](key string, required bool, doc string, list *jsonrec.Enum, p func(*T) *E) jsonrec.Field[T] {
	return jsonrec.Field[T]{Key: key, Required: required, Doc: doc, Val: func(v *T) jsonrec.Value { return jsonrec.EnumVal[E]{P: p(v), List: list} }}
}

// periodFields are the keys of Period, at the top of the document.
func periodFields[T any](p func(*T) *Period, required bool) []jsonrec.Field[T] {
	return []jsonrec.Field[T]{
		{Key: "term", Required: required, Val: func(v *T) jsonrec.Value { return jsonrec.EnumVal[forms.Term]{P: &p(v).Term, List: jsonrec.TermList} }},
		{Key: "from", Required: required, Doc: "Date the term is counted from; not after the date of issue.",
			Val: func(v *T) jsonrec.Value { return jsonrec.DateVal{P: &p(v).From} }},
		{Key: "until", Doc: "End of the term: required for every term but «indefinite», which takes none.",
			Val: func(v *T) jsonrec.Value { return jsonrec.DateVal{P: &p(v).Until} }},
	}
}

// degreeFields are the keys of ProfessionalDegree.
func degreeFields[T any](p func(*T) *ProfessionalDegree) []jsonrec.Field[T] {
	return append([]jsonrec.Field[T]{
		refField("basis", true, "The act on the accident at work (work_injury) or the conclusion on the link of the disease with the profession (occupational_disease) the degree was set on.",
			func(v *T) *Ref { return &p(v).Basis }),
		{Key: "degree", Required: true, Doc: "Per cent, 1 to 100.",
			Val: func(v *T) jsonrec.Value {
				return jsonrec.IntVal[Percent]{P: &p(v).Degree, Min: professionalMin, Max: percentMax, HasMax: true}
			}},
		enumField("cause", true, "", professionalList, func(v *T) *forms.Cause { return &p(v).Cause }),
	}, periodFields(func(v *T) *Period { return &p(v).Period }, true)...)
}

// The records of the documents, from their field tables (tables.go).
var (
	disabilityRecord           = disabilityTable.Record(false)
	socialRehabRecord          = socialRehabTable.Record(false)
	professionalRehabRecord    = professionalRehabTable.Record(false)
	generalCapacityRecord      = generalCapacityTable.Record(false)
	professionalCapacityRecord = professionalCapacityTable.Record(false)
	professionalExtractRecord  = professionalExtractTable.Record(false)
	careRecord                 = careTable.Record(false)
	fullRehabilitationRecord   = fullRehabilitationTable.Record(false)
	expertNoticeRecord         = expertNoticeTable.Record(false)
)

// blankRecord is a blank of any document form.
var blankRecord = &jsonrec.Record[Blank]{Fields: []jsonrec.Field[Blank]{
	{Key: "form", Required: true, Keep: true, Doc: "The form.", Val: func(b *Blank) jsonrec.Value { return formVal{&b.Document} }},
	{Key: "blank", Required: true, Keep: true, Doc: "Marks a blank: the form with ruled gaps, to be filled by hand.",
		Val: func(*Blank) jsonrec.Value { return jsonrec.ConstVal{Lit: true} }},
	{Key: "issuer", Doc: "Fills the department's lines; absent leaves them blank.",
		Val: func(b *Blank) jsonrec.Value { return jsonrec.RecordVal[Issuer]{R: issuerRecord, P: &b.Issuer} }},
}}

// formVal is the form of a blank, by its ID.
type formVal struct{ p *forms.Document }

// Zero reports whether there is no form.
func (v formVal) Zero() bool { return v.p.ID == "" }

// Encode appends the form's ID.
func (v formVal) Encode(w *jsonrec.Writer) { w.Str(v.p.ID) }

// Decode sets the form from its ID.
func (v formVal) Decode(d *jsonrec.Decoder, path string, b []byte) {
	if s, ok := documentList.Check(d, path, b); ok {
		*v.p, _ = forms.DocumentByID(s)
	}
}

// Schema returns the schema of the list of document forms.
func (v formVal) Schema(*jsonrec.Schema) jsonrec.Object { return documentList.Schema() }

// documentList is the closed list of the document forms.
var documentList = func() *jsonrec.Enum {
	var opts []forms.Option
	for _, d := range forms.Documents() {
		opts = append(opts, forms.Option{ID: d.ID, Label: d.Title})
	}
	return jsonrec.EnumOf(opts)
}()

// codec is the JSON encoding of one document type.
type codec interface {
	decode(d *jsonrec.Decoder, path string, ms []jsonrec.RawMember) Document
	// encode writes doc, if it is of the codec's type.
	encode(w *jsonrec.Writer, doc Document) bool
	schema(form forms.Document) jsonrec.Object
	// columns returns the keys a query's columns fill (see Columns) and
	// the keys of the lists no column can.
	columns() (keys, lists []string)
}

// docCodec is the codec of the document type T.
type docCodec[T any, P interface {
	*T
	Document
}] struct {
	rec *jsonrec.Record[T]
}

func (c docCodec[T, P]) decode(d *jsonrec.Decoder, path string, ms []jsonrec.RawMember) Document {
	v := new(T)
	c.rec.DecodeFields(d, path, ms, v)
	return P(v)
}

func (c docCodec[T, P]) encode(w *jsonrec.Writer, doc Document) bool {
	p, ok := doc.(P)
	if ok {
		c.rec.Encode(w, (*T)(p))
	}
	return ok
}

func (c docCodec[T, P]) schema(form forms.Document) jsonrec.Object {
	return c.rec.Schema(&jsonrec.Schema{TopOnly: true, Describe: func(_, key, doc string) string {
		if label := fieldLabel(form, key); label != "" {
			return strings.TrimSpace(label + ". " + doc)
		}
		return doc
	}})
}

// codecs are the document types by form ID.
var codecs = map[string]codec{
	forms.DocDisability:                  docCodec[Disability, *Disability]{disabilityRecord},
	forms.DocSocialRehab:                 docCodec[SocialRehab, *SocialRehab]{socialRehabRecord},
	forms.DocProfessionalRehab:           docCodec[ProfessionalRehab, *ProfessionalRehab]{professionalRehabRecord},
	forms.DocGeneralCapacity:             docCodec[GeneralCapacity, *GeneralCapacity]{generalCapacityRecord},
	forms.DocProfessionalCapacity:        docCodec[ProfessionalCapacity, *ProfessionalCapacity]{professionalCapacityRecord},
	forms.DocProfessionalCapacityExtract: docCodec[ProfessionalCapacityExtract, *ProfessionalCapacityExtract]{professionalExtractRecord},
	forms.DocCare:                        docCodec[CareConclusion, *CareConclusion]{careRecord},
	forms.DocFullRehabilitation:          docCodec[FullRehabilitation, *FullRehabilitation]{fullRehabilitationRecord},
	forms.DocExpertNotice:                docCodec[ExpertNotice, *ExpertNotice]{expertNoticeRecord},
}

var blankCodec = docCodec[Blank, *Blank]{blankRecord}

// fieldLabel is the label the form prints for key, in both languages,
// with "…" for the value of a line; "" when the form has no such field.
func fieldLabel(form forms.Document, key string) string {
	f, ok := form.Field(key)
	if !ok {
		return ""
	}
	label := strings.ReplaceAll(f.Label.Join(), forms.Slot, "…")
	return "Printed as «" + label + "»"
}

// encodeDoc writes one document.
func encodeDoc(w *jsonrec.Writer, doc Document) error {
	if isNil(doc) {
		return errors.New("certificate: nil document")
	}
	if blankCodec.encode(w, doc) {
		return nil
	}
	for _, c := range codecs {
		if c.encode(w, doc) {
			return nil
		}
	}
	return fmt.Errorf("certificate: %T has no JSON encoding", doc)
}

// decodeDoc decodes one document object: "form" chooses its type, and
// "blank" makes it a *Blank.
func decodeDoc(d *jsonrec.Decoder, path string, ms []jsonrec.RawMember) Document {
	raw, ok := jsonrec.MemberOf(ms, "form")
	if !ok {
		d.Fail(jsonrec.Join(path, "form"), ErrRequired)
		return nil
	}
	id, ok := documentList.Check(d, jsonrec.Join(path, "form"), raw)
	if !ok {
		return nil
	}
	if _, ok := jsonrec.MemberOf(ms, "blank"); ok {
		return blankCodec.decode(d, path, ms)
	}
	return codecs[id].decode(d, path, ms)
}

// MarshalJSON is Encode.
//
// Deprecated: use Encode, whose name does not clash with the
// json.Marshaler methods.
func MarshalJSON(docs ...Document) ([]byte, error) { return Encode(docs...) }

// UnmarshalJSON is Decode.
//
// Deprecated: use Decode, whose name does not clash with the
// json.Unmarshaler methods.
func UnmarshalJSON(data []byte) ([]Document, error) { return Decode(data) }

// Encode returns the documents as a batch in their JSON encoding
// (see Decode), indented: {"form": "documents", "documents":
// [...]}. The documents are not validated; a nil one is an error.
func Encode(docs ...Document) ([]byte, error) {
	w := &jsonrec.Writer{Buf: make([]byte, 0, 1024*(len(docs)+1)), StdEscapes: true}
	w.Buf = append(w.Buf, "{\n  \"form\": \""+BatchForm+"\",\n  \"documents\": ["...)
	w.Indent = 2
	for i, doc := range docs {
		if i > 0 {
			w.Buf = append(w.Buf, ',')
		}
		w.Newline()
		if err := encodeDoc(w, doc); err != nil {
			return nil, fmt.Errorf("document %d: %w", i+1, err)
		}
	}
	if len(docs) > 0 {
		w.Buf = append(w.Buf, "\n  "...)
	}
	w.Buf = append(w.Buf, "]\n}"...)
	return w.Buf, nil
}

// Decode decodes documents from JSON: a batch {"form":
// "documents", "documents": [...]}, or a single document object; either
// gives the documents in order.
//
// A document is a JSON object: "form" names its form and chooses the
// type ("disability" is a *Disability, "rehab_social" a *SocialRehab, …
// "expert_notice" an *ExpertNotice; see forms.Documents), then come
// "issuer" ({"region": {"kk", "ru"}, "unit": {"kk", "ru"}, "head"}) and
// "date", the date of issue. The person's fields stand at the top of the
// document (full_name, iin, birth_date, sex, address), and so do those of
// the term (term, from, until); a blank's series and number are "serial":
// {"series", "number"}, a reference to another document {"number",
// "date"}. Keys are the snake_case names of the fields, mostly the form's
// field keys; dates are strings "YYYY-MM-DD"; values of closed lists are
// their stable IDs, e.g. "group": "II" (forms.Groups and the other
// lists); a key left out or null is the zero value. {"form": "care",
// "blank": true}, with an optional "issuer", is a *Blank. JSONSchema
// describes each form.
//
// Decoding is strict: an unknown or repeated key, a value of the wrong
// type, a date not written YYYY-MM-DD and a value off a closed list are
// errors. Every problem is reported, each a *JSONError naming its path,
// e.g. "documents[3].iin" (documents counted from 0, as in JSON), joined
// with errors.Join; no message quotes a value. Decoding checks the shape
// only: call Validate for the content.
//
// When every document is an object of a known form but some of their
// values are wrong, Decode returns the documents as far as it could
// decode them (the wrong values left zero) with the error, so that a
// caller can validate them too and report every problem of the input at
// once; otherwise the documents are nil.
func Decode(data []byte) ([]Document, error) {
	ms, err := jsonrec.SplitTop(data)
	if err != nil {
		return nil, err
	}
	d := &jsonrec.Decoder{}
	raw, ok := jsonrec.MemberOf(ms, "form")
	if !ok {
		return nil, &JSONError{Path: "form", Err: ErrRequired}
	}
	if !d.Want("form", raw, "string") {
		return nil, d.Err()
	}
	if jsonrec.Unquote(raw) != BatchForm {
		if _, ok := codecs[jsonrec.Unquote(raw)]; !ok {
			return nil, &JSONError{Path: "form", Err: fmt.Errorf("%w: want %s or one of %s",
				ErrUnknownValue, BatchForm, strings.Join(documentList.IDs(), ", "))}
		}
		doc := decodeDoc(d, "", ms)
		if doc == nil {
			return nil, d.Err()
		}
		return []Document{doc}, d.Err()
	}
	var docs []Document
	var b batch
	batchRecord.DecodeFields(d, "", ms, &b)
	if _, ok := jsonrec.MemberOf(ms, "documents"); !ok {
		d.Fail("documents", ErrRequired)
	}
	whole := true
	for i, item := range b.items {
		path := "documents[" + strconv.Itoa(i) + "]"
		var doc Document
		if d.Want(path, item, "object") {
			doc = decodeDoc(d, path, jsonrec.Members(item))
		}
		whole = whole && doc != nil
		docs = append(docs, doc)
	}
	if !whole {
		return nil, d.Err()
	}
	return docs, d.Err()
}

// batch is a batch as decoded: its documents still raw.
type batch struct{ items [][]byte }

var batchRecord = &jsonrec.Record[batch]{Fields: []jsonrec.Field[batch]{
	{Key: "form", Required: true, Keep: true, Val: func(*batch) jsonrec.Value { return jsonrec.ConstVal{Lit: BatchForm} }},
	{Key: "documents", Required: true, Keep: true, Val: func(b *batch) jsonrec.Value { return jsonrec.RawListVal{P: &b.items} }},
}}

// jsonPath returns where a problem lies in the document's JSON encoding
// (see Decode): "documents[3].iin" for field iin of document 4 of a
// batch (item 4), "iin" for a document alone (item 0), "measures[1].until"
// for field "measures.2.until".
func jsonPath(item int, field string) string {
	var parts []string
	for i, p := range strings.Split(field, ".") {
		if n, err := strconv.Atoi(p); err == nil && i > 0 {
			parts[len(parts)-1] += "[" + strconv.Itoa(n-1) + "]"
			continue
		}
		if i == 0 && (p == "basis_injury" || p == "basis_disease") {
			p = "basis" // the key of the basis, whichever the cause
		}
		parts = append(parts, p)
	}
	path := strings.Join(parts, ".")
	if item > 0 {
		prefix := "documents[" + strconv.Itoa(item-1) + "]"
		if path == "" {
			return prefix
		}
		return prefix + "." + path
	}
	return path
}

// problemAt returns the validation error of field in the document form
// at item of a batch.
func problemAt(form string, item int, field string, err error) *ValidationError {
	return &ValidationError{Form: form, Entry: item, Field: field, Path: jsonPath(item, field), Err: err}
}

// The JSON methods of the document types.

func marshalDoc(doc Document) ([]byte, error) {
	if isNil(doc) {
		return []byte("null"), nil
	}
	w := &jsonrec.Writer{StdEscapes: true}
	if err := encodeDoc(w, doc); err != nil {
		return nil, err
	}
	return w.Buf, nil
}

// MarshalJSON returns the certificate's JSON encoding (see Decode).
func (d *Disability) MarshalJSON() ([]byte, error) { return marshalDoc(d) }

// UnmarshalJSON decodes the certificate from its JSON encoding, strictly
// (see Decode); d is unchanged on error.
func (d *Disability) UnmarshalJSON(data []byte) error {
	return jsonrec.Decode(disabilityRecord, data, d)
}

// MarshalJSON returns the extract's JSON encoding (see Decode).
func (d *SocialRehab) MarshalJSON() ([]byte, error) { return marshalDoc(d) }

// UnmarshalJSON decodes the extract from its JSON encoding, strictly (see
// the package function UnmarshalJSON); d is unchanged on error.
func (d *SocialRehab) UnmarshalJSON(data []byte) error {
	return jsonrec.Decode(socialRehabRecord, data, d)
}

// MarshalJSON returns the extract's JSON encoding (see Decode).
func (d *ProfessionalRehab) MarshalJSON() ([]byte, error) { return marshalDoc(d) }

// UnmarshalJSON decodes the extract from its JSON encoding, strictly (see
// the package function UnmarshalJSON); d is unchanged on error.
func (d *ProfessionalRehab) UnmarshalJSON(data []byte) error {
	return jsonrec.Decode(professionalRehabRecord, data, d)
}

// MarshalJSON returns the certificate's JSON encoding (see Decode).
func (d *GeneralCapacity) MarshalJSON() ([]byte, error) { return marshalDoc(d) }

// UnmarshalJSON decodes the certificate from its JSON encoding, strictly
// (see Decode); d is unchanged on error.
func (d *GeneralCapacity) UnmarshalJSON(data []byte) error {
	return jsonrec.Decode(generalCapacityRecord, data, d)
}

// MarshalJSON returns the certificate's JSON encoding (see Decode).
func (d *ProfessionalCapacity) MarshalJSON() ([]byte, error) { return marshalDoc(d) }

// UnmarshalJSON decodes the certificate from its JSON encoding, strictly
// (see Decode); d is unchanged on error.
func (d *ProfessionalCapacity) UnmarshalJSON(data []byte) error {
	return jsonrec.Decode(professionalCapacityRecord, data, d)
}

// MarshalJSON returns the extract's JSON encoding (see Decode).
func (d *ProfessionalCapacityExtract) MarshalJSON() ([]byte, error) { return marshalDoc(d) }

// UnmarshalJSON decodes the extract from its JSON encoding, strictly (see
// the package function UnmarshalJSON); d is unchanged on error.
func (d *ProfessionalCapacityExtract) UnmarshalJSON(data []byte) error {
	return jsonrec.Decode(professionalExtractRecord, data, d)
}

// MarshalJSON returns the conclusion's JSON encoding (see Decode).
func (d *CareConclusion) MarshalJSON() ([]byte, error) { return marshalDoc(d) }

// UnmarshalJSON decodes the conclusion from its JSON encoding, strictly
// (see Decode); d is unchanged on error.
func (d *CareConclusion) UnmarshalJSON(data []byte) error {
	return jsonrec.Decode(careRecord, data, d)
}

// MarshalJSON returns the notice's JSON encoding (see Decode).
func (d *FullRehabilitation) MarshalJSON() ([]byte, error) { return marshalDoc(d) }

// UnmarshalJSON decodes the notice from its JSON encoding, strictly (see
// the package function UnmarshalJSON); d is unchanged on error.
func (d *FullRehabilitation) UnmarshalJSON(data []byte) error {
	return jsonrec.Decode(fullRehabilitationRecord, data, d)
}

// MarshalJSON returns the notice's JSON encoding (see Decode).
func (d *ExpertNotice) MarshalJSON() ([]byte, error) { return marshalDoc(d) }

// UnmarshalJSON decodes the notice from its JSON encoding, strictly (see
// the package function UnmarshalJSON); d is unchanged on error.
func (d *ExpertNotice) UnmarshalJSON(data []byte) error {
	return jsonrec.Decode(expertNoticeRecord, data, d)
}

// MarshalJSON returns the blank's JSON encoding: {"form": "care",
// "blank": true}, with the issuer if set.
func (b *Blank) MarshalJSON() ([]byte, error) { return marshalDoc(b) }

// UnmarshalJSON decodes a blank from its JSON encoding, strictly; b is
// unchanged on error.
func (b *Blank) UnmarshalJSON(data []byte) error { return jsonrec.Decode(blankRecord, data, b) }
