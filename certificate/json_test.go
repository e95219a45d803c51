package certificate_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/msedocs/msedocs/certificate"
	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/testkit"
)

// everyKind is one document of each kind, and the variants whose fields
// differ: the whole professional part, a notice with a disability, blanks.
func everyKind() []certificate.Document {
	blank, _ := certificate.NewBlank(forms.DocCare)
	return append(all(), fullProfessionalRehab(), disabledNotice(), blank,
		&certificate.Blank{Document: forms.DisabilityCertificate(), Issuer: issuer()})
}

// TestJSONRoundTrip encodes a batch of every kind of document and decodes
// it back unchanged.
func TestJSONRoundTrip(t *testing.T) {
	docs := everyKind()
	data, err := certificate.Encode(docs...)
	testkit.ValidJSON(t, data, err)
	back, err := certificate.Decode(data)
	if err != nil {
		t.Fatalf("UnmarshalJSON: %v", err)
	}
	if diff := cmp.Diff(docs, back); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	again, err := certificate.Encode(back...)
	if err != nil || string(again) != string(data) {
		t.Errorf("encoding the decoded batch differs (%v)", err)
	}
	for _, r := range "ӘҒҚҢӨҰҮҺІәғқңөұүһі" {
		if !strings.ContainsRune(string(data), r) {
			t.Errorf("%c escaped or lost in the JSON", r)
		}
	}
}

// TestJSONOneDocument encodes each document alone, with encoding/json and
// its own methods, and decodes it with UnmarshalJSON and with the type's
// method.
func TestJSONOneDocument(t *testing.T) {
	for _, d := range everyKind() {
		t.Run(d.Form().ID, func(t *testing.T) {
			data, err := json.Marshal(d)
			if err != nil {
				t.Fatal(err)
			}
			docs, err := certificate.Decode(data)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff([]certificate.Document{d}, docs); diff != "" {
				t.Errorf("UnmarshalJSON (-want +got):\n%s", diff)
			}
			// The type's UnmarshalJSON, through encoding/json.
			typed := newLike(d)
			if err := json.Unmarshal(data, typed); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(d, typed); diff != "" {
				t.Errorf("json.Unmarshal (-want +got):\n%s", diff)
			}
		})
	}
}

// newLike returns a new zero document of d's type.
func newLike(d certificate.Document) certificate.Document {
	switch d.(type) {
	case *certificate.Disability:
		return new(certificate.Disability)
	case *certificate.SocialRehab:
		return new(certificate.SocialRehab)
	case *certificate.ProfessionalRehab:
		return new(certificate.ProfessionalRehab)
	case *certificate.GeneralCapacity:
		return new(certificate.GeneralCapacity)
	case *certificate.ProfessionalCapacity:
		return new(certificate.ProfessionalCapacity)
	case *certificate.ProfessionalCapacityExtract:
		return new(certificate.ProfessionalCapacityExtract)
	case *certificate.CareConclusion:
		return new(certificate.CareConclusion)
	case *certificate.FullRehabilitation:
		return new(certificate.FullRehabilitation)
	case *certificate.ExpertNotice:
		return new(certificate.ExpertNotice)
	case *certificate.Blank:
		return new(certificate.Blank)
	}
	panic(fmt.Sprintf("no type %T", d))
}

