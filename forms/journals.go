package forms

import "strconv"

// Captions shared by several journals, as printed in Order No. 318.
var (
	capNo       = Text{KK: "№", RU: "№"}
	capDate     = Text{KK: "Күні", RU: "Дата"}
	capFullName = Text{KK: "Тегі, аты, әкесінің аты (бар болса)", RU: "Фамилия, имя, отчество (при его наличии)"}
	capSeries   = Text{KK: "Анықтаманың сериясы, №", RU: "Серия, № справки"}
	capSigned   = Text{KK: "Алушының қолы", RU: "Подпись получателя"}
	capUnit     = Text{KK: "Бөлім", RU: "Отдел"}
)

// source returns the citation of appendix n of Order No. 318.
func source(n int) Text {
	a := strconv.Itoa(n)
	return Text{
		// (reconstructed) Kazakh wording of the citation.
		KK: "Қазақстан Республикасы Премьер-Министрінің орынбасары – Еңбек және халықты әлеуметтік қорғау министрінің 2023 жылғы 28 шілдедегі № 318 бұйрығына " + a + "-қосымша (2024 жылғы 27 желтоқсандағы № 493 бұйрықтың редакциясында)",
		RU: "Приложение " + a + " к приказу Заместителя Премьер-Министра – Министра труда и социальной защиты населения Республики Казахстан от 28 июля 2023 года № 318 (в редакции приказа от 27 декабря 2024 года № 493)",
	}
}

// Journal IDs: the "form" of a journal's JSON, by appendix, named like
// the document IDs (DocDisability, …).
const (
	JournalStock                = "journal1" // Appendix 1, ledger of certificate blanks
	JournalDisability           = "journal2" // Appendix 2, certificates of disability
	JournalGeneralCapacity      = "journal3" // Appendix 3, loss of general working capacity
	JournalProfessionalCapacity = "journal4" // Appendix 4, loss of professional working capacity
	JournalCare                 = "journal5" // Appendix 5, conclusions on help and care
	JournalActs                 = "journal6" // Appendix 6, movement of МСЭ acts
)

// Journals returns the six journals of Order No. 318, Appendices 1–6, in
// appendix order.
func Journals() []Journal {
	return []Journal{Journal1(), Journal2(), Journal3(), Journal4(), Journal5(), Journal6()}
}

// JournalByID returns the journal form with the given ID ("journal1" …
// "journal6") and whether it exists.
func JournalByID(id string) (Journal, bool) {
	for _, j := range Journals() {
		if j.ID == id {
			return j, true
		}
	}
	return Journal{}, false
}

// Journal1 is the ledger of certificate blanks: «Журнал учета справок об
// инвалидности и степени утраты профессиональной трудоспособности».
// Order No. 318 of 28.07.2023, Appendix 1 (as amended by order No. 493 of
// 27.12.2024). Section B's column 3 reads «…справки об инвалидности» in the
// official text too; it is printed as is.
func Journal1() Journal {
	return Journal{
		ID:       JournalStock,
		Appendix: 1,
		Source:   source(1),
		Title: Text{
			KK: "Мүгедектік және кәсіптік еңбекке қабілеттіліктен айырылу дәрежесі туралы анықтамаларды есепке алу журналы",
			RU: "Журнал учета справок об инвалидности и степени утраты профессиональной трудоспособности отдела " + Slot,
		},
		Orientation: Portrait,
		Columns: []Column{
			{Num: 1, Key: "no", Caption: capNo, Width: 5, Kind: KindNumber},
			{Num: 2, Key: "date", Caption: capDate, Width: 10, Kind: KindDate},
			{Num: 3, Key: "series", Caption: Text{KK: "Мүгедектік туралы анықтаманың сериясы, №", RU: "Серия, № справки об инвалидности"}, Width: 14, Kind: KindText},
			{Num: 4, Key: "received", Caption: Text{KK: "Алынды", RU: "Получено"}, Width: 9, Kind: KindCount},
			{Num: 5, Key: "issued", Caption: Text{KK: "Берілді", RU: "Выдано"}, Width: 9, Kind: KindCount},
			{Num: 6, Key: "unit", Caption: capUnit, Width: 15, Kind: KindText},
			{Num: 7, Key: "recipient", Caption: Text{KK: "Алушының тегi, аты, әкесiнiң аты (бар болса), қолы", RU: "Фамилия, имя, отчество (при его наличии), подпись получателя"}, Width: 25, Kind: KindText},
			{Num: 8, Key: "balance", Caption: Text{KK: "Қалдық (саны)", RU: "Остаток (количество)"}, Width: 11, Kind: KindBalance},
		},
		Groups: []ColumnGroup{
			{Caption: Text{KK: "Саны", RU: "Количество"}, First: 4, Last: 5},
			{Caption: Text{KK: "Берілді", RU: "Выдано"}, First: 6, Last: 7},
		},
		Sections: []Section{
			{
				ID:      "A",
				Caption: Text{KK: "Мүгедектік туралы анықтамалардың қозғалысын есепке алу", RU: "Учет движения справок об инвалидности"},
				Pages:   "(" + Slot + " страница)", // the order: «(1 - 50 страница)»
				// (reconstructed) the order has no wording for it.
				Opening: Text{KK: "Бастапқы қалдық", RU: "Остаток на начало"},
			},
			{
				ID:      "B",
				Caption: Text{KK: "Кәсіптік еңбекке қабілеттіліктен айырылу дәрежесі туралы анықтамалардың қозғалысын есепке алу", RU: "Учет движения справок о степени утраты профессиональной трудоспособности"},
				Pages:   "(" + Slot + " страница)", // the order: «(50 - 100 страница)», overlapping A at 50
				Opening: Text{KK: "Бастапқы қалдық", RU: "Остаток на начало"},
			},
		},
		BlankPages: 100,
		Book:       book(),
	}
}

