package certificate

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/msedocs/msedocs/forms"
)

// The JSON encoding of the documents: see UnmarshalJSON. The tables below
// drive encoding, decoding, JSONSchema and ValidationError.JSONPath.

// BatchForm is the "form" of a batch: {"form": "documents", "documents":
// [...]}.
const BatchForm = "documents"

// The closed lists of the documents.
var (
	groupList        = enumOf(forms.Groups())
	causeList        = enumOf(forms.Causes())
	professionalList = enumOf(forms.ProfessionalCauses())
	termList         = enumOf(forms.Terms())
	sexList          = enumOf(forms.Sexes())
	careList         = enumOf(forms.CareKinds())
	examList         = enumOf(forms.ExamKinds())
	decisionList     = enumOf(forms.ExpertDecisions())
)

// Shared records.

var textRecord = &record[forms.Text]{inline: true, fields: []field[forms.Text]{
	{key: "kk", doc: "Kazakh.", val: func(t *forms.Text) jsonValue { return stringVal{&t.KK} }},
	{key: "ru", doc: "Russian.", val: func(t *forms.Text) jsonValue { return stringVal{&t.RU} }},
}}

var issuerRecord = &record[Issuer]{fields: []field[Issuer]{
	{key: "region", required: true, doc: "Fills the department line: kk «Астана қаласы», ru «городу Астана».",
		val: func(i *Issuer) jsonValue { return recordVal[forms.Text]{textRecord, &i.Region} }},
	{key: "unit", required: true, doc: "Names the МСЭ department: kk «№ 2 медициналық-әлеуметтік сараптама», ru «медико-социальной экспертизы № 2».",
		val: func(i *Issuer) jsonValue { return recordVal[forms.Text]{textRecord, &i.Unit} }},
	{key: "head", required: true, doc: "Full name of the head of the department, who signs.",
		val: func(i *Issuer) jsonValue { return stringVal{&i.Head} }},
}}

var serialRecord = &record[Serial]{inline: true, fields: []field[Serial]{
	{key: "series", required: true, doc: "Letters, e.g. «АБ».", val: func(s *Serial) jsonValue { return stringVal{&s.Series} }},
	{key: "number", required: true, doc: "Digits, e.g. «0012345».", val: func(s *Serial) jsonValue { return stringVal{&s.Number} }},
}}

var refRecord = &record[Ref]{inline: true, fields: []field[Ref]{
	{key: "number", required: true, val: func(r *Ref) jsonValue { return stringVal{&r.Number} }},
	{key: "date", required: true, val: func(r *Ref) jsonValue { return dateVal{&r.Date} }},
}}

var measureRecord = &record[Measure]{inline: true, fields: []field[Measure]{
	{key: "name", required: true, doc: "What is to be done.", val: func(m *Measure) jsonValue { return stringVal{&m.Name} }},
	{key: "until", required: true, doc: "Date by which it is to be done.", val: func(m *Measure) jsonValue { return dateVal{&m.Until} }},
	{key: "executor", required: true, doc: "Body that carries it out.", val: func(m *Measure) jsonValue { return stringVal{&m.Executor} }},
}}

// Shared fields.

func formField[T any](id string) field[T] {
	return field[T]{key: "form", required: true, keep: true, doc: "The form: " + id + ".",
		val: func(*T) jsonValue { return constVal{id} }}
}

// issueFields are the issuer and the date of issue.
func issueFields[T any](iss func(*T) *Issuer, date func(*T) *time.Time) []field[T] {
	return []field[T]{
		{key: "issuer", required: true, doc: "The МСЭ department that issues the document.",
			val: func(v *T) jsonValue { return recordVal[Issuer]{issuerRecord, iss(v)} }},
		{key: "date", required: true, doc: "Date of issue.", val: func(v *T) jsonValue { return dateVal{date(v)} }},
	}
}

func serialField[T any](key, doc string, p func(*T) *Serial) field[T] {
	return field[T]{key: key, required: true, doc: doc, val: func(v *T) jsonValue { return recordVal[Serial]{serialRecord, p(v)} }}
}

