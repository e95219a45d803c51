package forms

// The nine result documents of the МСЭ state service, as listed in item 5
// of the standard (Order No. 60 of 03.03.2021, Appendix 2-1 to the МСЭ
// rules; shared/seeds/000_2f57e433e2a70368.txt), with what is known of
// their wording (shared/forms/documents.md). Their official blanks are
// approved by an order that is not among the sources, so every layout
// here is modelled on the rules. Official names of documents 1, 4, 5, 6
// and 7 and the register captions are from Order No. 318; the act's items
// quoted in documents.md give the «… дейін» / «… зачтен с» lines. The rest
// is marked (reconstructed). The Russian wording follows the terminology of
// Order No. 60 («инвалид»); Law No. 129-VII of 27.06.2022 has since
// replaced «мүгедек» with «мүгедектігі бар адам», which the official
// blanks may already use.

// Document IDs.
const (
	DocDisability                  = "disability"
	DocSocialRehab                 = "rehab_social"
	DocProfessionalRehab           = "rehab_professional"
	DocGeneralCapacity             = "general_capacity"
	DocProfessionalCapacity        = "professional_capacity"
	DocProfessionalCapacityExtract = "professional_capacity_extract"
	DocCare                        = "care"
	DocFullRehabilitation          = "full_rehabilitation"
	DocExpertNotice                = "expert_notice"
)

// Documents returns the forms of the nine result documents in the order
// the standard lists them.
func Documents() []Document {
	return []Document{
		DisabilityCertificate(), SocialRehabExtract(), ProfessionalRehabExtract(),
		GeneralCapacityCertificate(), ProfessionalCapacityCertificate(), ProfessionalCapacityExtract(),
		CareConclusion(), FullRehabilitationNotice(), ExpertNotice(),
	}
}

// DocumentByID returns the document form with the given ID and whether it
// exists.
func DocumentByID(id string) (Document, bool) {
	for _, d := range Documents() {
		if d.ID == id {
			return d, true
		}
	}
	return Document{}, false
}

// documentBook is the wording every document shares. The ministry and
// department lines are those of the journals (Order No. 318); printing
// them on the documents, the unit line, the series line, the signature of
// the head of the department and the place of the seal are
// (reconstructed).
func documentBook() DocumentBook {
	bk := book()
	return DocumentBook{
		FormMark:   Text{KK: "Нысан", RU: "Форма"},
		Ministry:   bk.Ministry,
		Department: bk.Department,
		Unit:       Text{KK: Slot + " бөлімі", RU: "отдел " + Slot},
		Duplicate:  Text{KK: "Телнұсқа", RU: "Дубликат"},
		Serial:     Text{KK: "Сериясы", RU: "Серия"},
		Number:     "№",
		Date:       Text{KK: SlotYear + " жылғы «" + SlotDay + "» " + SlotMonth, RU: "«" + SlotDay + "» " + SlotMonth + " " + SlotYear + " г."},
		Months:     bk.Months,
		MonthsDative: [12]string{"қаңтарға", "ақпанға", "наурызға", "сәуірге", "мамырға", "маусымға",
			"шілдеге", "тамызға", "қыркүйекке", "қазанға", "қарашаға", "желтоқсанға"},
		MonthsAblative: [12]string{"қаңтардан", "ақпаннан", "наурыздан", "сәуірден", "мамырдан", "маусымнан",
			"шілдеден", "тамыздан", "қыркүйектен", "қазаннан", "қарашадан", "желтоқсаннан"},
		IssuedOn:      Text{KK: "Берілген күні: " + Slot, RU: "Дата выдачи: " + Slot},
		Head:          Text{KK: "Бөлім басшысы", RU: "Руководитель отдела"},
		SignatureLine: "_________________________",
		SignatureHint: "(қолы / подпись)",
		Seal:          "М.О./М.П.",
		Percent:       Slot + " %",
		Batch:         Text{KK: "Медициналық-әлеуметтік сараптама құжаттары", RU: "Документы медико-социальной экспертизы"},
		Verify:        VerifyMark{Place: PlaceSignature, Width: 20, CaptionWidth: 48},
	}
}

