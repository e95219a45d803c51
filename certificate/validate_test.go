package certificate_test

import (
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/msedocs/msedocs/certificate"
	"github.com/msedocs/msedocs/forms"
)

func contains(s, sub string) bool { return sub != "" && strings.Contains(s, sub) }

// problem is one expected validation error.
type problem struct {
	field string
	err   error
}

// problems lists the fields and errors of a joined validation error.
func problems(t *testing.T, err error) []problem {
	t.Helper()
	var out []problem
	j, ok := err.(interface{ Unwrap() []error })
	if !ok {
		t.Fatalf("err = %v, want a joined error", err)
	}
	for _, e := range j.Unwrap() {
		var ve *certificate.ValidationError
		if !errors.As(e, &ve) {
			t.Fatalf("%v is not a *ValidationError", e)
		}
		out = append(out, problem{ve.Field, ve.Err})
	}
	return out
}

func has(ps []problem, field string, err error) bool {
	for _, p := range ps {
		if p.field == field && errors.Is(p.err, err) {
			return true
		}
	}
	return false
}

func TestSamplesAreValid(t *testing.T) {
	for _, d := range all() {
		if err := d.Validate(nil); err != nil {
			t.Errorf("%s: %v", d.Form().ID, err)
		}
	}
}

// TestValidateReportsEverything breaks many fields of each document at
// once and expects every problem, named by document and field.
func TestValidateReportsEverything(t *testing.T) {
	tests := []struct {
		name  string
		doc   certificate.Document
		wants []problem
	}{
		{"disability", func() certificate.Document {
			d := disability()
			d.Issuer.Head = ""
			d.Serial.Number = "12A"
			d.Person.IIN = "850615401233"
			d.Group = "IV"
			d.Cause = ""
			d.Period.Until = d.Date
			d.Date = day(2030, 1, 1)
			return d
		}(), []problem{
			{"issuer.head", certificate.ErrRequired}, {"serial.number", certificate.ErrFormat},
			{"iin", certificate.ErrIINChecksum}, {"group", certificate.ErrUnknownValue},
			{"cause", certificate.ErrRequired}, {"until", certificate.ErrDateOrder},
			{"date", certificate.ErrFutureDate},
		}},
		{"disability child", func() certificate.Document {
			d := disability()
			d.Person = girl2006()
			d.Date = day(2012, 1, 10) // aged 5
			d.Period = certificate.Period{Term: forms.TermIndefinite, From: day(2012, 1, 10)}
			d.Cause = forms.CauseSinceChildhood
			return d
		}(), []problem{
			{"group", certificate.ErrAge}, {"cause", certificate.ErrAge}, {"term", certificate.ErrAge},
		}},
		{"general", func() certificate.Document {
			d := generalCapacity()
			d.Degree = 25
			d.Cause = forms.CauseChild7to18
			d.Period.Term = forms.TermIndefinite
			return d
		}(), []problem{
			{"degree", certificate.ErrRange}, {"cause", certificate.ErrNotApplicable}, {"until", certificate.ErrNotApplicable},
		}},
		{"professional", func() certificate.Document {
			d := professionalCapacity()
			d.Degree = 101
			d.Basis.Date = day(2025, 2, 1)
			d.Period.From = day(2025, 3, 1)
			return d
		}(), []problem{
			{"degree", certificate.ErrRange}, {"basis_injury.date", certificate.ErrDateOrder}, {"from", certificate.ErrDateOrder},
		}},
		{"extract", func() certificate.Document {
			d := professionalExtract()
			d.Cause = forms.CauseGeneralDisease
			d.Act = certificate.Ref{}
			d.Certificate = certificate.Serial{}
			return d
		}(), []problem{
			{"cause", certificate.ErrUnknownValue}, {"act.number", certificate.ErrRequired},
			{"act.date", certificate.ErrRequired}, {"certificate.series", certificate.ErrRequired},
			{"certificate.number", certificate.ErrRequired},
		}},
		{"care", func() certificate.Document {
			d := care()
			d.Needs = []forms.CareKind{forms.CareAttendance, "flying", forms.CareAttendance}
			return d
		}(), []problem{{"needs.2", certificate.ErrUnknownValue}, {"needs.3", certificate.ErrRepeated}}},
		{"rehab", func() certificate.Document {
			d := socialRehab()
			d.Measures[1].Until = day(2024, 1, 1)
			d.Measures[2].Executor = ""
			return d
		}(), []problem{{"measures.2.until", certificate.ErrDateOrder}, {"measures.3.executor", certificate.ErrRequired}}},
		{"full rehabilitation", func() certificate.Document {
			d := fullRehabilitation()
			d.Person.Address = ""
			d.ExamDate = day(2025, 2, 1)
			return d
		}(), []problem{{"address", certificate.ErrRequired}, {"exam_date", certificate.ErrDateOrder}}},
		{"expert notice", func() certificate.Document {
			d := expertNotice()
			d.Referral.Date = day(2024, 12, 1) // older than a month at the examination
			d.Exam = forms.ExamRepeat          // no duplicate at a re-examination
			d.Group = forms.GroupII
			return d
		}(), []problem{
			{"referral.date", certificate.ErrExpired}, {"duplicate", certificate.ErrNotApplicable},
			{"group", certificate.ErrNotApplicable},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.doc.Validate(nil)
			ps := problems(t, err)
			for _, w := range tc.wants {
				if !has(ps, w.field, w.err) {
					t.Errorf("missing %s: %v in\n%v", w.field, w.err, err)
				}
			}
			if len(ps) != len(tc.wants) {
				t.Errorf("%d problems, want %d:\n%v", len(ps), len(tc.wants), err)
			}
		})
	}
}

