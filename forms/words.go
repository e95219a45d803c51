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