// standard cites item 5 of the standard with the case in which the
// document is issued. The Kazakh citation is (reconstructed).
func standard(when Text) Text {
	return Text{
		KK: "«Мүгедектікті және (немесе) еңбекке қабілеттіліктен айырылу дәрежесін белгілеу және (немесе) әлеуметтік қорғаудың қажетті шараларын айқындау» мемлекеттік көрсетілетін қызмет стандарты (Медициналық-әлеуметтік сараптама жүргізу қағидаларына 2-1-қосымша, 2021 жылғы 3 наурыздағы № 60 бұйрықтың редакциясында), 5-тармақ: " + when.KK,
		RU: "Стандарт государственной услуги «Установление инвалидности и/или степени утраты трудоспособности и/или определение необходимых мер социальной защиты» (приложение 2-1 к Правилам проведения медико-социальной экспертизы, в редакции приказа от 3 марта 2021 года № 60), пункт 5: " + when.RU,
	}
}

// personFields are the labels of the person, shared by every document.
// The full name is the register caption of Order No. 318; the rest is
// (reconstructed).
func personFields() []Field {
	return []Field{
		{Key: "full_name", Label: capFullName},
		{Key: "iin", Label: Text{KK: "Жеке сәйкестендіру нөмірі (ЖСН)", RU: "Индивидуальный идентификационный номер (ИИН)"}},
		{Key: "birth_date", Label: Text{KK: "Туған күні", RU: "Дата рождения"}},
		{Key: "address", Label: Text{KK: "Тұрғылықты жерінің мекенжайы", RU: "Адрес места жительства"}},
	}
}

// disabilityFields are the group, cause and term of disability (register
// captions of Order No. 318, journal 2).
func disabilityFields() []Field {
	return []Field{
		{Key: "group", Label: Text{KK: "Мүгедектік тобы", RU: "Группа инвалидности"}},
		{Key: "cause", Label: Text{KK: "Мүгедектік себебі", RU: "Причина инвалидности"}},
		{Key: "term", Label: Text{KK: "Мүгедектік мерзімі", RU: "Срок инвалидности"}},
	}
}

// basisFields are the basis of a degree of lost professional working
// capacity: the act on the accident (work injury) or the conclusion on the
// link of the disease with the profession (occupational disease) (Order
// No. 60, item 8, points 9–10). Labels (reconstructed).
func basisFields() []Field {
	return []Field{
		{Key: "basis_injury", Label: Text{KK: "Жазатайым оқиға туралы акт (күні, нөмірі)", RU: "Акт о несчастном случае (дата, номер)"}},
		{Key: "basis_disease", Label: Text{KK: "Аурудың кәсіппен байланысы туралы қорытынды (күні, нөмірі)", RU: "Заключение о связи заболевания с профессией (дата, номер)"}},
	}
}

// professionalFields are the degree, cause and term of lost professional
// working capacity (the МСЭ act's items 34–34.3, register captions of
// Order No. 318, journal 4).
func professionalFields() []Field {
	return []Field{
		{Key: "degree", Label: Text{KK: "Кәсіптік еңбекке қабілеттіліктен айырылу дәрежесі", RU: "Степень утраты профессиональной трудоспособности"}},
		{Key: "cause", Label: professionalCause()},
		{Key: "term", Label: Text{KK: "Кәсіптік еңбекке қабілеттіліктен айырылу мерзімі", RU: "Срок утраты профессиональной трудоспособности"}},
		{Key: "until", Kind: FieldLine, DateCase: Dative, Label: Text{
			KK: "Кәсіптік еңбекке қабілеттіліктен айырылу дәрежесінің белгіленген мерзімі " + Slot + " дейін",
			RU: "Степень утраты профессиональной трудоспособности установлена на срок до " + Slot,
		}},
		{Key: "from", Kind: FieldLine, DateCase: Ablative, Label: Text{
			KK: "Кәсіптік еңбекке қабілеттіліктен айырылу дәрежесінің мерзімі " + Slot + " бастап есептелді",
			RU: "Срок степени утраты профессиональной трудоспособности зачтен с " + Slot,
		}},
	}
}

// professionalCause labels the cause of lost professional working
// capacity (the act's item 34.1, abbreviations spelt out).
func professionalCause() Text {
	return Text{KK: "Кәсіптік еңбекке қабілеттіліктен айырылу себебі", RU: "Причина утраты профессиональной трудоспособности"}
}

