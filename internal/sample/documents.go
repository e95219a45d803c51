package sample

import (
	"fmt"
	"strings"
	"time"

	"github.com/msedocs/msedocs/certificate"
	"github.com/msedocs/msedocs/forms"
)

// Synthetic result documents (package certificate): every one valid, the
// person's IIN agreeing with the date of birth and sex, the group and
// cause with the age, dates in order and in the past of the clock.

var (
	// docUnits are the МСЭ departments that issue documents.
	docUnits = []forms.Text{
		{KK: "№ 1 медициналық-әлеуметтік сараптама", RU: "медико-социальной экспертизы № 1"},
		{KK: "№ 2 медициналық-әлеуметтік сараптама", RU: "медико-социальной экспертизы № 2"},
		{KK: "№ 3 медициналық-әлеуметтік сараптама", RU: "медико-социальной экспертизы № 3"},
		{KK: "№ 5 медициналық-әлеуметтік сараптама", RU: "медико-социальной экспертизы № 5"},
	}
	// seriesLetters make the series of blanks, two at a time.
	seriesLetters  = []rune("АБВГДЕЖҚКМН")
	streets        = []string{"Абай даңғылы", "Тәуелсіздік даңғылы", "Қабанбай батыр даңғылы", "Бұқар жырау көшесі", "Құрманғазы көшесі", "ул. Жамбыла", "Сарыарқа ауданы, Жеңіс даңғылы", "Ұлан көшесі", "мкр. Өркен"}
	towns          = []string{"Астана қ.", "Алматы қ.", "Шымкент қ.", "Қарағанды қ.", "Өскемен қ.", "Орал қ.", "Талдықорған қ.", "Көкшетау қ."}
	socialMeasures = []string{
		"Обеспечение креслом-коляской (комнатной)", "Обеспечение слуховым аппаратом", "Санаторно-курортное лечение",
		"Әлеуметтік-тұрмыстық бейімделу", "Обеспечение протезно-ортопедическими средствами", "Услуги индивидуального помощника",
		"Оңалтудың техникалық құралдарымен қамтамасыз ету", "Обеспечение гигиеническими средствами",
	}
	professionalMeasures = []string{
		"Профессиональная ориентация", "Переобучение по профессии «оператор ЭВМ»", "Кәсіптік даярлау: «тігінші»",
		"Содействие в трудоустройстве на квотируемое рабочее место", "Оборудование специального рабочего места",
		"Профессиональное обучение «бухгалтер-кассир»",
	}
	socialExecutors       = []string{"Отдел занятости и социальных программ", "«ОҢАЛТУ» арнаулы әлеуметтік қызметтер көрсету орталығы", "Әлеуметтік қорғау басқармасы", "Центр оказания специальных социальных услуг"}
	professionalExecutors = []string{"Центр занятости населения", "Халықты жұмыспен қамту орталығы", "Колледж сервиса и технологий"}
	employers             = []string{"АО «Шығыс көмір» (работодатель)", "ТОО «Қазақмыс» (работодатель)", "Страховая компания «Өмір»", "Суд Сарыарқинского района", "ГУ «Қазақстан темір жолы»"}
	clinics               = []string{"ГКП на ПХВ «Городская поликлиника № 4»", "КГП «Облыстық аурухана»", "ГКП «Поликлиника № 12» г. Алматы", "Қалалық емхана № 7", "Центральная районная больница"}
)

// Document returns one synthetic document of the form id
// (forms.DocDisability …), issued on date.
func (g *Gen) Document(id string, date time.Time) (certificate.Document, error) {
	return g.document(id, date, g.issuer())
}

func (g *Gen) document(id string, date time.Time, iss certificate.Issuer) (certificate.Document, error) {
	switch id {
	case forms.DocDisability:
		p, age := g.person(date, 1, 80)
		group, cause, period := g.disability(p, age, date)
		return &certificate.Disability{Issuer: iss, Date: date, Serial: g.serial(), Person: p,
			Group: group, Cause: cause, Period: period}, nil
	case forms.DocSocialRehab:
		return (*certificate.SocialRehab)(g.rehab(iss, date, socialMeasures, socialExecutors)), nil
	case forms.DocProfessionalRehab:
		return (*certificate.ProfessionalRehab)(g.rehab(iss, date, professionalMeasures, professionalExecutors)), nil
	case forms.DocGeneralCapacity:
		p, _ := g.person(date, 18, 75)
		return &certificate.GeneralCapacity{Issuer: iss, Date: date, Serial: g.serial(), Person: p,
			Degree: certificate.Percent(30 + 10*g.rnd.IntN(8)), Cause: pickOne(g, generalCauses),
			Period: g.period(date, true)}, nil
	case forms.DocProfessionalCapacity:
		p, _ := g.person(date, 20, 65)
		return &certificate.ProfessionalCapacity{Issuer: iss, Date: date, Serial: g.serial(), Person: p,
			ProfessionalDegree: g.professional(date)}, nil
	case forms.DocProfessionalCapacityExtract:
		p, _ := g.person(date, 20, 65)
		c := &certificate.ProfessionalCapacity{Issuer: iss, Date: date, Serial: g.serial(), Person: p,
			ProfessionalDegree: g.professional(date)}
		return c.Extract(certificate.Ref{Number: fmt.Sprint(100 + g.rnd.IntN(9900)), Date: date}, pickOne(g, employers)), nil
	case forms.DocCare:
		p, _ := g.person(date, 20, 70)
		needs := []forms.CareKind{}
		for _, i := range g.rnd.Perm(len(forms.CareKinds()))[:1+g.rnd.IntN(3)] {
			needs = append(needs, forms.CareKind(forms.CareKinds()[i].ID))
		}
		return &certificate.CareConclusion{Issuer: iss, Date: date, Serial: g.serial(), Person: p,
			Cause: pickOne(g, professionalCauses), Needs: needs, Period: g.period(date, false)}, nil
	case forms.DocFullRehabilitation:
		p, _ := g.person(date, 19, 70)
		p.Address = g.address()
		return &certificate.FullRehabilitation{Issuer: iss, Date: date, Person: p,
			ExamDate: date.AddDate(0, 0, -g.rnd.IntN(3)), PreviousGroup: pickOne(g, groups), PreviousCause: pickOne(g, causes)}, nil
	case forms.DocExpertNotice:
		return g.notice(iss, date), nil
	}
	return nil, fmt.Errorf("sample: no document form %q", id)
}

