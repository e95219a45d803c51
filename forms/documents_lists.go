package forms

// Closed lists the result documents need besides Groups, Causes and
// Terms. Labels marked (reconstructed) were not seen in an official text.

// Sex is the sex of a person, as the IIN encodes it; its value is the
// stable ID of the closed list Sexes.
type Sex string

// Sexes.
const (
	SexMale   Sex = "male"
	SexFemale Sex = "female"
)

// Label returns the sex as printed, and whether it is on the list.
func (s Sex) Label() (Text, bool) { return lookup(Sexes(), string(s)) }

// Sexes lists the sexes.
func Sexes() []Option {
	return []Option{
		{ID: "male", Label: Text{KK: "ер", RU: "мужской"}},
		{ID: "female", Label: Text{KK: "әйел", RU: "женский"}},
	}
}

// CareKind is a kind of additional help and care an injured worker may
// need; its value is the stable ID of the closed list CareKinds.
type CareKind string

// Kinds of additional help and care.
const (
	CareTreatment     CareKind = "treatment"
	CareNutrition     CareKind = "nutrition"
	CareMedicines     CareKind = "medicines"
	CareProsthetics   CareKind = "prosthetics"
	CareAttendance    CareKind = "attendance"
	CareSanatorium    CareKind = "sanatorium"
	CareTransport     CareKind = "transport"
	CareRetraining    CareKind = "retraining"
	CareHousehold     CareKind = "household"
	CareRehabAids     CareKind = "rehab_aids"
	CareMedicalSupply CareKind = "medical_supply"
)

// Label returns the kind as printed, and whether it is on the list.
func (k CareKind) Label() (Text, bool) { return lookup(CareKinds(), string(k)) }

// CareKinds lists the kinds of additional help and care. The МСЭ rules'
// own list was not found (shared/forms/documents.md, document 7); this
// one is (reconstructed) after the additional expenses the Civil Code
// lets an injured person recover when he needs that help and care
// (treatment, extra nutrition, medicines, prosthetics, outside care,
// sanatorium treatment, special transport, training for another
// profession), with household care, technical aids and medical supplies
// added. All labels are (reconstructed).
func CareKinds() []Option {
	return []Option{
		{ID: "treatment", Label: Text{KK: "емделу", RU: "лечение"}},
		{ID: "nutrition", Label: Text{KK: "қосымша тамақтану", RU: "дополнительное питание"}},
		{ID: "medicines", Label: Text{KK: "дәрі-дәрмекпен қамтамасыз ету", RU: "обеспечение лекарственными средствами"}},
		{ID: "prosthetics", Label: Text{KK: "протездеу", RU: "протезирование"}},
		{ID: "attendance", Label: Text{KK: "бөгде адамның тұрақты күтімі", RU: "постоянный посторонний уход"}},
		{ID: "sanatorium", Label: Text{KK: "санаторий-курорттық емделу", RU: "санаторно-курортное лечение"}},
		{ID: "transport", Label: Text{KK: "арнаулы көлік құралымен қамтамасыз ету", RU: "обеспечение специальным транспортным средством"}},
		{ID: "retraining", Label: Text{KK: "басқа кәсіпке даярлау", RU: "подготовка к другой профессии"}},
		{ID: "household", Label: Text{KK: "тұрмыстық күтім", RU: "бытовой уход"}},
		{ID: "rehab_aids", Label: Text{KK: "оңалтудың техникалық құралдарымен қамтамасыз ету", RU: "обеспечение техническими средствами реабилитации"}},
		{ID: "medical_supply", Label: Text{KK: "медициналық мақсаттағы бұйымдармен қамтамасыз ету", RU: "обеспечение изделиями медицинского назначения"}},
	}
}

// ExamKind says whether an examination was the first or a repeated one;
// its value is the stable ID of the closed list ExamKinds.
type ExamKind string

// Kinds of examination.
const (
	ExamPrimary ExamKind = "primary"
	ExamRepeat  ExamKind = "repeat"
)

// Label returns the kind as printed, and whether it is on the list.
func (k ExamKind) Label() (Text, bool) { return lookup(ExamKinds(), string(k)) }

// ExamKinds lists the kinds of examination: первичное and повторное
// освидетельствование (переосвидетельствование), as the standard of
// Order No. 60 names them. Kazakh labels are (reconstructed).
func ExamKinds() []Option {
	return []Option{
		{ID: "primary", Label: Text{KK: "алғашқы куәландыру", RU: "первичное освидетельствование"}},
		{ID: "repeat", Label: Text{KK: "қайта куәландыру", RU: "переосвидетельствование"}},
	}
}

// ExpertDecision is the expert conclusion an МСЭ notice reports; its value
// is the stable ID of the closed list ExpertDecisions.
type ExpertDecision string

// Expert conclusions.
const (
	DecisionDisabled    ExpertDecision = "disabled"
	DecisionNotDisabled ExpertDecision = "not_disabled"
	DecisionNoIPR       ExpertDecision = "no_ipr_indications"
)

// Label returns the decision as printed, and whether it is on the list.
func (d ExpertDecision) Label() (Text, bool) { return lookup(ExpertDecisions(), string(d)) }

// ExpertDecisions lists the conclusions an МСЭ notice reports (Order
// No. 60, new item 37: recognised as disabled, not recognised, no
// medico-social indications for developing or correcting the ИПР). The
// Russian wording follows the order; the Kazakh is (reconstructed).
func ExpertDecisions() []Option {
	return []Option{
		{ID: "disabled", Label: Text{KK: "мүгедек деп танылды", RU: "признан(а) инвалидом"}},
		{ID: "not_disabled", Label: Text{KK: "мүгедек деп танылмады", RU: "инвалидом не признан(а)"}},
		{ID: "no_ipr_indications", Label: Text{
			KK: "мүгедекті оңалтудың жеке бағдарламасын әзірлеуге (түзетуге) медициналық-әлеуметтік көрсетілімдер жоқ",
			RU: "медико-социальные показания к разработке (коррекции) индивидуальной программы реабилитации отсутствуют",
		}},
	}
}
