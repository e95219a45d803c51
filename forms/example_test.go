package forms_test

import (
	"fmt"

	"github.com/msedocs/msedocs/forms"
)

func ExampleJournals() {
	for _, j := range forms.Journals() {
		fmt.Printf("%s: Appendix %d, %d columns, %s\n", j.ID, j.Appendix, len(j.Columns), j.Orientation)
	}
	// Output:
	// journal1: Appendix 1, 8 columns, portrait
	// journal2: Appendix 2, 7 columns, portrait
	// journal3: Appendix 3, 7 columns, portrait
	// journal4: Appendix 4, 7 columns, portrait
	// journal5: Appendix 5, 6 columns, portrait
	// journal6: Appendix 6, 11 columns, landscape
}

func ExampleText_Fill() {
	title := forms.Journal2().Title.Fill(forms.Text{KK: "№ 2", RU: "№ 2"})
	fmt.Println(title.KK)
	fmt.Println(title.RU)
	// Output:
	// № 2 бөлімінің мүгедектік туралы анықтаманы беруді тіркеу журналы
	// Журнал регистрации выдачи справки об инвалидности отдела № 2
}
