package certificate_test

import (
	"errors"
	"io"
	"testing"

	"github.com/msedocs/msedocs/certificate"
	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/journal"
)

// TestJournals issues a batch of documents and checks the journal entries
// they make, and that those journals validate and print.
func TestJournals(t *testing.T) {
	h := journal.Header{
		Region:  forms.Text{KK: "Астана қаласы", RU: "городу Астана"},
		Unit:    forms.Text{KK: "№ 2", RU: "№ 2"},
		Started: day(2025, 1, 9),
	}
	js := certificate.NewJournals(h)
	js.Stock.Disability.Opening = 50
	js.Stock.Professional.Opening = 20
	second := disability()
	second.Serial.Number = "0012346"
	second.Person = man1985()
	second.Group = forms.GroupI
	second.Period = certificate.Period{Term: forms.TermIndefinite, From: day(2025, 1, 6)}
	if err := js.Record(append(all(), second)...); err != nil {
		t.Fatal(err)
	}

	if n := len(js.Disability.Entries); n != 2 {
		t.Fatalf("journal 2: %d entries, want 2", n)
	}
	e := js.Disability.Entries[0]
	if e.FullName != "Әбдірахманова Гүлнәр Серікқызы" || e.Group != forms.GroupII || e.Cause != forms.CauseGeneralDisease ||
		e.Term != forms.Term1Year || !e.Until.Equal(day(2026, 2, 1)) || e.Series != "АБ № 0012345" || !e.Date.Equal(day(2025, 1, 9)) {
		t.Errorf("journal 2 entry: %+v", e)
	}
	if g := js.GeneralCapacity.Entries; len(g) != 1 || g[0].Degree != 60 || g[0].Series != "ЖЕ № 0000815" {
		t.Errorf("journal 3: %+v", g)
	}
	p := js.ProfessionalCapacity.Entries
	if len(p) != 2 || p[0].Document != forms.DocCertificate || p[1].Document != forms.DocExtract ||
		p[0].Series != "ВГ № 0004567" || p[1].Series != p[0].Series || p[1].Degree != 45 {
		t.Errorf("journal 4: %+v", p)
	}
	if c := js.Care.Entries; len(c) != 1 || c[0].Series != "ҚК № 0000231" ||
		c[0].Needs != "постоянный посторонний уход, санаторно-курортное лечение, обеспечение лекарственными средствами" {
		t.Errorf("journal 5: %+v", c)
	}
	sa, sb := js.Stock.Disability.Entries, js.Stock.Professional.Entries
	if len(sa) != 2 || len(sb) != 1 || sa[0].Issued != 1 || sa[0].Series != "АБ № 0012345" ||
		sa[0].Unit != "отдел медико-социальной экспертизы № 2" || sa[0].Recipient != "Әбдірахманова Гүлнәр Серікқызы" ||
		sb[0].Series != "ВГ № 0004567" {
		t.Errorf("journal 1: A %+v, B %+v", sa, sb)
	}
	if bal := js.Stock.Disability.Balances(); bal[len(bal)-1] != 48 {
		t.Errorf("section A balance %v, want 48 left", bal)
	}
	for _, j := range js.List() {
		if err := j.Validate(nil); err != nil {
			t.Errorf("%s: %v", j.Form().ID, err)
		}
		if err := j.WritePDF(io.Discard, &journal.Options{Now: now}); err != nil {
			t.Errorf("%s: %v", j.Form().ID, err)
		}
	}

	// An invalid document records nothing.
	bad := care()
	bad.Serial = certificate.Serial{}
	before := len(js.Care.Entries)
	var ve *certificate.ValidationError
	if err := js.Record(disability(), bad); !errors.As(err, &ve) || ve.Entry != 2 {
		t.Errorf("err = %v, want document 2 invalid", err)
	}
	if len(js.Care.Entries) != before || len(js.Disability.Entries) != 2 {
		t.Errorf("entries recorded from an invalid batch")
	}

	// Kazakh text in the journals when asked.
	kk := certificate.NewJournals(h)
	kk.Language = journal.Kazakh
	if err := kk.Record(care()); err != nil {
		t.Fatal(err)
	}
	if got := kk.Care.Entries[0].Needs; got != "бөгде адамның тұрақты күтімі, санаторий-курорттық емделу, дәрі-дәрмекпен қамтамасыз ету" {
		t.Errorf("Kazakh needs: %q", got)
	}
}