// issueColumns are the columns of journals 2–4: entry, date, name, two
// columns of the decision, the blank's series and number, the signature.
func issueColumns(c4, c5 Text, k4, k5 string, kind4 Kind) []Column {
	return []Column{
		{Num: 1, Key: "no", Caption: capNo, Width: 5, Kind: KindNumber},
		{Num: 2, Key: "date", Caption: capDate, Width: 10, Kind: KindDate},
		{Num: 3, Key: "full_name", Caption: capFullName, Width: 24, Kind: KindText},
		{Num: 4, Key: k4, Caption: c4, Width: 18, Kind: kind4},
		{Num: 5, Key: k5, Caption: c5, Width: 16, Kind: KindText},
		{Num: 6, Key: "series", Caption: capSeries, Width: 13, Kind: KindText},
		{Num: 7, Key: "signature", Caption: capSigned, Width: 13, Kind: KindSignature},
	}
}

// Journal2 is «Журнал регистрации выдачи справки об инвалидности».
// Order No. 318 of 28.07.2023, Appendix 2 (as amended by order No. 493 of
// 27.12.2024).
func Journal2() Journal {
	return Journal{
		ID:       JournalDisability,
		Appendix: 2,
		Source:   source(2),
		Title: Text{
			KK: Slot + " бөлімінің мүгедектік туралы анықтаманы беруді тіркеу журналы",
			RU: "Журнал регистрации выдачи справки об инвалидности отдела " + Slot,
		},
		Orientation: Portrait,
		Columns: issueColumns(
			Text{KK: "Мүгедектік тобы, себебі", RU: "Группа, причина инвалидности"},
			Text{KK: "Мүгедектік мерзімі", RU: "Срок инвалидности"},
			"group_cause", "term", KindText),
		BlankPages: 100,
		Book:       book(),
	}
}

// Journal3 is «Журнал регистрации выдачи справки о степени утраты общей
// трудоспособности». Order No. 318 of 28.07.2023, Appendix 3 (as amended
// by order No. 493 of 27.12.2024).
func Journal3() Journal {
	return Journal{
		ID:       JournalGeneralCapacity,
		Appendix: 3,
		Source:   source(3),
		Title: Text{
			KK: Slot + " бөлімінің Жалпы еңбекке қабілеттіліктен айырылу дәрежесі туралы анықтаманы беруді тіркеу журналы",
			RU: "Журнал регистрации выдачи справки о степени утраты общей трудоспособности отдела " + Slot,
		},
		Orientation: Portrait,
		Columns: issueColumns(
			Text{KK: "Жалпы еңбекке қабілеттіліктен айырылу дәрежесі", RU: "Степень утраты общей трудоспособности"},
			Text{KK: "Жалпы еңбекке қабілеттіліктен айырылу мерзімі", RU: "Срок утраты общей трудоспособности"},
			"degree", "term", KindText),
		BlankPages: 100,
		Book:       book(),
	}
}

// Journal4 is «Журнал регистрации выдачи справки о степени утраты
// профессиональной трудоспособности и выписки из справки о степени утраты
// профессиональной трудоспособности и акта медико-социальной экспертизы».
// Order No. 318 of 28.07.2023, Appendix 4 (as amended by order No. 493 of
// 27.12.2024).
func Journal4() Journal {
	return Journal{
		ID:       JournalProfessionalCapacity,
		Appendix: 4,
		Source:   source(4),
		Title: Text{
			KK: Slot + " бөлімінің Кәсіптік еңбекке қабілеттіліктен айырылу дәрежесі туралы анықтаманы және кәсіптік еңбекке қабілеттіліктен айырылу дәрежесі туралы анықтамадан және медициналық-әлеуметтік сараптама актісінен үзінді көшірмені беруді тіркеу журналы",
			RU: "Журнал регистрации выдачи справки о степени утраты профессиональной трудоспособности и выписки из справки о степени утраты профессиональной трудоспособности и акта медико-социальной экспертизы отдела " + Slot,
		},
		Orientation: Portrait,
		Columns: issueColumns(
			Text{KK: "Кәсіптік еңбекке қабілеттіліктен айырылу дәрежесі", RU: "Степень утраты профессиональной трудоспособности"},
			Text{KK: "Кәсіптік еңбекке қабілеттіліктен айырылу мерзімі", RU: "Срок утраты профессиональной трудоспособности"},
			"degree", "term", KindText),
		BlankPages: 100,
		Book:       book(),
	}
}