func refField[T any](key string, required bool, doc string, p func(*T) *Ref) field[T] {
	return field[T]{key: key, required: required, doc: doc, val: func(v *T) jsonValue { return recordVal[Ref]{refRecord, p(v)} }}
}

// personFields are the keys of Person, at the top of the document.
func personFields[T any](p func(*T) *Person, needAddress bool) []field[T] {
	addr := "Printed when given."
	if needAddress {
		addr = "Required: the notice may be sent by post."
	}
	return []field[T]{
		{key: "full_name", required: true, val: func(v *T) jsonValue { return stringVal{&p(v).FullName} }},
		{key: "iin", required: true, doc: "12 digits; must agree with birth_date and sex.", val: func(v *T) jsonValue { return stringVal{&p(v).IIN} }},
		{key: "birth_date", required: true, val: func(v *T) jsonValue { return dateVal{&p(v).BirthDate} }},
		{key: "sex", required: true, doc: "Not printed: checked against the IIN.", val: func(v *T) jsonValue { return enumVal[forms.Sex]{&p(v).Sex, sexList} }},
		{key: "address", required: needAddress, doc: addr, val: func(v *T) jsonValue { return stringVal{&p(v).Address} }},
	}
}

func enumField[T any, E ~string](key string, required bool, doc string, list *enum, p func(*T) *E) field[T] {
	return field[T]{key: key, required: required, doc: doc, val: func(v *T) jsonValue { return enumVal[E]{p(v), list} }}
}

// periodFields are the keys of Period, at the top of the document.
func periodFields[T any](p func(*T) *Period, required bool) []field[T] {
	return []field[T]{
		{key: "term", required: required, val: func(v *T) jsonValue { return enumVal[forms.Term]{&p(v).Term, termList} }},
		{key: "from", required: required, doc: "Date the term is counted from; not after the date of issue.",
			val: func(v *T) jsonValue { return dateVal{&p(v).From} }},
		{key: "until", doc: "End of the term: required for every term but «indefinite», which takes none.",
			val: func(v *T) jsonValue { return dateVal{&p(v).Until} }},
	}
}

// degreeFields are the keys of ProfessionalDegree.
func degreeFields[T any](p func(*T) *ProfessionalDegree) []field[T] {
	return append([]field[T]{
		refField("basis", true, "The act on the accident at work (work_injury) or the conclusion on the link of the disease with the profession (occupational_disease) the degree was set on.",
			func(v *T) *Ref { return &p(v).Basis }),
		{key: "degree", required: true, doc: "Per cent, 1 to 100.",
			val: func(v *T) jsonValue { return percentVal{&p(v).Degree, professionalMin, percentMax} }},
		enumField("cause", true, "", professionalList, func(v *T) *forms.Cause { return &p(v).Cause }),
	}, periodFields(func(v *T) *Period { return &p(v).Period }, true)...)
}

// docRecord makes the record of a document: form, issuer and date, then
// the document's own fields.
func docRecord[T any](id string, iss func(*T) *Issuer, date func(*T) *time.Time, own ...[]field[T]) *record[T] {
	fs := append([]field[T]{formField[T](id)}, issueFields(iss, date)...)
	for _, o := range own {
		fs = append(fs, o...)
	}
	return &record[T]{fields: fs}
}

// The documents.

var disabilityRecord = docRecord(forms.DocDisability,
	func(d *Disability) *Issuer { return &d.Issuer }, func(d *Disability) *time.Time { return &d.Date },
	[]field[Disability]{serialField("serial", "Series and number of the blank.", func(d *Disability) *Serial { return &d.Serial })},
	personFields(func(d *Disability) *Person { return &d.Person }, false),
	[]field[Disability]{
		enumField("group", true, "Must fit the person's age on the date of issue.", groupList, func(d *Disability) *forms.Group { return &d.Group }),
		enumField("cause", true, "", causeList, func(d *Disability) *forms.Cause { return &d.Cause }),
	},
	periodFields(func(d *Disability) *Period { return &d.Period }, true),
)

