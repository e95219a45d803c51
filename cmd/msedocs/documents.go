package main

import (
	"errors"
	"fmt"

	"github.com/msedocs/msedocs/forms"
)

// errDocuments is returned for the documents' forms until package
// certificate can decode them from JSON and print them blank.
var errDocuments = errors.New("documents: not available yet")

// documents is the family of the nine result documents of package
// certificate. They are listed; blank, render, schema and sample wait
// for the package's JSON encoding, blank forms and sample data, and plug
// in here.
type documents struct{}

func (documents) list() []formInfo {
	var out []formInfo
	for _, d := range forms.Documents() {
		title := d.Title.Fill(forms.Text{})
		out = append(out, formInfo{id: d.ID, kk: title.KK, ru: title.RU, source: d.Source.RU})
	}
	return out
}

func (documents) blank(id string, o *output) error {
	if o.pages != 0 {
		return usagef("-pages is for journals; %s is one page", id)
	}
	return fmt.Errorf("%s: %w", id, errDocuments)
}

func (documents) decode(data []byte) (filled, error) { return nil, errDocuments }

func (documents) schema(id string) ([]byte, error) {
	return nil, fmt.Errorf("%s: %w", id, errDocuments)
}

func (documents) sample(id string, n int, seed uint64) ([]byte, error) {
	return nil, fmt.Errorf("%s: %w", id, errDocuments)
}