// fields joins lists of fields into one.
func fields(lists ...[]Field) []Field {
	var out []Field
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// DisabilityCertificate is «Мүгедектік туралы анықтама» / «Справка об
// инвалидности», issued when disability is established: a numbered blank
// of strict accountability (journals 1 and 2). A5.
func DisabilityCertificate() Document {
	return Document{
		ID:      DocDisability,
		Source:  standard(Text{KK: "көрсетілетін қызметті алушыға мүгедектік белгіленген жағдайда", RU: "справка об инвалидности – в случае установления услугополучателю инвалидности"}),
		Title:   Text{KK: "Мүгедектік туралы анықтама", RU: "Справка об инвалидности"},
		Paper:   A5,
		Serial:  true,
		Stock:   true,
		Journal: JournalDisability,
		Fields: fields(personFields(), disabilityFields(), []Field{
			// The lines of the МСЭ act's items 32.3 and 32.4.
			{Key: "until", Kind: FieldLine, DateCase: Dative, Label: Text{
				KK: "Мүгедектіктің белгіленген мерзімі " + Slot + " дейін",
				RU: "Инвалидность установлена на срок до " + Slot,
			}},
			{Key: "from", Kind: FieldLine, DateCase: Ablative, Label: Text{
				KK: "Мүгедектік мерзімі " + Slot + " бастап есептелді",
				RU: "Срок инвалидности зачтен с " + Slot,
			}},
		}),
		Common: documentBook(),
	}
}

// rehabPart names a part of the individual rehabilitation programme in
// the cases its two titles need. The extract's title takes the genitive
// («Выписка из социальной части …»), the whole part's title the
// nominative («…: социальная часть»). A Kazakh adjective does not decline,
// so its two forms are the same word; the Kazakh titles put the case on
// the noun instead («… бағдарламасының әлеуметтік бөлігінен үзінді
// көшірме», «… бағдарламасының әлеуметтік бөлігі»).
type rehabPart struct {
	genitive, nominative Text
}

// socialPart is the social part of the ИПР.
func socialPart() rehabPart {
	return rehabPart{
		genitive:   Text{KK: "әлеуметтік", RU: "социальной"},
		nominative: Text{KK: "әлеуметтік", RU: "социальная"},
	}
}

// professionalPart is the professional part of the ИПР.
func professionalPart() rehabPart {
	return rehabPart{
		genitive:   Text{KK: "кәсіптік", RU: "профессиональной"},
		nominative: Text{KK: "кәсіптік", RU: "профессиональная"},
	}
}

// rehabExtract is the form of an extract from a part of the individual
// rehabilitation programme (ИПР). The extracts carry no series: Order
// No. 318 has no register for them. Their fields are (reconstructed).
func rehabExtract(id string, part rehabPart, measures, when Text) Document {
	return Document{
		ID:     id,
		Source: standard(when),
		Title: Text{
			// (reconstructed) Kazakh name.
			KK: "Мүгедекті оңалтудың жеке бағдарламасының " + part.genitive.KK + " бөлігінен үзінді көшірме",
			RU: "Выписка из " + part.genitive.RU + " части индивидуальной программы реабилитации инвалида",
		},
		FullTitle: Text{
			// (reconstructed) The standard names the whole part «социальная
			// (профессиональная) часть ИПР».
			KK: "Мүгедекті оңалтудың жеке бағдарламасының " + part.nominative.KK + " бөлігі",
			RU: "Индивидуальная программа реабилитации инвалида: " + part.nominative.RU + " часть",
		},
		Paper: A4,
		Fields: fields(personFields(), disabilityFields()[:2], []Field{
			{Key: "program", Label: Text{
				KK: "Мүгедекті оңалтудың жеке бағдарламасы (күні, нөмірі)",
				RU: "Индивидуальная программа реабилитации инвалида (дата, номер)",
			}},
			{Key: "measures", Kind: FieldTable, Label: measures},
		}),
		Columns: []Column{
			{Num: 1, Key: "no", Caption: capNo, Width: 6, Kind: KindNumber},
			{Num: 2, Key: "measure", Caption: Text{KK: "Іс-шараның атауы", RU: "Наименование мероприятия"}, Width: 44, Kind: KindText},
			{Num: 3, Key: "until", Caption: Text{KK: "Орындау мерзімі", RU: "Срок исполнения"}, Width: 18, Kind: KindDate},
			{Num: 4, Key: "executor", Caption: Text{KK: "Орындаушы", RU: "Исполнитель"}, Width: 32, Kind: KindText},
		},
		Common: documentBook(),
	}
}

// SocialRehabExtract is «Выписка из социальной части индивидуальной
// программы реабилитации инвалида», issued when the social part of the
// ИПР is developed; those disabled by a work injury or an occupational
// disease receive the whole social part (FullTitle). A4.
func SocialRehabExtract() Document {
	return rehabExtract(DocSocialRehab, socialPart(),
		Text{KK: "Әлеуметтік оңалту іс-шаралары", RU: "Мероприятия социальной реабилитации"},
		Text{
			KK: "көрсетілетін қызметті алушыға ОЖБ-ның әлеуметтік бөлігі әзірленген жағдайда; еңбек жарақаты және (немесе) кәсіптік ауру салдарынан мүгедектігі бар адамдарға – ОЖБ-ның әлеуметтік бөлігі",
			RU: "выписка из социальной части индивидуальной программы реабилитации инвалида – в случае разработки услугополучателю социальной части ИПР; для инвалидов вследствие трудового увечья и/или профессионального заболевания – социальная часть ИПР",
		})
}

// ProfessionalRehabExtract is «Выписка из профессиональной части
// индивидуальной программы реабилитации инвалида», issued when the
// professional part of the ИПР is developed; those disabled by a work
// injury or an occupational disease receive the whole professional part
// (FullTitle). A4.
func ProfessionalRehabExtract() Document {
	return rehabExtract(DocProfessionalRehab, professionalPart(),
		Text{KK: "Кәсіптік оңалту іс-шаралары", RU: "Мероприятия профессиональной реабилитации"},
		Text{
			KK: "көрсетілетін қызметті алушыға ОЖБ-ның кәсіптік бөлігі әзірленген жағдайда; еңбек жарақаты және (немесе) кәсіптік ауру салдарынан мүгедектігі бар адамдарға – ОЖБ-ның кәсіптік бөлігі",
			RU: "выписка из профессиональной части индивидуальной программы реабилитации инвалида – в случае разработки услугополучателю профессиональной части ИПР; для инвалидов вследствие трудового увечья и/или профессионального заболевания – профессиональная часть ИПР",
		})
}

// GeneralCapacityCertificate is «Жалпы еңбекке қабілеттіліктен айырылу
// дәрежесі туралы анықтама» / «Справка о степени утраты общей
// трудоспособности», issued when a degree of loss of general working
// capacity is established (journal 3). A5.
func GeneralCapacityCertificate() Document {
	return Document{
		ID: DocGeneralCapacity,
		Source: standard(Text{
			KK: "көрсетілетін қызметті алушыға жалпы еңбекке қабілеттіліктен айырылу дәрежесі белгіленген жағдайда",
			RU: "справка о степени утраты общей трудоспособности – в случае установления услугополучателю степени утраты общей трудоспособности",
		}),
		Title:   Text{KK: "Жалпы еңбекке қабілеттіліктен айырылу дәрежесі туралы анықтама", RU: "Справка о степени утраты общей трудоспособности"},
		Paper:   A5,
		Serial:  true,
		Journal: JournalGeneralCapacity,
		Fields: append(personFields(),
			Field{Key: "degree", Label: Text{KK: "Жалпы еңбекке қабілеттіліктен айырылу дәрежесі", RU: "Степень утраты общей трудоспособности"}},
			Field{Key: "cause", Label: Text{
				// (reconstructed) after the act's item 33.1.
				KK: "Жалпы еңбекке қабілеттіліктен айырылу дәрежесінің себебі",
				RU: "Причина степени утраты общей трудоспособности",
			}},
			Field{Key: "term", Label: Text{KK: "Жалпы еңбекке қабілеттіліктен айырылу мерзімі", RU: "Срок утраты общей трудоспособности"}},
			Field{Key: "until", Kind: FieldLine, DateCase: Dative, Label: Text{
				KK: "Жалпы еңбекке қабілеттіліктен айырылу дәрежесінің белгіленген мерзімі " + Slot + " дейін",
				RU: "Степень утраты общей трудоспособности установлена на срок до " + Slot,
			}},
			Field{Key: "from", Kind: FieldLine, DateCase: Ablative, Label: Text{
				KK: "Жалпы еңбекке қабілеттіліктен айырылу дәрежесінің мерзімі " + Slot + " бастап есептелді",
				RU: "Срок степени утраты общей трудоспособности зачтен с " + Slot,
			}},
		),
		Common: documentBook(),
	}
}

// professionalSource is the case in which documents 5 and 6 are issued.
func professionalSource() Text {
	return Text{
		KK: "көрсетілетін қызметті алушыға кәсіптік еңбекке қабілеттіліктен айырылу дәрежесі белгіленген жағдайда",
		RU: "справка о степени утраты профессиональной трудоспособности, выписка из справки о степени утраты профессиональной трудоспособности и акта медико-социальной экспертизы – в случае установления услугополучателю степени утраты профессиональной трудоспособности",
	}
}

// ProfessionalCapacityCertificate is «Кәсіптік еңбекке қабілеттіліктен
// айырылу дәрежесі туралы анықтама» / «Справка о степени утраты
// профессиональной трудоспособности»: a numbered blank of strict
// accountability (journal 1, section B, and journal 4). A5.
func ProfessionalCapacityCertificate() Document {
	return Document{
		ID:      DocProfessionalCapacity,
		Source:  standard(professionalSource()),
		Title:   Text{KK: "Кәсіптік еңбекке қабілеттіліктен айырылу дәрежесі туралы анықтама", RU: "Справка о степени утраты профессиональной трудоспособности"},
		Paper:   A5,
		Serial:  true,
		Stock:   true,
		Journal: JournalProfessionalCapacity,
		Fields:  fields(personFields(), basisFields(), professionalFields()),
		Common:  documentBook(),
	}
}

// ProfessionalCapacityExtract is «Выписка из справки о степени утраты
// профессиональной трудоспособности и акта медико-социальной
// экспертизы», issued with the certificate and registered under its
// series and number (journal 4). A4.
func ProfessionalCapacityExtract() Document {
	fs := fields(personFields(), []Field{
		{Key: "certificate", Label: Text{
			KK: "Кәсіптік еңбекке қабілеттіліктен айырылу дәрежесі туралы анықтаманың сериясы, №",
			RU: "Серия, № справки о степени утраты профессиональной трудоспособности",
		}},
		{Key: "act", Label: Text{
			// (reconstructed)
			KK: "Медициналық-әлеуметтік сараптама актісі (күні, нөмірі)",
			RU: "Акт медико-социальной экспертизы (дата, номер)",
		}},
	}, basisFields(), professionalFields(), []Field{
		{Key: "recipient", Label: Text{
			// (reconstructed): the sources do not say to whom the extract goes.
			KK: "Ұсыну үшін берілді",
			RU: "Выдана для представления в",
		}},
	})
	return Document{
		ID:     DocProfessionalCapacityExtract,
		Source: standard(professionalSource()),
		Title: Text{
			KK: "Кәсіптік еңбекке қабілеттіліктен айырылу дәрежесі туралы анықтамадан және медициналық-әлеуметтік сараптама актісінен үзінді көшірме",
			RU: "Выписка из справки о степени утраты профессиональной трудоспособности и акта медико-социальной экспертизы",
		},
		Paper:   A4,
		Journal: JournalProfessionalCapacity,
		Fields:  fs,
		Common:  documentBook(),
	}
}

// CareConclusion is «Зардап шеккен жұмыскердің қосымша көмек түрлеріне
// және күтімге мұқтаждығы туралы қорытынды» / «Заключение о нуждаемости
// пострадавшего работника в дополнительных видах помощи и уходе»: it has a
// series and number and is registered in journal 5. A4.
func CareConclusion() Document {
	return Document{
		ID: DocCare,
		Source: standard(Text{
			KK: "зардап шеккен жұмыскердің қосымша көмек түрлеріне және күтімге мұқтаждығы айқындалған жағдайда",
			RU: "заключение о нуждаемости пострадавшего работника в дополнительных видах помощи и уходе – в случае определения нуждаемости пострадавшего работника в дополнительных видах помощи и уходе",
		}),
		Title: Text{
			KK: "Зардап шеккен жұмыскердің қосымша көмек түрлеріне және күтімге мұқтаждығы туралы қорытынды",
			RU: "Заключение о нуждаемости пострадавшего работника в дополнительных видах помощи и уходе",
		},
		Paper:   A4,
		Serial:  true,
		Journal: JournalCare,
		Fields: fields(personFields(), []Field{
			{Key: "cause", Label: professionalCause()},
			{Key: "needs", Label: Text{KK: "Қосымша көмек түрлеріне және күтімге мұқтаж", RU: "Нуждается в дополнительных видах помощи и уходе"}},
			// (reconstructed) the term of the need.
			{Key: "term", Label: Text{KK: "Мұқтаждық мерзімі", RU: "Срок нуждаемости"}},
			{Key: "until", Kind: FieldLine, DateCase: Dative, Label: Text{
				KK: "Мұқтаждық " + Slot + " дейін белгіленді",
				RU: "Нуждаемость установлена на срок до " + Slot,
			}},
			{Key: "from", Kind: FieldLine, DateCase: Ablative, Label: Text{
				KK: "Мұқтаждық мерзімі " + Slot + " бастап есептелді",
				RU: "Срок нуждаемости исчисляется с " + Slot,
			}},
		}),
		Common: documentBook(),
	}
}

// FullRehabilitationNotice is «Извещение о полной реабилитации», given to
// a person not recognised as disabled at a regular re-examination. Its
// Kazakh name and all its fields are (reconstructed). A5.
func FullRehabilitationNotice() Document {
	return Document{
		ID: DocFullRehabilitation,
		Source: standard(Text{
			KK: "кезекті қайта куәландыру кезінде мүгедек деп танылмаған адамға",
			RU: "извещение о полной реабилитации – не признанному инвалидом при очередном переосвидетельствовании",
		}),
		Title: Text{KK: "Толық оңалту туралы хабарлама", RU: "Извещение о полной реабилитации"},
		Paper: A5,
		Fields: append(personFields(),
			Field{Key: "exam_date", Label: Text{KK: "Кезекті қайта куәландыру күні", RU: "Дата очередного переосвидетельствования"}},
			Field{Key: "previous_group", Label: Text{KK: "Бұрын белгіленген мүгедектік тобы", RU: "Ранее установленная группа инвалидности"}},
			Field{Key: "previous_cause", Label: Text{KK: "Бұрын белгіленген мүгедектік себебі", RU: "Ранее установленная причина инвалидности"}},
			Field{Key: "decision", Kind: FieldLine, Label: Text{
				KK: "Кезекті қайта куәландыру кезінде мүгедек деп танылмады (толық оңалтылды).",
				RU: "При очередном переосвидетельствовании инвалидом не признан(а) (полностью реабилитирован(а)).",
			}},
		),
		Common: documentBook(),
	}
}

// ExpertNotice is «Извещение об экспертном заключении МСЭ» of form
// № 31/у: sent to the referring medical organisation on every expert
// conclusion, and given as a duplicate to a person not recognised as
// disabled at the primary examination or referred for the ИПР without
// indications (Order No. 60, new items 17 and 37). The notification part
// of form № 31/у was not seen; this layout is (reconstructed). A4.
func ExpertNotice() Document {
	return Document{
		ID: DocExpertNotice,
		Source: standard(Text{
			KK: "алғашқы куәландыру кезінде мүгедек деп танылмаған жағдайда",
			RU: "извещение об экспертном заключении МСЭ – в случае непризнания инвалидом при первичном освидетельствовании",
		}),
		Title: Text{KK: "МӘС сараптамалық қорытындысы туралы хабарлама", RU: "Извещение об экспертном заключении МСЭ"},
		Paper: A4,
		Fields: fields([]Field{
			{Key: "addressee", Label: Text{KK: "Медициналық ұйым (кімге)", RU: "Медицинская организация (кому)"}},
		}, personFields(), []Field{
			{Key: "referral", Label: Text{KK: "№ 31/у нысанындағы МӘС-ке қорытынды (күні, нөмірі)", RU: "Заключение на МСЭ по форме № 31/у (дата, номер)"}},
			{Key: "exam", Label: Text{KK: "Куәландыру түрі", RU: "Вид освидетельствования"}},
			{Key: "exam_date", Label: Text{KK: "Куәландыру күні", RU: "Дата освидетельствования"}},
			{Key: "decision", Label: Text{KK: "Сараптамалық қорытынды", RU: "Экспертное заключение"}},
		}, disabilityFields(), []Field{
			{Key: "defective_referral", Kind: FieldLine, Label: Text{
				KK: "№ 31/у нысаны сапасыз және (немесе) негізсіз ресімделген: бұл туралы медициналық және фармацевтикалық бақылау саласындағы мемлекеттік органның аумақтық бөлімшесіне және пациентті жолдаған медициналық ұйымға он жұмыс күні ішінде жазбаша хабарланады.",
				RU: "Форма № 31/у оформлена некачественно и (или) необоснованно: об этом в течение десяти рабочих дней письменно извещаются территориальное подразделение государственного органа в сфере медицинского и фармацевтического контроля и медицинская организация, направившая пациента.",
			}},
		}),
		Common: documentBook(),
	}
}