// rehabFields are the keys of Rehab.
func rehabFields[T any](r func(*T) *Rehab) []field[T] {
	return append(personFields(func(v *T) *Person { return &r(v).Person }, false),
		enumField("group", true, "The disability the programme was developed for; must fit the person's age.", groupList, func(v *T) *forms.Group { return &r(v).Group }),
		enumField("cause", true, "work_injury and occupational_disease print the whole part rather than an extract.", causeList, func(v *T) *forms.Cause { return &r(v).Cause }),
		refField("program", false, "The programme's number and date, when known.", func(v *T) *Ref { return &r(v).Program }),
		field[T]{key: "measures", required: true, doc: "At least one.",
			val: func(v *T) jsonValue { return listVal[Measure]{measureRecord, &r(v).Measures} }},
	)
}

var socialRehabRecord = docRecord(forms.DocSocialRehab,
	func(d *SocialRehab) *Issuer { return &d.Issuer }, func(d *SocialRehab) *time.Time { return &d.Date },
	rehabFields(func(d *SocialRehab) *Rehab { return (*Rehab)(d) }))

var professionalRehabRecord = docRecord(forms.DocProfessionalRehab,
	func(d *ProfessionalRehab) *Issuer { return &d.Issuer }, func(d *ProfessionalRehab) *time.Time { return &d.Date },
	rehabFields(func(d *ProfessionalRehab) *Rehab { return (*Rehab)(d) }))

var generalCapacityRecord = docRecord(forms.DocGeneralCapacity,
	func(d *GeneralCapacity) *Issuer { return &d.Issuer }, func(d *GeneralCapacity) *time.Time { return &d.Date },
	[]field[GeneralCapacity]{serialField("serial", "Series and number of the blank.", func(d *GeneralCapacity) *Serial { return &d.Serial })},
	personFields(func(d *GeneralCapacity) *Person { return &d.Person }, false),
	[]field[GeneralCapacity]{
		{key: "degree", required: true, doc: "Per cent, 30 to 100.",
			val: func(d *GeneralCapacity) jsonValue { return percentVal{&d.Degree, generalMin, percentMax} }},
		enumField("cause", true, "Any but the children's.", causeList, func(d *GeneralCapacity) *forms.Cause { return &d.Cause }),
	},
	periodFields(func(d *GeneralCapacity) *Period { return &d.Period }, true),
)

var professionalCapacityRecord = docRecord(forms.DocProfessionalCapacity,
	func(d *ProfessionalCapacity) *Issuer { return &d.Issuer }, func(d *ProfessionalCapacity) *time.Time { return &d.Date },
	[]field[ProfessionalCapacity]{serialField("serial", "Series and number of the blank.", func(d *ProfessionalCapacity) *Serial { return &d.Serial })},
	personFields(func(d *ProfessionalCapacity) *Person { return &d.Person }, false),
	degreeFields(func(d *ProfessionalCapacity) *ProfessionalDegree { return &d.ProfessionalDegree }),
)

var professionalExtractRecord = docRecord(forms.DocProfessionalCapacityExtract,
	func(d *ProfessionalCapacityExtract) *Issuer { return &d.Issuer }, func(d *ProfessionalCapacityExtract) *time.Time { return &d.Date },
	personFields(func(d *ProfessionalCapacityExtract) *Person { return &d.Person }, false),
	[]field[ProfessionalCapacityExtract]{
		serialField("certificate", "Series and number of the certificate extracted.", func(d *ProfessionalCapacityExtract) *Serial { return &d.Certificate }),
		refField("act", true, "The МСЭ act.", func(d *ProfessionalCapacityExtract) *Ref { return &d.Act }),
	},
	degreeFields(func(d *ProfessionalCapacityExtract) *ProfessionalDegree { return &d.ProfessionalDegree }),
	[]field[ProfessionalCapacityExtract]{
		{key: "recipient", doc: "Where the extract is to be presented; may be left out.",
			val: func(d *ProfessionalCapacityExtract) jsonValue { return stringVal{&d.Recipient} }},
	},
)