// Documents returns n documents of the form id, issued by one МСЭ
// department over one year from 09.01.2025, a few a day.
func (g *Gen) Documents(id string, n int) ([]certificate.Document, error) {
	if n < 0 {
		return nil, fmt.Errorf("sample: negative number of documents %d", n)
	}
	if _, ok := forms.DocumentByID(id); !ok {
		return nil, fmt.Errorf("sample: no document form %q", id)
	}
	iss := g.issuer()
	out := make([]certificate.Document, n)
	for i := range out {
		d, err := g.document(id, g.date(i, n), iss)
		if err != nil {
			return nil, err
		}
		out[i] = d
	}
	return out, nil
}

var (
	adultCauses        = []forms.Cause{forms.CauseGeneralDisease, forms.CauseWorkInjury, forms.CauseOccupationalDisease, forms.CauseSinceChildhood, forms.CauseService, forms.CauseRadiation}
	generalCauses      = []forms.Cause{forms.CauseGeneralDisease, forms.CauseWorkInjury, forms.CauseOccupationalDisease, forms.CauseService, forms.CauseRadiation}
	professionalCauses = []forms.Cause{forms.CauseWorkInjury, forms.CauseOccupationalDisease}
	childGroups        = []forms.Group{forms.GroupChildI, forms.GroupChildII, forms.GroupChildIII}
)

func (g *Gen) issuer() certificate.Issuer {
	region := pickOne(g, regions)
	return certificate.Issuer{Region: region, Unit: pickOne(g, docUnits), Head: g.name(g.rnd.IntN(2) == 0)}
}

// serial is a blank's series, two letters, and its seven-digit number.
func (g *Gen) serial() certificate.Serial {
	return certificate.Serial{
		Series: string([]rune{pickOne(g, seriesLetters), pickOne(g, seriesLetters)}),
		Number: fmt.Sprintf("%07d", g.rnd.IntN(10_000_000)),
	}
}

func (g *Gen) address() string {
	return fmt.Sprintf("%s, %s, %d-%d", pickOne(g, towns), pickOne(g, streets), 1+g.rnd.IntN(150), 1+g.rnd.IntN(200))
}

// name returns a full name of the given sex: Kazakh (with a patronymic in
// -ұлы/-қызы) or Russian.
func (g *Gen) name(female bool) string {
	if g.rnd.IntN(3) > 0 {
		s := pickOne(g, kkSurnames)
		if !female {
			return s + " " + pickOne(g, kkMale) + " " + pickOne(g, kkMale) + "ұлы"
		}
		return s + "а " + pickOne(g, kkFemale) + " " + pickOne(g, kkMale) + "қызы"
	}
	s := pickOne(g, ruSurnames)
	if !female {
		return s + " " + pickOne(g, ruMale) + " " + pickOne(g, ruFathers)[0]
	}
	if strings.HasSuffix(s, "о") || s == "Ким" {
		return s + " " + pickOne(g, ruFemale) + " " + pickOne(g, ruFathers)[1]
	}
	return s + "а " + pickOne(g, ruFemale) + " " + pickOne(g, ruFathers)[1]
}

// person returns a person aged from lo to hi full years on date, with an
// IIN that agrees with the date of birth and sex, and the age.
func (g *Gen) person(date time.Time, lo, hi int) (certificate.Person, int) {
	age := lo + g.rnd.IntN(hi-lo+1)
	// Born age years and 1 to 360 days before date: aged exactly age.
	birth := date.AddDate(-age, 0, -1-g.rnd.IntN(360))
	female := g.rnd.IntN(2) == 0
	sex := forms.SexMale
	if female {
		sex = forms.SexFemale
	}
	p := certificate.Person{FullName: g.name(female), IIN: g.IIN(birth, female), BirthDate: birth, Sex: sex}
	if g.rnd.IntN(3) > 0 {
		p.Address = g.address()
	}
	return p, age
}