// TestJSONEncoding pins the encoding of a certificate: keys in the form's
// order, the person and the term at the top, dates YYYY-MM-DD, IDs of the
// closed lists.
func TestJSONEncoding(t *testing.T) {
	data, err := certificate.Encode(disability())
	if err != nil {
		t.Fatal(err)
	}
	want := `{
  "form": "documents",
  "documents": [
    {
      "form": "disability",
      "issuer": {
        "region": {"kk": "Астана қаласы", "ru": "городу Астана"},
        "unit": {"kk": "№ 2 медициналық-әлеуметтік сараптама", "ru": "медико-социальной экспертизы № 2"},
        "head": "Сәрсенбаева Гүлнәр Қайратқызы"
      },
      "date": "2025-01-09",
      "serial": {"series": "АБ", "number": "0012345"},
      "full_name": "Әбдірахманова Гүлнәр Серікқызы",
      "iin": "850615401232",
      "birth_date": "1985-06-15",
      "sex": "female",
      "address": "Астана қ., Тәуелсіздік даңғылы, 12-45",
      "group": "II",
      "cause": "general_disease",
      "term": "1y",
      "from": "2025-01-06",
      "until": "2026-02-01"
    }
  ]
}`
	if diff := cmp.Diff(want, string(data)); diff != "" {
		t.Errorf("encoding (-want +got):\n%s", diff)
	}
	if data, _ := certificate.Encode(); string(data) != "{\n  \"form\": \"documents\",\n  \"documents\": []\n}" {
		t.Errorf("empty batch: %s", data)
	}
	if _, err := certificate.Encode(disability(), nil); err == nil {
		t.Errorf("a nil document encoded")
	}
}

// TestJSONErrors decodes bad input: every problem is reported, each naming
// its path, and no message quotes the input.
func TestJSONErrors(t *testing.T) {
	const doc = `"issuer": {"region": {"kk": "Астана қаласы", "ru": "городу Астана"}, "unit": {"kk": "№ 2", "ru": "№ 2"}, "head": "Сәрсенбаева Гүлнәр"}`
	tests := []struct {
		name, in string
		want     []string // path: message, in order
	}{
		{"empty", ``, []string{"not valid JSON: empty input"}},
		{"syntax", "{\"form\": \"documents\",\n \"documents\": [,]}", []string{"not valid JSON: line 2, column 16: invalid character ',' looking for beginning of value"}},
		{"array", `[{"form": "care"}]`, []string{"wrong type: want an object, got an array"}},
		{"no form", `{"documents": []}`, []string{"form: required"}},
		{"form not a string", `{"form": 7}`, []string{"form: wrong type: want a string, got a number"}},
		{"unknown form", `{"form": "passport", "full_name": "Қасымов Нұрлан"}`,
			[]string{"form: not on the closed list: want documents or one of disability, rehab_social, rehab_professional, general_capacity, professional_capacity, professional_capacity_extract, care, full_rehabilitation, expert_notice"}},
		{"batch", `{"form": "documents", "documents": {"form": "care"}, "owner": "Қасымов"}`,
			[]string{"documents: wrong type: want an array, got an object", "owner: unknown key"}},
		{"batch without documents", `{"form": "documents"}`, []string{"documents: required"}},
		{"items", `{"form": "documents", "documents": ["Қасымов Нұрлан", null, {"iin": "850615301236"}, {"form": "journal6"}]}`, []string{
			"documents[0]: wrong type: want an object, got a string",
			"documents[1]: wrong type: want an object, got null",
			"documents[2].form: required",
			"documents[3].form: not on the closed list: want one of disability, rehab_social, rehab_professional, general_capacity, professional_capacity, professional_capacity_extract, care, full_rehabilitation, expert_notice",
		}},
		{"fields", `{"form": "documents", "documents": [{"form": "disability", ` + doc + `, "date": "09.01.2025", "iin": 850615301236,
			"birth_date": "1985-02-30", "sex": "M", "group": "IV", "term": "forever", "until": null, "serial": "АБ 0012345", "nickname": "Нұрик"},
			{"form": "general_capacity", "degree": "60", "full_name": ["Ким", "Ольга"]},
			{"form": "professional_capacity", "degree": 45.5, "cause": "general_disease", "basis": {"number": 15, "date": "2024-11-12", "note": "x"}}]}`, []string{
			"documents[0].date: not a date YYYY-MM-DD",
			"documents[0].iin: wrong type: want a string, got a number",
			"documents[0].birth_date: not a date YYYY-MM-DD",
			"documents[0].sex: not on the closed list: want one of male, female",
			"documents[0].group: not on the closed list: want one of I, II, III, child, child_I, child_II, child_III",
			"documents[0].term: not on the closed list: want one of 6m, 1y, 2y, 5y, until, indefinite",
			"documents[0].serial: wrong type: want an object, got a string",
			"documents[0].nickname: unknown key",
			"documents[1].degree: wrong type: want a number, got a string",
			"documents[1].full_name: wrong type: want a string, got an array",
			"documents[2].degree: wrong type: want an integer",
			"documents[2].cause: not on the closed list: want one of work_injury, occupational_disease",
			"documents[2].basis.number: wrong type: want a string, got a number",
			"documents[2].basis.note: unknown key",
		}},
		{"lists", `{"form": "care", "needs": ["attendance", "flying", 3], "needs": [], "date": "2025-01-13", "date": "2025-01-14"}`, []string{
			"needs[1]: not on the closed list: want one of treatment, nutrition, medicines, prosthetics, attendance, sanatorium, transport, retraining, household, rehab_aids, medical_supply",
			"needs[2]: wrong type: want a string, got a number",
			"needs: duplicate key",
			"date: duplicate key",
		}},
		{"measures", `{"form": "rehab_social", "measures": [{"name": "Санаторно-курортное лечение", "until": "2025-13-01", "by": "Отдел"}, "Әлеуметтік бейімделу"]}`, []string{
			"measures[0].until: not a date YYYY-MM-DD",
			"measures[0].by: unknown key",
			"measures[1]: wrong type: want an object, got a string",
		}},
		{"flags", `{"form": "expert_notice", "duplicate": "yes", "exam": "third", "decision": "maybe"}`, []string{
			"duplicate: wrong type: want a boolean, got a string",
			"exam: not on the closed list: want one of primary, repeat",
			"decision: not on the closed list: want one of disabled, not_disabled, no_ipr_indications",
		}},
		{"blank", `{"form": "documents", "documents": [{"form": "care", "blank": false}, {"form": "care", "blank": true, "full_name": "Қасымов"}]}`, []string{
			"documents[0].blank: not on the closed list: want true",
			"documents[1].full_name: unknown key",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			docs, err := certificate.Decode([]byte(tc.in))
			if err == nil {
				t.Fatalf("no error; decoded %d documents", len(docs))
			}
			if docs != nil {
				t.Errorf("documents returned with an error")
			}
			var got []string
			for _, e := range leafErrors(err) {
				var je *certificate.JSONError
				if !errors.As(e, &je) {
					t.Errorf("%v is not a *JSONError", e)
				}
				got = append(got, e.Error())
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("errors (-want +got):\n%s", diff)
			}
			for _, secret := range []string{"Қасымов", "Нұрлан", "850615301236", "09.01.2025", "Нұрик", "passport", "flying", "forever", "2025-13-01", "Отдел", "АБ 0012345", "Ольга"} {
				if strings.Contains(err.Error(), secret) {
					t.Errorf("error discloses %q: %v", secret, err)
				}
			}
		})
	}
}