var careRecord = docRecord(forms.DocCare,
	func(d *CareConclusion) *Issuer { return &d.Issuer }, func(d *CareConclusion) *time.Time { return &d.Date },
	[]field[CareConclusion]{serialField("serial", "Series and number of the blank.", func(d *CareConclusion) *Serial { return &d.Serial })},
	personFields(func(d *CareConclusion) *Person { return &d.Person }, false),
	[]field[CareConclusion]{
		enumField("cause", true, "", professionalList, func(d *CareConclusion) *forms.Cause { return &d.Cause }),
		{key: "needs", required: true, doc: "The kinds of help and care needed: at least one, each once.",
			val: func(d *CareConclusion) jsonValue { return enumListVal[forms.CareKind]{&d.Needs, careList} }},
	},
	periodFields(func(d *CareConclusion) *Period { return &d.Period }, true),
)

var fullRehabilitationRecord = docRecord(forms.DocFullRehabilitation,
	func(d *FullRehabilitation) *Issuer { return &d.Issuer }, func(d *FullRehabilitation) *time.Time { return &d.Date },
	personFields(func(d *FullRehabilitation) *Person { return &d.Person }, true),
	[]field[FullRehabilitation]{
		{key: "exam_date", required: true, doc: "Not after the date of issue.",
			val: func(d *FullRehabilitation) jsonValue { return dateVal{&d.ExamDate} }},
		enumField("previous_group", true, "", groupList, func(d *FullRehabilitation) *forms.Group { return &d.PreviousGroup }),
		enumField("previous_cause", true, "", causeList, func(d *FullRehabilitation) *forms.Cause { return &d.PreviousCause }),
	},
)

var expertNoticeRecord = docRecord(forms.DocExpertNotice,
	func(d *ExpertNotice) *Issuer { return &d.Issuer }, func(d *ExpertNotice) *time.Time { return &d.Date },
	[]field[ExpertNotice]{
		{key: "addressee", required: true, doc: "The referring medical organisation.",
			val: func(d *ExpertNotice) jsonValue { return stringVal{&d.Addressee} }},
	},
	personFields(func(d *ExpertNotice) *Person { return &d.Person }, false),
	[]field[ExpertNotice]{
		refField("referral", true, "Valid for one month from signing: exam_date must fall within it.", func(d *ExpertNotice) *Ref { return &d.Referral }),
		enumField("exam", true, "", examList, func(d *ExpertNotice) *forms.ExamKind { return &d.Exam }),
		{key: "exam_date", required: true, doc: "Not after the date of issue.",
			val: func(d *ExpertNotice) jsonValue { return dateVal{&d.ExamDate} }},
		enumField("decision", true, "", decisionList, func(d *ExpertNotice) *forms.ExpertDecision { return &d.Decision }),
		enumField("group", false, "Only with decision «disabled», and then required.", groupList, func(d *ExpertNotice) *forms.Group { return &d.Group }),
		enumField("cause", false, "Only with decision «disabled», and then required.", causeList, func(d *ExpertNotice) *forms.Cause { return &d.Cause }),
	},
	periodFields(func(d *ExpertNotice) *Period { return &d.Period }, false),
	[]field[ExpertNotice]{
		{key: "duplicate", doc: "The copy given to the person: for decision «not_disabled» at a primary exam, and for «no_ipr_indications».",
			val: func(d *ExpertNotice) jsonValue { return boolVal{&d.Duplicate} }},
		{key: "defective_referral", doc: "Form № 31/у was filled in badly or without grounds: prints the statement.",
			val: func(d *ExpertNotice) jsonValue { return boolVal{&d.DefectiveReferral} }},
	},
)

