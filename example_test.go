package msedocs_test

import (
	"fmt"

	"github.com/msedocs/msedocs"
)

// Decode reads any form's JSON and says which form it is.
func ExampleDecode() {
	for _, in := range []string{
		`{"form": "journal6", "blank": true, "pages": 10}`,
		`{"form": "documents", "documents": [{"form": "care", "blank": true}, {"form": "expert_notice", "blank": true}]}`,
		`{"form": "journal9"}`,
	} {
		rec, err := msedocs.Decode([]byte(in))
		switch {
		case err != nil:
			fmt.Println("error:", err)
		case rec.Journal != nil:
			fmt.Println(rec.Form, msedocs.Kind(rec.Form), rec.Journal.Form().ID)
		default:
			fmt.Println(rec.Form, msedocs.Kind(rec.Form), len(rec.Documents), "documents")
		}
	}
	// Output:
	// journal6 journal journal6
	// documents batch 2 documents
	// error: form: not on the closed list: want one of journal1, journal2, journal3, journal4, journal5, journal6, disability, rehab_social, rehab_professional, general_capacity, professional_capacity, professional_capacity_extract, care, full_rehabilitation, expert_notice, or documents for a batch of documents
}