// TestBatchNamesTheDocument checks that a batch reports each problem with
// the document's position and form, and writes nothing.
func TestBatchNamesTheDocument(t *testing.T) {
	bad := generalCapacity()
	bad.Person.FullName = "Ким Ольга \U0001F600"
	var b strings.Builder
	err := certificate.WritePDF(&b, testOptions(), disability(), bad)
	var ve *certificate.ValidationError
	if !errors.As(err, &ve) || ve.Entry != 2 || ve.Form != forms.DocGeneralCapacity || ve.Field != "full_name" {
		t.Fatalf("err = %v, want document 2 (general_capacity): full_name", err)
	}
	if !strings.Contains(err.Error(), "U+1F600") || !strings.HasPrefix(err.Error(), "document 2 (general_capacity): full_name:") {
		t.Errorf("error %q does not name the place and the rune", err)
	}
	if b.Len() != 0 {
		t.Errorf("%d bytes written for an invalid batch", b.Len())
	}
	if err := certificate.WriteXLSX(io.Discard, testOptions(), bad); !errors.As(err, &ve) || ve.Entry != 0 {
		t.Errorf("WriteXLSX: err = %v, want a validation error", err)
	}
	if err := certificate.WritePDF(io.Discard, testOptions()); !errors.Is(err, certificate.ErrNoDocuments) {
		t.Errorf("no documents: err = %v", err)
	}
	var nilDoc *certificate.Disability
	if err := certificate.WritePDF(io.Discard, testOptions(), nilDoc); !errors.Is(err, certificate.ErrRequired) {
		t.Errorf("nil document: err = %v", err)
	}
}

// A document dated 20 January is valid from 00:00 on the 20th in Almaty
// (19:00 on the 19th in UTC), and in the future a minute before.
func TestIssueDateIsACalendarDayInTheZone(t *testing.T) {
	for _, c := range []struct {
		now    time.Time
		zone   *time.Location
		future bool
	}{
		{time.Date(2025, 1, 19, 19, 0, 0, 0, time.UTC), nil, false},
		{time.Date(2025, 1, 19, 18, 59, 0, 0, time.UTC), nil, true},
		{time.Date(2025, 1, 19, 19, 0, 0, 0, time.UTC), time.UTC, true},
	} {
		err := certificate.Validate(&certificate.Options{Now: c.now, Zone: c.zone}, expertNotice())
		if got := errors.Is(err, certificate.ErrFutureDate); got != c.future {
			t.Errorf("now %v, zone %v: future %v, want %v (%v)", c.now, c.zone, got, c.future, err)
		}
	}
}