// blankRecord is a blank of any document form.
var blankRecord = &record[Blank]{fields: []field[Blank]{
	{key: "form", required: true, keep: true, doc: "The form.", val: func(b *Blank) jsonValue { return formVal{&b.Document} }},
	{key: "blank", required: true, keep: true, doc: "Marks a blank: the form with ruled gaps, to be filled by hand.",
		val: func(*Blank) jsonValue { return constVal{true} }},
	{key: "issuer", doc: "Fills the department's lines; absent leaves them blank.",
		val: func(b *Blank) jsonValue { return recordVal[Issuer]{issuerRecord, &b.Issuer} }},
}}

// formVal is the form of a blank, by its ID.
type formVal struct{ p *forms.Document }

func (v formVal) zero() bool           { return v.p.ID == "" }
func (v formVal) encode(w *jsonWriter) { w.str(v.p.ID) }
func (v formVal) decode(d *jsonDecoder, path string, b []byte) {
	if s, ok := documentList.check(d, path, b); ok {
		*v.p, _ = forms.DocumentByID(s)
	}
}
func (v formVal) schema() object { return documentList.schema() }

// documentList is the closed list of the document forms.
var documentList = func() *enum {
	var opts []forms.Option
	for _, d := range forms.Documents() {
		opts = append(opts, forms.Option{ID: d.ID, Label: d.Title})
	}
	return enumOf(opts)
}()

// codec is the JSON encoding of one document type.
type codec interface {
	decode(d *jsonDecoder, path string, ms []jsonMember) Document
	// encode writes doc, if it is of the codec's type.
	encode(w *jsonWriter, doc Document) bool
	schema(form forms.Document) object
}

// docCodec is the codec of the document type T.
type docCodec[T any, P interface {
	*T
	Document
}] struct {
	rec *record[T]
}

func (c docCodec[T, P]) decode(d *jsonDecoder, path string, ms []jsonMember) Document {
	v := new(T)
	c.rec.decodeFields(d, path, ms, v)
	return P(v)
}

func (c docCodec[T, P]) encode(w *jsonWriter, doc Document) bool {
	p, ok := doc.(P)
	if ok {
		c.rec.encode(w, (*T)(p))
	}
	return ok
}

