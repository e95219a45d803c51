package certificate_test

import (
	"github.com/msedocs/msedocs/certificate"
	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/testkit"
)

// day and now are the fixtures' calendar day and clock (testkit).
var day, now = testkit.Day, testkit.Now()

// issuer is the department every fixture is issued by.
func issuer() certificate.Issuer {
	return certificate.Issuer{
		Region: forms.Text{KK: "Астана қаласы", RU: "городу Астана"},
		Unit:   forms.Text{KK: "№ 2 медициналық-әлеуметтік сараптама", RU: "медико-социальной экспертизы № 2"},
		Head:   "Сәрсенбаева Гүлнәр Қайратқызы",
	}
}

// testOptions check and print on the fixtures' clock.
func testOptions() *certificate.Options { return &certificate.Options{Now: now} }

// People whose IINs agree with their dates of birth and sex. Between them
// the names hold all nine Kazakh letters.
func woman1985() certificate.Person {
	return certificate.Person{FullName: "Әбдірахманова Гүлнәр Серікқызы", IIN: "850615401232",
		BirthDate: day(1985, 6, 15), Sex: forms.SexFemale, Address: "Астана қ., Тәуелсіздік даңғылы, 12-45"}
}

func man1985() certificate.Person {
	return certificate.Person{FullName: "Қасымов Ерғали Нұрланұлы", IIN: "850615301236",
		BirthDate: day(1985, 6, 15), Sex: forms.SexMale}
}

func woman1990() certificate.Person {
	return certificate.Person{FullName: "Ким Ольга Викторовна", IIN: "900101400003",
		BirthDate: day(1990, 1, 1), Sex: forms.SexFemale}
}

func woman1999() certificate.Person {
	return certificate.Person{FullName: "Сәтбаева Ұлжан Әлібекқызы", IIN: "991231405675",
		BirthDate: day(1999, 12, 31), Sex: forms.SexFemale}
}

func man1970() certificate.Person {
	return certificate.Person{FullName: "Һасенов Ұлан Іңкәрұлы", IIN: "700101300035",
		BirthDate: day(1970, 1, 1), Sex: forms.SexMale, Address: "Қарағанды қ., Бұқар жырау даңғылы, 7"}
}

func man1988() certificate.Person {
	return certificate.Person{FullName: "Жұмабеков Өмірзақ Шаһмарданұлы", IIN: "880506300012",
		BirthDate: day(1988, 5, 6), Sex: forms.SexMale, Address: "Астана қ., Сарыарқа ауданы, Жеңіс даңғылы, 3-17"}
}

func girl2006() certificate.Person {
	return certificate.Person{FullName: "Үсенова Аяулым Ғалымжанқызы", IIN: "061211600012",
		BirthDate: day(2006, 12, 11), Sex: forms.SexFemale, Address: "Астана қ., Есіл ауданы, Қабанбай батыр даңғылы, 9-120"}
}

func disability() *certificate.Disability {
	return &certificate.Disability{
		Issuer: issuer(), Date: day(2025, 1, 9),
		Serial: certificate.Serial{Series: "АБ", Number: "0012345"},
		Person: woman1985(), Group: forms.GroupII, Cause: forms.CauseGeneralDisease,
		Period: certificate.Period{Term: forms.Term1Year, From: day(2025, 1, 6), Until: day(2026, 2, 1)},
	}
}

func socialRehab() *certificate.SocialRehab {
	return &certificate.SocialRehab{
		Issuer: issuer(), Date: day(2025, 1, 9), Person: woman1985(),
		Group: forms.GroupII, Cause: forms.CauseGeneralDisease,
		Program: certificate.Ref{Number: "ИПР-0457", Date: day(2025, 1, 9)},
		Measures: []certificate.Measure{
			{Name: "Обеспечение креслом-коляской (комнатной)", Until: day(2025, 6, 30), Executor: "Отдел занятости и социальных программ г. Астаны"},
			{Name: "Санаторно-курортное лечение", Until: day(2025, 12, 31), Executor: "Отдел занятости и социальных программ г. Астаны"},
			{Name: "Әлеуметтік-тұрмыстық бейімделу", Until: day(2025, 12, 31), Executor: "«ОҢАЛТУ» арнаулы әлеуметтік қызметтер көрсету орталығы"},
		},
	}
}