// Journal5 is «Журнал регистрации выдачи заключений о нуждаемости
// пострадавшего работника в дополнительных видах помощи и уходе». Order
// No. 318 of 28.07.2023, Appendix 5 (as amended by order No. 493 of
// 27.12.2024).
func Journal5() Journal {
	return Journal{
		ID:       JournalCare,
		Appendix: 5,
		Source:   source(5),
		Title: Text{
			KK: Slot + " бөлімінің зардап шеккен жұмыскердің қосымша көмек түрлеріне және күтімге мұқтаждығы туралы қорытындыларды беруді тіркеу журналы",
			RU: "Журнал регистрации выдачи заключений о нуждаемости пострадавшего работника в дополнительных видах помощи и уходе отдела " + Slot,
		},
		Orientation: Portrait,
		Columns: []Column{
			{Num: 1, Key: "no", Caption: capNo, Width: 5, Kind: KindNumber},
			{Num: 2, Key: "date", Caption: capDate, Width: 10, Kind: KindDate},
			{Num: 3, Key: "full_name", Caption: capFullName, Width: 25, Kind: KindText},
			{Num: 4, Key: "needs", Caption: Text{KK: "Қосымша көмек түрлеріне және күтімге мұқтаж", RU: "Нуждается в дополнительных видах помощи и уходе"}, Width: 30, Kind: KindText},
			{Num: 5, Key: "series", Caption: Text{KK: "Қорытындының сериясы, №", RU: "Серия, № заключения"}, Width: 15, Kind: KindText},
			{Num: 6, Key: "signature", Caption: capSigned, Width: 15, Kind: KindSignature},
		},
		BlankPages: 100,
		Book:       book(),
	}
}

// Journal6 is «Журнал учета движения актов медико-социальной экспертизы».
// Order No. 318 of 28.07.2023, Appendix 6 (as amended by order No. 493 of
// 27.12.2024). The official portrait page prints the table in two parts
// (columns 1–7, then 8–11); on A4 landscape all eleven fit side by side. The
// source runs column 9's Russian caption on into «подпись отправителя»,
// which belongs to column 10; column 9 ends at «Адрес».
func Journal6() Journal {
	return Journal{
		ID:       JournalActs,
		Appendix: 6,
		Source:   source(6),
		Title: Text{
			KK: Slot + " бөлімінің Медициналық-әлеуметтік сараптама актілерінің қозғалысын есепке алу журналы",
			RU: "Журнал учета движения актов медико-социальной экспертизы отдела " + Slot,
		},
		Orientation: Landscape,
		Columns: []Column{
			{Num: 1, Key: "no", Caption: capNo, Width: 4.5, Kind: KindNumber},
			{Num: 2, Key: "date", Caption: capDate, Width: 7, Kind: KindDate},
			{Num: 3, Key: "full_name", Caption: capFullName, Width: 14, Kind: KindText},
			{Num: 4, Key: "birth_date", Caption: Text{KK: "Туған күні", RU: "Дата рождения"}, Width: 7.5, Kind: KindDate},
			{Num: 5, Key: "unit", Caption: capUnit, Width: 9, Kind: KindText},
			{Num: 6, Key: "last_exam_date", Caption: Text{KK: "Соңғы куәландырылған күні", RU: "Дата последнего освидетельствования"}, Width: 11.5, Kind: KindDate},
			{Num: 7, Key: "conclusion", Caption: Text{KK: "Қорытынды (мүгедектік тобы, себебі, мерзімі, жалпы еңбекке қабілеттіліктен айырылу дәрежесі мен мерзімі, кәсіптік еңбекке қабілеттіліктен айырылу дәрежесі, себебі, мерзімі)", RU: "Заключение (группа, причина, срок инвалидности, степень и срок утраты общей трудоспособности, степень, причина, срок утраты профессиональной трудоспособности)"}, Width: 19, Kind: KindText},
			{Num: 8, Key: "basis", Caption: Text{KK: "Қандай құжаттың негізінде", RU: "На основании какого документа"}, Width: 10, Kind: KindText},
			{Num: 9, Key: "sent_to", Caption: Text{KK: "Кімге берілді, қайда жіберілді. Мекенжайы", RU: "Кому передано, куда направлено. Адрес"}, Width: 12, Kind: KindText},
			{Num: 10, Key: "sender", Caption: Text{KK: "Жіберушінің тегі, аты, әкесінің аты (бар болса), қолы", RU: "Фамилия, имя, отчество (при его наличии), подпись отправителя"}, Width: 10, Kind: KindText},
			{Num: 11, Key: "note", Caption: Text{KK: "Ескертпе", RU: "Примечание"}, Width: 6, Kind: KindText},
		},
		BlankPages: 100,
		Book:       book(),
	}
}
