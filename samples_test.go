package msedocs_test

import (
	"github.com/msedocs/msedocs/certificate"
	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/sample"
	"github.com/msedocs/msedocs/journal"
)

func journalIDs() []string {
	var out []string
	for _, f := range forms.Journals() {
		out = append(out, f.ID)
	}
	return out
}

func documentIDs() []string {
	var out []string
	for _, f := range forms.Documents() {
		out = append(out, f.ID)
	}
	return out
}

// sampleJSON returns synthetic JSON of the form, as msedocs sample
// writes it.
func sampleJSON(id string) ([]byte, error) {
	g := sample.New(1)
	if _, ok := forms.JournalByID(id); ok {
		j, err := g.Journal(id, 3)
		if err != nil {
			return nil, err
		}
		return journal.Encode(j)
	}
	docs, err := g.Documents(id, 2)
	if err != nil {
		return nil, err
	}
	return certificate.Encode(docs...)
}