func (c docCodec[T, P]) schema(form forms.Document) object {
	return c.rec.schema(func(key string) string { return fieldLabel(form, key) })
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
func encodeDoc(w *jsonWriter, doc Document) error {
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
func decodeDoc(d *jsonDecoder, path string, ms []jsonMember) Document {
	raw, ok := memberOf(ms, "form")
	if !ok {
		d.fail(join(path, "form"), ErrRequired)
		return nil
	}
	id, ok := documentList.check(d, join(path, "form"), raw)
	if !ok {
		return nil
	}
	if _, ok := memberOf(ms, "blank"); ok {
		return blankCodec.decode(d, path, ms)
	}
	return codecs[id].decode(d, path, ms)
}

// MarshalJSON returns the documents as a batch in their JSON encoding
// (see UnmarshalJSON), indented: {"form": "documents", "documents":
// [...]}. The documents are not validated; a nil one is an error.
func MarshalJSON(docs ...Document) ([]byte, error) {
	w := &jsonWriter{b: make([]byte, 0, 1024*(len(docs)+1))}
	w.b = append(w.b, "{\n  \"form\": \""+BatchForm+"\",\n  \"documents\": ["...)
	w.indent = 2
	for i, doc := range docs {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		w.newline()
		if err := encodeDoc(w, doc); err != nil {
			return nil, fmt.Errorf("document %d: %w", i+1, err)
		}
	}
	if len(docs) > 0 {
		w.b = append(w.b, "\n  "...)
	}
	w.b = append(w.b, "]\n}"...)
	return w.b, nil
}

// UnmarshalJSON decodes documents from JSON: a batch {"form":
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
func UnmarshalJSON(data []byte) ([]Document, error) {
	ms, err := splitTop(data)
	if err != nil {
		return nil, err
	}
	d := &jsonDecoder{}
	raw, ok := memberOf(ms, "form")
	if !ok {
		return nil, &JSONError{Path: "form", Err: ErrRequired}
	}
	if !d.want("form", raw, "string") {
		return nil, d.err()
	}
	if unquote(raw) != BatchForm {
		if _, ok := codecs[unquote(raw)]; !ok {
			return nil, &JSONError{Path: "form", Err: fmt.Errorf("%w: want %s or one of %s",
				ErrUnknownValue, BatchForm, strings.Join(documentList.ids, ", "))}
		}
		doc := decodeDoc(d, "", ms)
		if err := d.err(); err != nil {
			return nil, err
		}
		return []Document{doc}, nil
	}
	var docs []Document
	var b batch
	batchRecord.decodeFields(d, "", ms, &b)
	if _, ok := memberOf(ms, "documents"); !ok {
		d.fail("documents", ErrRequired)
	}
	for i, item := range b.items {
		path := "documents[" + strconv.Itoa(i) + "]"
		if d.want(path, item, "object") {
			docs = append(docs, decodeDoc(d, path, members(item)))
		}
	}
	if err := d.err(); err != nil {
		return nil, err
	}
	return docs, nil
}

// batch is a batch as decoded: its documents still raw.
type batch struct{ items [][]byte }

var batchRecord = &record[batch]{fields: []field[batch]{
	{key: "form", required: true, keep: true, val: func(*batch) jsonValue { return constVal{BatchForm} }},
	{key: "documents", required: true, keep: true, val: func(b *batch) jsonValue { return rawListVal{&b.items} }},
}}

// rawListVal is an array whose items are decoded later.
type rawListVal struct{ p *[][]byte }

func (v rawListVal) zero() bool         { return len(*v.p) == 0 }
func (v rawListVal) encode(*jsonWriter) {}
func (v rawListVal) decode(d *jsonDecoder, path string, b []byte) {
	if d.want(path, b, "array") {
		*v.p = items(b)
	}
}
func (v rawListVal) schema() object { return object{{"type", "array"}} }

// JSONPath returns where the problem lies in the document's JSON encoding
// (see UnmarshalJSON): "documents[3].iin" for field iin of document 4 of
// a batch, "iin" for a document alone, "measures[1].until" for field
// "measures.2.until".
func (e *ValidationError) JSONPath() string {
	var parts []string
	for i, p := range strings.Split(e.Field, ".") {
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
	if e.Item > 0 {
		prefix := "documents[" + strconv.Itoa(e.Item-1) + "]"
		if path == "" {
			return prefix
		}
		return prefix + "." + path
	}
	return path
}

// The JSON methods of the document types.

func marshalDoc(doc Document) ([]byte, error) {
	if isNil(doc) {
		return []byte("null"), nil
	}
	w := &jsonWriter{}
	if err := encodeDoc(w, doc); err != nil {
		return nil, err
	}
	return w.b, nil
}

// unmarshalDoc decodes data, strictly, into v with rec; v is unchanged on
// error.
func unmarshalDoc[T any](rec *record[T], data []byte, v *T) error {
	ms, err := splitTop(data)
	if err != nil {
		return err
	}
	d := &jsonDecoder{}
	x := new(T)
	rec.decodeFields(d, "", ms, x)
	if err := d.err(); err != nil {
		return err
	}
	*v = *x
	return nil
}

// MarshalJSON returns the certificate's JSON encoding (see UnmarshalJSON).
func (d *Disability) MarshalJSON() ([]byte, error) { return marshalDoc(d) }

// UnmarshalJSON decodes the certificate from its JSON encoding, strictly
// (see the package function UnmarshalJSON); d is unchanged on error.
func (d *Disability) UnmarshalJSON(data []byte) error {
	return unmarshalDoc(disabilityRecord, data, d)
}

// MarshalJSON returns the extract's JSON encoding (see UnmarshalJSON).
func (d *SocialRehab) MarshalJSON() ([]byte, error) { return marshalDoc(d) }

// UnmarshalJSON decodes the extract from its JSON encoding, strictly (see
// the package function UnmarshalJSON); d is unchanged on error.
func (d *SocialRehab) UnmarshalJSON(data []byte) error {
	return unmarshalDoc(socialRehabRecord, data, d)
}

// MarshalJSON returns the extract's JSON encoding (see UnmarshalJSON).
func (d *ProfessionalRehab) MarshalJSON() ([]byte, error) { return marshalDoc(d) }

// UnmarshalJSON decodes the extract from its JSON encoding, strictly (see
// the package function UnmarshalJSON); d is unchanged on error.
func (d *ProfessionalRehab) UnmarshalJSON(data []byte) error {
	return unmarshalDoc(professionalRehabRecord, data, d)
}

// MarshalJSON returns the certificate's JSON encoding (see UnmarshalJSON).
func (d *GeneralCapacity) MarshalJSON() ([]byte, error) { return marshalDoc(d) }

// UnmarshalJSON decodes the certificate from its JSON encoding, strictly
// (see the package function UnmarshalJSON); d is unchanged on error.
func (d *GeneralCapacity) UnmarshalJSON(data []byte) error {
	return unmarshalDoc(generalCapacityRecord, data, d)
}

// MarshalJSON returns the certificate's JSON encoding (see UnmarshalJSON).
func (d *ProfessionalCapacity) MarshalJSON() ([]byte, error) { return marshalDoc(d) }

// UnmarshalJSON decodes the certificate from its JSON encoding, strictly
// (see the package function UnmarshalJSON); d is unchanged on error.
func (d *ProfessionalCapacity) UnmarshalJSON(data []byte) error {
	return unmarshalDoc(professionalCapacityRecord, data, d)
}

// MarshalJSON returns the extract's JSON encoding (see UnmarshalJSON).
func (d *ProfessionalCapacityExtract) MarshalJSON() ([]byte, error) { return marshalDoc(d) }

// UnmarshalJSON decodes the extract from its JSON encoding, strictly (see
// the package function UnmarshalJSON); d is unchanged on error.
func (d *ProfessionalCapacityExtract) UnmarshalJSON(data []byte) error {
	return unmarshalDoc(professionalExtractRecord, data, d)
}

// MarshalJSON returns the conclusion's JSON encoding (see UnmarshalJSON).
func (d *CareConclusion) MarshalJSON() ([]byte, error) { return marshalDoc(d) }

// UnmarshalJSON decodes the conclusion from its JSON encoding, strictly
// (see the package function UnmarshalJSON); d is unchanged on error.
func (d *CareConclusion) UnmarshalJSON(data []byte) error {
	return unmarshalDoc(careRecord, data, d)
}

// MarshalJSON returns the notice's JSON encoding (see UnmarshalJSON).
func (d *FullRehabilitation) MarshalJSON() ([]byte, error) { return marshalDoc(d) }

// UnmarshalJSON decodes the notice from its JSON encoding, strictly (see
// the package function UnmarshalJSON); d is unchanged on error.
func (d *FullRehabilitation) UnmarshalJSON(data []byte) error {
	return unmarshalDoc(fullRehabilitationRecord, data, d)
}

// MarshalJSON returns the notice's JSON encoding (see UnmarshalJSON).
func (d *ExpertNotice) MarshalJSON() ([]byte, error) { return marshalDoc(d) }

// UnmarshalJSON decodes the notice from its JSON encoding, strictly (see
// the package function UnmarshalJSON); d is unchanged on error.
func (d *ExpertNotice) UnmarshalJSON(data []byte) error {
	return unmarshalDoc(expertNoticeRecord, data, d)
}

// MarshalJSON returns the blank's JSON encoding: {"form": "care",
// "blank": true}, with the issuer if set.
func (b *Blank) MarshalJSON() ([]byte, error) { return marshalDoc(b) }

// UnmarshalJSON decodes a blank from its JSON encoding, strictly; b is
// unchanged on error.
func (b *Blank) UnmarshalJSON(data []byte) error { return unmarshalDoc(blankRecord, data, b) }
