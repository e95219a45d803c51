package forms

// Words the journals print around values, as templates: Slot, or
// SlotDay, SlotMonth and SlotYear, take the value. Printing fills them in
// and reading a workbook back matches them, so changing the wording here
// changes both.
const (
	// UntilKK and UntilRU follow a term with the date it ends: kk
	// «09.01.2026 дейін», ru «до 09.01.2026».
	UntilKK = Slot + " дейін"
	UntilRU = "до " + Slot
	// LongDateKK and LongDateRU are a date of the journals' title lines
	// (begun, ended): kk «2025 жылғы «09» қаңтар», ru ««09» января 2025
	// год»; the month is a name of Book.Months.
	LongDateKK = SlotYear + " жылғы «" + SlotDay + "» " + SlotMonth
	LongDateRU = "«" + SlotDay + "» " + SlotMonth + " " + SlotYear + " год"
)

// Until returns the words that follow a term with its end date, in both
// languages: UntilKK and UntilRU.
func Until() Text { return Text{KK: UntilKK, RU: UntilRU} }

// LongDate returns the template of a date of the journals' title lines,
// in both languages: LongDateKK and LongDateRU.
func LongDate() Text { return Text{KK: LongDateKK, RU: LongDateRU} }

// Prompts are the input messages of a blank journal's workbook: what a
// person may type into a column that takes a date, a count, an entry
// number, a degree or a value of a list.
type Prompts struct {
	// Date is the prompt of a date column.
	Date Text
	// Count is the prompt of a count of blanks (journal 1).
	Count Text
	// Number is the prompt of the entry number, column 1.
	Number Text
	// Degree is the prompt of a per cent of capacity lost.
	Degree Text
	// List is the prompt of a column with a closed list.
	List Text
	// Term is the prompt of the term column, a list that also takes «до
	// <date>».
	Term Text
}

// InputPrompts returns the prompts of a blank journal's workbook.
func InputPrompts() Prompts {
	return Prompts{
		Date:   Text{KK: "Күні: кк.аа.жжжж", RU: "Дата: дд.мм.гггг"},
		Count:  Text{KK: "Бүтін сан, 0 немесе одан көп", RU: "Целое число, 0 или больше"},
		Number: Text{KK: "Жазбаның нөмірі", RU: "Номер записи"},
		Degree: Text{KK: "Дәрежесі, 0-ден 100-ге дейін пайыз", RU: "Степень, процентов от 0 до 100"},
		List:   Text{KK: "Тізімнен таңдаңыз", RU: "Выберите из списка"},
		Term:   Text{KK: "Тізімнен таңдаңыз; «дейін» үшін күнді жазыңыз", RU: "Выберите из списка; для «до» впишите дату"},
	}
}
