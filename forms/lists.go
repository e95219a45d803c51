package forms

// Closed lists of the МСЭ rules (Order No. 260 of the Minister of Labour and
// Social Protection, as quoted in shared/forms/documents.md). Values carry a
// stable ID, used in JSON, and kk/ru labels. Labels marked (reconstructed)
// were not seen in an official Russian text.

// Option is one value of a closed list.
type Option struct {
	// ID is the stable identifier used in JSON and on the command line.
	ID string
	// Label is the value as printed on forms.
	Label Text
}

// Groups lists the disability groups and the children's categories (Order
// No. 260, Ch. 2 §1). Russian labels are (reconstructed).
func Groups() []Option {
	return []Option{
		{ID: "I", Label: Text{KK: "бірінші топтағы мүгедектік", RU: "инвалидность первой группы"}},
		{ID: "II", Label: Text{KK: "екінші топтағы мүгедектік", RU: "инвалидность второй группы"}},
		{ID: "III", Label: Text{KK: "үшінші топтағы мүгедектік", RU: "инвалидность третьей группы"}},
		{ID: "child", Label: Text{KK: "мүгедектігі бар бала", RU: "ребенок с инвалидностью"}},
		{ID: "child_I", Label: Text{KK: "бірінші топтағы мүгедектігі бар бала", RU: "ребенок с инвалидностью первой группы"}},
		{ID: "child_II", Label: Text{KK: "екінші топтағы мүгедектігі бар бала", RU: "ребенок с инвалидностью второй группы"}},
		{ID: "child_III", Label: Text{KK: "үшінші топтағы мүгедектігі бар бала", RU: "ребенок с инвалидностью третьей группы"}},
	}
}

// Causes lists the causes of disability and of the degree of loss of
// general working capacity (Order No. 260, Ch. 2 §1; items 7–8 in the
// wording of Order No. 44, 2015 edition). Russian labels are
// (reconstructed) except «трудовое увечье» and «профессиональное
// заболевание» (Order No. 60).
func Causes() []Option {
	return []Option{
		{ID: "general_disease", Label: Text{KK: "жалпы ауру", RU: "общее заболевание"}},
		{ID: "work_injury", Label: Text{KK: "еңбек жарақаты", RU: "трудовое увечье"}},
		{ID: "occupational_disease", Label: Text{KK: "кәсіптік ауру", RU: "профессиональное заболевание"}},
		{ID: "since_childhood", Label: Text{KK: "бала кезінен мүгедектік", RU: "инвалидность с детства"}},
		{ID: "child_under_7", Label: Text{KK: "жеті жасқа дейінгі балалардың мүгедектігі", RU: "инвалидность детей до семи лет"}},
		{ID: "child_7_18", Label: Text{KK: "жеті жастан он сегіз жасқа дейінгі балалардың мүгедектігі", RU: "инвалидность детей с семи до восемнадцати лет"}},
		{ID: "service", Label: Text{
			KK: "қызметтік міндеттерін атқару, әскери қызмет өткеру, ядролық объектілердегі авариялардың зардаптарын жою кезінде алған жарақат, контузия, мертігу, ауру",
			RU: "ранение, контузия, увечье, заболевание, полученные при исполнении служебных обязанностей, прохождении воинской службы, ликвидации последствий аварий на ядерных объектах",
		}},
		{ID: "radiation", Label: Text{
			KK: "төтенше экологиялық жағдайлар, оның ішінде ядролық жарылыстар мен сынақтар кезіндегі радиациялық әсер етудің салдары",
			RU: "последствия радиационного воздействия при чрезвычайных экологических ситуациях, в том числе ядерных взрывах и испытаниях",
		}},
	}
}

// ProfessionalCauses lists the causes of loss of professional working
// capacity (work injury, occupational disease; Order No. 60, item 3.6).
func ProfessionalCauses() []Option {
	return []Option{
		{ID: "work_injury", Label: Text{KK: "еңбек жарақаты", RU: "трудовое увечье"}},
		{ID: "occupational_disease", Label: Text{KK: "кәсіптік ауру", RU: "профессиональное заболевание"}},
	}
}

// Terms lists the terms for which disability or a degree of lost working
// capacity is set (Order No. 44, 2015 edition, item 22; Order No. 260 for
// the children's terms). Slot in «until» takes the date. Russian labels are
// (reconstructed).
func Terms() []Option {
	return []Option{
		{ID: "6m", Label: Text{KK: "6 айға", RU: "на 6 месяцев"}},
		{ID: "1y", Label: Text{KK: "1 жылға", RU: "на 1 год"}},
		{ID: "2y", Label: Text{KK: "2 жылға", RU: "на 2 года"}},
		{ID: "5y", Label: Text{KK: "5 жылға", RU: "на 5 лет"}},
		{ID: "until", Label: Text{KK: Slot + " дейін", RU: "до " + Slot}},
		{ID: "indefinite", Label: Text{KK: "қайта куәландыру мерзімінсіз", RU: "без срока переосвидетельствования"}},
	}
}

// DocumentKinds lists what an entry of journal 4 records: the certificate
// of the degree of loss of professional working capacity, or the extract
// from it and from the МСЭ act (Order No. 318, Appendix 4, title).
func DocumentKinds() []Option {
	return []Option{
		{ID: "certificate", Label: Text{KK: "анықтама", RU: "справка"}},
		{ID: "extract", Label: Text{KK: "үзінді көшірме", RU: "выписка"}},
	}
}
