package sample_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/msedocs/msedocs/certificate"
	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/sample"
)

// TestDocumentsAreValid makes documents of every form with several seeds:
// every one passes Validate (IIN against birth date and sex, groups and
// causes against the age, dates in order), and the same seed gives the
// same documents.
func TestDocumentsAreValid(t *testing.T) {
	for _, f := range forms.Documents() {
		t.Run(f.ID, func(t *testing.T) {
			var text strings.Builder
			for seed := range uint64(4) {
				docs, err := sample.New(seed).Documents(f.ID, 40)
				if err != nil {
					t.Fatal(err)
				}
				if len(docs) != 40 {
					t.Fatalf("%d documents, want 40", len(docs))
				}
				for i, d := range docs {
					if d.Form().ID != f.ID {
						t.Fatalf("document %d is %s", i+1, d.Form().ID)
					}
				}
				if err := certificate.Validate(nil, docs...); err != nil {
					t.Errorf("seed %d: %v", seed, err)
				}
				data, err := certificate.Encode(docs...)
				if err != nil {
					t.Fatal(err)
				}
				again, _ := sample.New(seed).Documents(f.ID, 40)
				if data2, _ := certificate.Encode(again...); string(data2) != string(data) {
					t.Errorf("seed %d gives other documents the second time", seed)
				}
				text.Write(data)
			}
			if !regexp.MustCompile(`[ӘҒҚҢӨҰҮҺІ]`).MatchString(text.String()) || !regexp.MustCompile(`[әғқңөұүһі]`).MatchString(text.String()) {
				t.Errorf("no Kazakh letters in the names")
			}
		})
	}
}

// TestDocumentsVary checks that the documents are not all alike: the
// children's groups, the decisions of the notices and the sexes all show.
func TestDocumentsVary(t *testing.T) {
	seen := map[string]bool{}
	g := sample.New(7)
	for _, id := range []string{forms.DocDisability, forms.DocExpertNotice} {
		docs, err := g.Documents(id, 300)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range docs {
			switch d := d.(type) {
			case *certificate.Disability:
				seen["group "+string(d.Group)] = true
				seen["sex "+string(d.Person.Sex)] = true
				seen["term "+string(d.Period.Term)] = true
			case *certificate.ExpertNotice:
				seen["decision "+string(d.Decision)] = true
				seen[fmt.Sprint("duplicate ", d.Duplicate)] = true
			}
		}
	}
	for _, want := range []string{"group I", "group III", "group child", "group child_II", "sex male", "sex female", "term indefinite", "term until",
		"decision disabled", "decision not_disabled", "decision no_ipr_indications", "duplicate true", "duplicate false"} {
		if !seen[want] {
			t.Errorf("no %s among 300 documents", want)
		}
	}
}

func TestDocumentsErrors(t *testing.T) {
	if _, err := sample.New(1).Documents("journal6", 3); err == nil {
		t.Errorf("documents of journal6")
	}
	if _, err := sample.New(1).Documents(forms.DocCare, -1); err == nil {
		t.Errorf("-1 documents")
	}
	if docs, err := sample.New(1).Documents(forms.DocCare, 0); err != nil || len(docs) != 0 {
		t.Errorf("0 documents: %d, %v", len(docs), err)
	}
}
