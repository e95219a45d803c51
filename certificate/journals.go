package certificate

import (
	"strings"
	"time"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/journal"
)

// Journals are the registers of Order No. 318 that an МСЭ department keeps
// of the documents it issues. Record adds to them:
//
//   - a certificate of disability: an entry of journal 2 and one blank
//     issued in journal 1, section A;
//   - a certificate of the degree of loss of general working capacity: an
//     entry of journal 3;
//   - a certificate of the degree of loss of professional working
//     capacity: an entry of journal 4 (forms.DocCertificate) and one blank
//     issued in journal 1, section B;
//   - the extract from it and from the МСЭ act: an entry of journal 4
//     (forms.DocExtract) under the certificate's series and number;
//   - a conclusion on the need for additional help and care: an entry of
//     journal 5.
//
// The other documents are not registered. In the ledger of blanks each
// issued blank is one entry: the unit is the issuing department and the
// recipient the person the certificate was issued to. Journal 1's opening
// balances and deliveries are the caller's to enter.
type Journals struct {
	// Stock is journal 1, the ledger of blanks, moved by every document issued on a blank.
	Stock journal.StockJournal
	// Disability is journal 2: certificates of disability.
	Disability journal.DisabilityJournal
	// GeneralCapacity is journal 3: certificates of loss of general working capacity.
	GeneralCapacity journal.GeneralCapacityJournal
	// ProfessionalCapacity is journal 4: certificates and extracts of loss of professional working capacity.
	ProfessionalCapacity journal.ProfessionalCapacityJournal
	// Care is journal 5: conclusions on the need for help and care.
	Care journal.CareJournal
	// Language is the language of what Record writes into the journals
	// as text: the unit in journal 1 and the kinds of care in journal 5.
	Language journal.Language
}

// NewJournals returns empty journals, each with the header h.
func NewJournals(h journal.Header) *Journals {
	j := &Journals{}
	j.Stock.Header = h
	j.Disability.Header = h
	j.GeneralCapacity.Header = h
	j.ProfessionalCapacity.Header = h
	j.Care.Header = h
	return j
}

// Record validates the documents and appends the entries of every one to
// the journals, in the order given (a journal wants its entries in date
// order). If any document is invalid it records nothing and returns all
// the problems.
func (j *Journals) Record(docs ...Document) error {
	r, err := resolve(nil)
	if err != nil {
		return err
	}
	if err := validateAll(docs, r); err != nil {
		return err
	}
	for _, d := range docs {
		d.record(j)
	}
	return nil
}

// List returns the journals in appendix order: 1, 2, 3, 4, 5.
func (j *Journals) List() []journal.Journal {
	return []journal.Journal{&j.Stock, &j.Disability, &j.GeneralCapacity, &j.ProfessionalCapacity, &j.Care}
}

func (j *Journals) pick(t forms.Text) string {
	if j.Language == journal.Kazakh && t.KK != "" {
		return t.KK
	}
	return t.RU
}

// stockEntry is one blank issued from the ledger.
func (j *Journals) stockEntry(form forms.Document, iss Issuer, date time.Time, series, recipient string) journal.StockEntry {
	return journal.StockEntry{
		Date: date, Series: series, Issued: 1,
		Unit: j.pick(form.Common.Unit.Fill(iss.Unit)), Recipient: recipient,
	}
}

func journalDisability(d *Disability, series string) journal.DisabilityEntry {
	return journal.DisabilityEntry{
		Date: d.Date, FullName: d.Person.FullName, Group: d.Group, Cause: d.Cause,
		Term: d.Period.Term, Until: d.Period.Until, Series: series,
	}
}

// careNeeds writes the kinds of care as one line of journal 5.
func (j *Journals) careNeeds(kinds []forms.CareKind) string {
	out := make([]string, 0, len(kinds))
	for _, k := range kinds {
		if t, ok := k.Label(); ok {
			out = append(out, j.pick(t))
		}
	}
	return strings.Join(out, ", ")
}