func professionalRehab() *certificate.ProfessionalRehab {
	return &certificate.ProfessionalRehab{
		Issuer: issuer(), Date: day(2025, 1, 10), Person: man1970(),
		Group: forms.GroupIII, Cause: forms.CauseOccupationalDisease,
		Measures: []certificate.Measure{
			{Name: "Профессиональная ориентация", Until: day(2025, 3, 31), Executor: "Центр занятости населения г. Караганды"},
			{Name: "Переобучение по профессии «оператор ЭВМ»", Until: day(2025, 12, 31), Executor: "Центр занятости населения г. Караганды"},
		},
	}
}

func generalCapacity() *certificate.GeneralCapacity {
	return &certificate.GeneralCapacity{
		Issuer: issuer(), Date: day(2025, 1, 10),
		Serial: certificate.Serial{Series: "ЖЕ", Number: "0000815"},
		Person: woman1990(), Degree: 60, Cause: forms.CauseGeneralDisease,
		Period: certificate.Period{Term: forms.Term2Years, From: day(2025, 1, 10), Until: day(2027, 2, 1)},
	}
}

func professionalCapacity() *certificate.ProfessionalCapacity {
	return &certificate.ProfessionalCapacity{
		Issuer: issuer(), Date: day(2025, 1, 10),
		Serial: certificate.Serial{Series: "ВГ", Number: "0004567"},
		Person: woman1999(),
		ProfessionalDegree: certificate.ProfessionalDegree{
			Basis:  certificate.Ref{Number: "15", Date: day(2024, 11, 12)},
			Degree: 45, Cause: forms.CauseWorkInjury,
			Period: certificate.Period{Term: forms.Term1Year, From: day(2025, 1, 10), Until: day(2026, 2, 1)},
		},
	}
}

func professionalExtract() *certificate.ProfessionalCapacityExtract {
	return professionalCapacity().Extract(certificate.Ref{Number: "1024", Date: day(2025, 1, 10)}, "АО «Шығыс көмір» (работодатель)")
}

func care() *certificate.CareConclusion {
	return &certificate.CareConclusion{
		Issuer: issuer(), Date: day(2025, 1, 13),
		Serial: certificate.Serial{Series: "ҚК", Number: "0000231"},
		Person: man1970(), Cause: forms.CauseOccupationalDisease,
		Needs:  []forms.CareKind{forms.CareAttendance, forms.CareSanatorium, forms.CareMedicines},
		Period: certificate.Period{Term: forms.Term1Year, From: day(2025, 1, 13), Until: day(2026, 2, 1)},
	}
}

func fullRehabilitation() *certificate.FullRehabilitation {
	return &certificate.FullRehabilitation{
		Issuer: issuer(), Date: day(2025, 1, 15), Person: man1988(), ExamDate: day(2025, 1, 15),
		PreviousGroup: forms.GroupIII, PreviousCause: forms.CauseGeneralDisease,
	}
}

func expertNotice() *certificate.ExpertNotice {
	return &certificate.ExpertNotice{
		Issuer: issuer(), Date: day(2025, 1, 20), Person: girl2006(),
		Addressee: "ГКП на ПХВ «Городская поликлиника № 4» акимата г. Астаны",
		Referral:  certificate.Ref{Number: "457", Date: day(2025, 1, 5)},
		Exam:      forms.ExamPrimary,
		ExamDate:  day(2025, 1, 20),
		Decision:  forms.DecisionNotDisabled,
		Duplicate: true, DefectiveReferral: true,
	}
}

// all returns one of each document, in the order of forms.Documents.
func all() []certificate.Document {
	return []certificate.Document{
		disability(), socialRehab(), professionalRehab(), generalCapacity(),
		professionalCapacity(), professionalExtract(), care(), fullRehabilitation(), expertNotice(),
	}
}

// fullProfessionalRehab is the professional part issued whole: disability
// from a work injury.
func fullProfessionalRehab() *certificate.ProfessionalRehab {
	d := professionalRehab()
	d.Person = woman1999()
	d.Person.Address = "Өскемен қ., Ұлан көшесі, 5"
	d.Group, d.Cause = forms.GroupIII, forms.CauseWorkInjury
	d.Program = certificate.Ref{Number: "ИПР-1187", Date: day(2025, 1, 10)}
	return d
}

// disabledNotice is the notice sent to the medical organisation when
// disability was established: no duplicate.
func disabledNotice() *certificate.ExpertNotice {
	d := expertNotice()
	d.Person = man1985()
	d.Exam, d.Decision, d.Duplicate, d.DefectiveReferral = forms.ExamRepeat, forms.DecisionDisabled, false, false
	d.Group, d.Cause = forms.GroupI, forms.CauseService
	d.Period = certificate.Period{Term: forms.Term2Years, From: day(2025, 1, 20), Until: day(2027, 2, 1)}
	return d
}