func leafErrors(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, leafErrors(e)...)
		}
		return out
	}
	return []error{err}
}

// TestJSONTypedForm decodes a document into a type of another form.
func TestJSONTypedForm(t *testing.T) {
	data, _ := json.Marshal(care())
	d := disability()
	err := json.Unmarshal(data, d)
	var je *certificate.JSONError
	if !errors.As(err, &je) || je.Path != "form" || !errors.Is(err, certificate.ErrUnknownValue) {
		t.Fatalf("err = %v, want form: not on the closed list", err)
	}
	if diff := cmp.Diff(disability(), d); diff != "" {
		t.Errorf("a failed decoding changed the document:\n%s", diff)
	}
}

// TestJSONPath maps validation errors of decoded documents to the paths of
// their JSON.
func TestJSONPath(t *testing.T) {
	tests := []struct {
		item  int
		field string
		want  string
	}{
		{0, "iin", "iin"},
		{4, "iin", "documents[3].iin"},
		{1, "issuer.region.kk", "documents[0].issuer.region.kk"},
		{0, "measures.2.until", "measures[1].until"},
		{2, "needs.1", "documents[1].needs[0]"},
		{0, "basis_injury.number", "basis.number"},
		{0, "basis_disease.date", "basis.date"},
		{3, "", "documents[2]"},
		{0, "serial.series", "serial.series"},
	}
	for _, tc := range tests {
		if got := certificate.JSONPathOf(tc.item, tc.field); got != tc.want {
			t.Errorf("item %d field %q: JSONPath = %q, want %q", tc.item, tc.field, got, tc.want)
		}
	}

	// Every problem of a decoded document has a path that its JSON has or
	// may have: a key of the schema.
	d := professionalCapacity()
	d.Person.IIN = "850615301237"
	d.Basis.Number = ""
	d.Period.Until = d.Date
	err := d.Validate(nil)
	var paths []string
	for _, e := range leafErrors(err) {
		var ve *certificate.ValidationError
		if errors.As(e, &ve) {
			paths = append(paths, ve.JSONPath())
		}
	}
	slices.Sort(paths)
	if want := []string{"basis.number", "iin", "until"}; !slices.Equal(paths, want) {
		t.Errorf("paths %v, want %v", paths, want)
	}
}

