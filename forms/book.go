package forms

// The wording every journal of Order No. 318 shares: Appendices 1–6 as
// amended by order No. 493 of 27.12.2024, transcribed in
// shared/forms/journals.md. Appendix 3 misspells «социальнй»; the correct
// word is printed, as in the other five appendices.
func book() Book {
	return Book{
		Ministry: Text{
			KK: "Қазақстан Республикасының Еңбек және халықты әлеуметтік қорғау министрлігі",
			RU: "Министерство труда и социальной защиты населения Республики Казахстан",
		},
		Department: Text{
			KK: "Халықты әлеуметтік қорғау саласындағы реттеу және бақылау комитетінің " + Slot + " бойынша департаменті",
			RU: "Департамент Комитета регулирования и контроля в сфере социальной защиты по " + Slot,
		},
		Started:   Text{KK: Slot + " басталды", RU: "начат " + Slot},
		Ended:     Text{KK: Slot + " аяқталды", RU: "окончен " + Slot},
		BlankDate: Text{KK: "20__ жылғы «__» ______", RU: "«__» ______ 20__ год"},
		Page:      Text{KK: "Бет", RU: "Лист"},
		// (reconstructed) not in the order: marks an entry carried over.
		Continued: Text{KK: "№ " + Slot + " жазбаның жалғасы", RU: "продолжение записи № " + Slot},
		// (reconstructed) the order does not speak of volumes.
		Volume:        Text{KK: "Том " + Slot, RU: "Том " + Slot},
		VolumeEntries: Text{KK: "№ " + Slot + " жазбалар", RU: "записи № " + Slot},
		Instruction: Text{
			RU: "Журнал до начала заполнения необходимо пронумеровать, прошнуровать и скрепить штампом и подписью заместителя руководителя.",
		},
		Certification: Certification{
			Heading:    Text{KK: "Нөмірленген және тігілген", RU: "Пронумеровано и прошнуровано"},
			CountBlank: "___________________ бет/листа ( ов)",
			CountHint:  "(жазбаша/прописью)",
			SheetKK:    "бет",
			SheetOne:   "лист",
			SheetFew:   "листа",
			SheetMany:  "листов",
			Signer:     Text{KK: "Басшының орынбасары", RU: "Заместитель руководителя."},
			SignatureHint: Text{
				KK: "(Тегi, аты, әкесiнiң аты (бар болса), қолы/",
				RU: "Фамилия, имя, отчество (при его наличии), подпись",
			},
			Date:      Slot + " жыл/год",
			DateBlank: "\"___\"____________20___ жыл/год",
			Seal:      "М.О./М.П.",
		},
		ClosingNote: Text{
			RU: "Все исправления, дополнения, изменения, внесенные в журнал, необходимо оговорить, скрепить подписью руководителя отдела и штампом.",
		},
		Months: [12]Text{
			{KK: "қаңтар", RU: "января"}, {KK: "ақпан", RU: "февраля"},
			{KK: "наурыз", RU: "марта"}, {KK: "сәуір", RU: "апреля"},
			{KK: "мамыр", RU: "мая"}, {KK: "маусым", RU: "июня"},
			{KK: "шілде", RU: "июля"}, {KK: "тамыз", RU: "августа"},
			{KK: "қыркүйек", RU: "сентября"}, {KK: "қазан", RU: "октября"},
			{KK: "қараша", RU: "ноября"}, {KK: "желтоқсан", RU: "декабря"},
		},
	}
}
