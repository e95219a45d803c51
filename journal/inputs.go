package journal

import (
	"time"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/layout"
)

// What may be typed into the empty ruled rows of a blank journal, where
// the law gives a type or a closed list: each column of a field table
// says it (column.input), and the composer puts it on the table's
// columns, so that the layout gives it to every empty ruled cell and a
// workbook checks what is typed there.

// inputTables are the field tables by journal form ID.
var inputTables = map[string]interface {
	inputs(lang Language) []*layout.Input
	running() []*layout.Running
}{
	forms.JournalStock:                stockTable,
	forms.JournalDisability:           disabilityTable,
	forms.JournalGeneralCapacity:      generalCapacityTable,
	forms.JournalProfessionalCapacity: professionalCapacityTable,
	forms.JournalCare:                 careTable,
	forms.JournalActs:                 actTable,
}

// setInputs gives the columns of spec what may be typed into the empty
// ruled rows of the journal form id, and the running value (journal 1's
// balance) they compute once filled.
func setInputs(spec *layout.TableSpec, id string, lang Language) {
	t, ok := inputTables[id]
	if !ok {
		return
	}
	for i, in := range t.inputs(lang) {
		if i < len(spec.Columns) {
			spec.Columns[i].Input = in
		}
	}
	for i, r := range t.running() {
		if i < len(spec.Columns) {
			spec.Columns[i].Running = r
		}
	}
}

func dateInput(Language) *layout.Input {
	return &layout.Input{Kind: layout.InputDate, Strict: true, Prompt: forms.InputPrompts().Date.Join()}
}

func countInput(Language) *layout.Input {
	return &layout.Input{Kind: layout.InputWhole, Max: 1_000_000_000, Strict: true, Prompt: forms.InputPrompts().Count.Join()}
}

func numberInput(Language) *layout.Input {
	return &layout.Input{Kind: layout.InputWhole, Min: 1, Max: 1_000_000_000, Strict: true, Prompt: forms.InputPrompts().Number.Join()}
}

func degreeInput(Language) *layout.Input {
	return &layout.Input{Kind: layout.InputWhole, Max: 100, Strict: true, Prompt: forms.InputPrompts().Degree.Join()}
}

// groupCauseInput offers every group with every cause, as column 4 of
// journal 2 prints them.
func groupCauseInput(lang Language) *layout.Input {
	var list []string
	for _, g := range forms.Groups() {
		for _, cs := range forms.Causes() {
			list = append(list, pick(g.Label, lang)+", "+pick(cs.Label, lang))
		}
	}
	return &layout.Input{Kind: layout.InputList, List: list, Strict: true, Prompt: forms.InputPrompts().List.Join()}
}

// termInput offers the terms; not strictly, since «до …» takes a date
// the list cannot hold.
func termInput(lang Language) *layout.Input {
	var list []string
	for _, t := range forms.Terms() {
		list = append(list, termText(forms.Term(t.ID), time.Time{}, lang))
	}
	return &layout.Input{Kind: layout.InputList, List: list, Prompt: forms.InputPrompts().Term.Join()}
}