// disability returns a group, cause and term that fit the age.
func (g *Gen) disability(p certificate.Person, age int, date time.Time) (forms.Group, forms.Cause, certificate.Period) {
	switch {
	case age < 7:
		return forms.GroupChild, forms.CauseChildUnder7, g.childPeriod(p.BirthDate, date, 7)
	case age < 18:
		return pickOne(g, childGroups), forms.CauseChild7to18, g.childPeriod(p.BirthDate, date, 18)
	}
	return pickOne(g, groups), pickOne(g, adultCauses), g.period(date, true)
}

// childPeriod is a child's term: a year, or until the next age limit.
func (g *Gen) childPeriod(birth, date time.Time, limit int) certificate.Period {
	from := date.AddDate(0, 0, -g.rnd.IntN(10))
	// The limit a month or more ahead: a notice is issued a few days
	// after the examination it reports.
	if end := birth.AddDate(limit, 0, 0); g.rnd.IntN(2) == 0 && end.After(date.AddDate(0, 1, 0)) {
		return certificate.Period{Term: forms.TermUntil, From: from, Until: end}
	}
	return certificate.Period{Term: forms.Term1Year, From: from, Until: from.AddDate(1, 0, 0)}
}

// period returns a term counted from up to ten days before date; indefinite
// only when allowed.
func (g *Gen) period(date time.Time, indefinite bool) certificate.Period {
	from := date.AddDate(0, 0, -g.rnd.IntN(10))
	n := 4
	if indefinite {
		n = 5
	}
	switch g.rnd.IntN(n) {
	case 0:
		return certificate.Period{Term: forms.Term6Months, From: from, Until: from.AddDate(0, 6, 0)}
	case 1:
		return certificate.Period{Term: forms.Term1Year, From: from, Until: from.AddDate(1, 0, 0)}
	case 2:
		return certificate.Period{Term: forms.Term2Years, From: from, Until: from.AddDate(2, 0, 0)}
	case 3:
		return certificate.Period{Term: forms.TermUntil, From: from, Until: from.AddDate(3, 0, 0)}
	}
	return certificate.Period{Term: forms.TermIndefinite, From: from}
}

func (g *Gen) professional(date time.Time) certificate.ProfessionalDegree {
	return certificate.ProfessionalDegree{
		Basis:  certificate.Ref{Number: fmt.Sprint(1 + g.rnd.IntN(300)), Date: date.AddDate(0, -1-g.rnd.IntN(10), -g.rnd.IntN(28))},
		Degree: certificate.Percent(5 * (1 + g.rnd.IntN(20))),
		Cause:  pickOne(g, professionalCauses),
		Period: g.period(date, true),
	}
}

func (g *Gen) rehab(iss certificate.Issuer, date time.Time, measures, executors []string) *certificate.Rehab {
	p, age := g.person(date, 1, 75)
	group, cause, _ := g.disability(p, age, date)
	r := &certificate.Rehab{Issuer: iss, Date: date, Person: p, Group: group, Cause: cause}
	if g.rnd.IntN(4) > 0 {
		r.Program = certificate.Ref{Number: fmt.Sprintf("ИПР-%04d", 1+g.rnd.IntN(9999)), Date: date}
	}
	for _, i := range g.rnd.Perm(len(measures))[:1+g.rnd.IntN(4)] {
		r.Measures = append(r.Measures, certificate.Measure{
			Name: measures[i], Until: date.AddDate(0, 1+g.rnd.IntN(11), 0),
			Executor: pickOne(g, executors) + ", " + pickOne(g, towns),
		})
	}
	return r
}

func (g *Gen) notice(iss certificate.Issuer, date time.Time) *certificate.ExpertNotice {
	exam := date.AddDate(0, 0, -g.rnd.IntN(3))
	p, age := g.person(exam, 1, 75)
	n := &certificate.ExpertNotice{
		Issuer: iss, Date: date, Person: p, Addressee: pickOne(g, clinics),
		Referral: certificate.Ref{Number: fmt.Sprint(1 + g.rnd.IntN(999)), Date: exam.AddDate(0, 0, -1-g.rnd.IntN(25))},
		Exam:     forms.ExamPrimary, ExamDate: exam,
	}
	if g.rnd.IntN(2) == 0 {
		n.Exam = forms.ExamRepeat
	}
	switch g.rnd.IntN(3) {
	case 0:
		n.Decision = forms.DecisionDisabled
		n.Group, n.Cause, n.Period = g.disability(p, age, exam)
	case 1:
		n.Decision = forms.DecisionNotDisabled
		n.Duplicate = n.Exam == forms.ExamPrimary
	default:
		n.Decision = forms.DecisionNoIPR
		n.Duplicate = g.rnd.IntN(2) == 0
	}
	n.DefectiveReferral = g.rnd.IntN(8) == 0
	return n
}