// TestJSONSchema checks each form's schema: JSON, with every form under
// $defs, and with every key each sample document's encoding uses.
func TestJSONSchema(t *testing.T) {
	for _, f := range forms.Documents() {
		data, err := certificate.JSONSchema(f.ID)
		if err != nil {
			t.Fatal(err)
		}
		var s struct {
			Schema string                     `json:"$schema"`
			OneOf  []map[string]any           `json:"oneOf"`
			Defs   map[string]json.RawMessage `json:"$defs"`
		}
		if err := json.Unmarshal(data, &s); err != nil {
			t.Fatalf("%s: %v", f.ID, err)
		}
		if s.Schema != "https://json-schema.org/draft/2020-12/schema" || len(s.OneOf) != 3 || len(s.Defs) != 10 {
			t.Errorf("%s: schema %q, %d choices, %d definitions", f.ID, s.Schema, len(s.OneOf), len(s.Defs))
		}
		if s.OneOf[0]["$ref"] != "#/$defs/"+f.ID {
			t.Errorf("%s: first choice %v", f.ID, s.OneOf[0])
		}
	}
	data, _ := certificate.JSONSchema(forms.DocCare)
	var s struct {
		Defs map[string]struct {
			Properties map[string]json.RawMessage `json:"properties"`
			Required   []string                   `json:"required"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatal(err)
	}
	for _, d := range everyKind() {
		id := d.Form().ID
		if _, ok := d.(*certificate.Blank); ok {
			id = "blank"
		}
		def := s.Defs[id]
		raw, _ := json.Marshal(d)
		var keys map[string]json.RawMessage
		json.Unmarshal(raw, &keys)
		for k := range keys {
			if _, ok := def.Properties[k]; !ok {
				t.Errorf("%s: key %q not in the schema", id, k)
			}
		}
		for _, k := range def.Required {
			if _, ok := keys[k]; !ok && id != "blank" {
				t.Errorf("%s: required key %q not in the sample", id, k)
			}
		}
	}
	if _, err := certificate.JSONSchema("journal6"); !errors.Is(err, certificate.ErrUnknownValue) {
		t.Errorf("JSONSchema(journal6) = %v", err)
	}
}

// TestValidateBatch validates a batch at once: the problems of each
// document carry its position, which gives their JSON paths.
func TestValidateBatch(t *testing.T) {
	good, bad := care(), care()
	bad.Needs = nil
	worse := disability()
	worse.Person.IIN = "850615401233"
	err := certificate.Validate(testOptions(), good, bad, worse)
	var paths []string
	for _, e := range leafErrors(err) {
		var ve *certificate.ValidationError
		if !errors.As(e, &ve) {
			t.Fatalf("%v is not a *ValidationError", e)
		}
		paths = append(paths, ve.JSONPath()+": "+ve.Error())
	}
	want := []string{
		"documents[1].needs: document 2 (care): needs: required",
		"documents[2].iin: document 3 (disability): iin: IIN check digit does not match",
	}
	if diff := cmp.Diff(want, paths); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	if err := certificate.Validate(testOptions(), all()...); err != nil {
		t.Errorf("the samples: %v", err)
	}
	if err := certificate.Validate(nil); !errors.Is(err, certificate.ErrNoDocuments) {
		t.Errorf("no documents: %v", err)
	}
}
