// Command certificates writes one of each result document of the МСЭ
// state service, filled with made-up data, as PDF and as XLSX into a
// folder (default "out"), and all of them together for batch printing.
// Each of the two parts of the rehabilitation programme is written twice:
// as an extract and as the whole part that a person disabled by a work
// injury receives (files named …-full), so both titles can be seen:
//
//	go run ./examples/certificates [-o DIR]
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/msedocs/msedocs/certificate"
	"github.com/msedocs/msedocs/forms"
)

func main() {
	dir := flag.String("o", "out", "folder to write the files into")
	flag.Parse()
	if err := run(*dir); err != nil {
		fmt.Fprintln(os.Stderr, "certificates:", err)
		os.Exit(1)
	}
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func run(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	docs := samples()
	n := 0
	for _, d := range docs {
		for _, out := range []struct {
			ext   string
			write func(io.Writer, *certificate.Options, ...certificate.Document) error
		}{{".pdf", certificate.WritePDF}, {".xlsx", certificate.WriteXLSX}} {
			if err := write(filepath.Join(dir, fileName(d)+out.ext), out.write, d); err != nil {
				return err
			}
			n++
		}
	}
	if err := write(filepath.Join(dir, "certificates.pdf"), certificate.WritePDF, docs...); err != nil {
		return err
	}
	if err := write(filepath.Join(dir, "certificates.xlsx"), certificate.WriteXLSX, docs...); err != nil {
		return err
	}
	fmt.Println("wrote", n+2, "files to", dir)
	return nil
}

// fileName names the files of d: its form's ID, and -full for the whole
// part of the rehabilitation programme.
func fileName(d certificate.Document) string {
	if p, ok := d.(interface{ Full() bool }); ok && p.Full() {
		return d.Form().ID + "-full"
	}
	return d.Form().ID
}

func write(path string, w func(io.Writer, *certificate.Options, ...certificate.Document) error, docs ...certificate.Document) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := w(f, nil, docs...); err != nil {
		f.Close()
		os.Remove(path)
		return fmt.Errorf("%s: %w", path, err)
	}
	return f.Close()
}

// samples returns one of each document, issued by one department to
// made-up people whose IINs agree with their dates of birth and sex.
func samples() []certificate.Document {
	iss := certificate.Issuer{
		Region: forms.Text{KK: "Алматы қаласы", RU: "городу Алматы"},
		Unit:   forms.Text{KK: "№ 3 медициналық-әлеуметтік сараптама", RU: "медико-социальной экспертизы № 3"},
		Head:   "Нұрғалиев Бауыржан Өмірзақұлы",
	}
	aigul := certificate.Person{FullName: "Серікбаева Айгүл Қайратқызы", IIN: "850615401232",
		BirthDate: day(1985, 6, 15), Sex: forms.SexFemale, Address: "Алматы қ., Абай даңғылы, 52-14"}
	yerlan := certificate.Person{FullName: "Төлеуов Ерғали Жәнібекұлы", IIN: "700101300035",
		BirthDate: day(1970, 1, 1), Sex: forms.SexMale, Address: "Алматы қ., Бостандық ауданы, Әуезов көшесі, 84"}
	olga := certificate.Person{FullName: "Соколова Ольга Петровна", IIN: "900101400003",
		BirthDate: day(1990, 1, 1), Sex: forms.SexFemale}
	dauren := certificate.Person{FullName: "Ізбасаров Дәурен Шаһмарданұлы", IIN: "880506300012",
		BirthDate: day(1988, 5, 6), Sex: forms.SexMale, Address: "Алматы қ., Медеу ауданы, Достық даңғылы, 7-3"}
	ulzhan := certificate.Person{FullName: "Оразалина Ұлжан Ғалымқызы", IIN: "061211600012",
		BirthDate: day(2006, 12, 11), Sex: forms.SexFemale, Address: "Алматы қ., Түрксіб ауданы, Сүйінбай даңғылы, 120"}
	year := certificate.Period{Term: forms.Term1Year, From: day(2025, 3, 3), Until: day(2026, 4, 1)}

	prof := &certificate.ProfessionalCapacity{
		Issuer: iss, Date: day(2025, 3, 4), Serial: certificate.Serial{Series: "КЕ", Number: "0004567"}, Person: yerlan,
		ProfessionalDegree: certificate.ProfessionalDegree{
			Basis:  certificate.Ref{Number: "27", Date: day(2024, 12, 18)},
			Degree: 60, Cause: forms.CauseWorkInjury, Period: year,
		},
	}
	docs := []certificate.Document{
		&certificate.Disability{
			Issuer: iss, Date: day(2025, 3, 3), Serial: certificate.Serial{Series: "МТ", Number: "0012345"}, Person: aigul,
			Group: forms.GroupII, Cause: forms.CauseGeneralDisease, Period: year,
		},
	}
	docs = append(docs, rehabSamples(iss, aigul, yerlan)...)
	return append(docs,
		&certificate.GeneralCapacity{
			Issuer: iss, Date: day(2025, 3, 5), Serial: certificate.Serial{Series: "ЖЕ", Number: "0000815"}, Person: olga,
			Degree: 45, Cause: forms.CauseGeneralDisease,
			Period: certificate.Period{Term: forms.Term2Years, From: day(2025, 3, 5), Until: day(2027, 4, 1)},
		},
		prof,
		prof.Extract(certificate.Ref{Number: "1024", Date: day(2025, 3, 4)}, "АО «Қазақмыс Корпорациясы» (работодатель)"),
		&certificate.CareConclusion{
			Issuer: iss, Date: day(2025, 3, 4), Serial: certificate.Serial{Series: "ҚК", Number: "0000231"}, Person: yerlan,
			Cause: forms.CauseWorkInjury, Needs: []forms.CareKind{forms.CareAttendance, forms.CareProsthetics, forms.CareSanatorium},
			Period: year,
		},
		&certificate.FullRehabilitation{
			Issuer: iss, Date: day(2025, 3, 6), Person: dauren, ExamDate: day(2025, 3, 6),
			PreviousGroup: forms.GroupIII, PreviousCause: forms.CauseGeneralDisease,
		},
		&certificate.ExpertNotice{
			Issuer: iss, Date: day(2025, 3, 7), Person: ulzhan,
			Addressee: "ГКП на ПХВ «Городская поликлиника № 5» УОЗ г. Алматы",
			Referral:  certificate.Ref{Number: "312", Date: day(2025, 2, 24)},
			Exam:      forms.ExamPrimary,
			ExamDate:  day(2025, 3, 7),
			Decision:  forms.DecisionNotDisabled,
			Duplicate: true,
		},
	)
}

// rehabSamples returns extracts from both parts of two programmes: one
// for a general disease, one for an injury at work (the whole part).
func rehabSamples(iss certificate.Issuer, aigul, yerlan certificate.Person) []certificate.Document {
	return []certificate.Document{
		&certificate.SocialRehab{
			Issuer: iss, Date: day(2025, 3, 3), Person: aigul, Group: forms.GroupII, Cause: forms.CauseGeneralDisease,
			Program: certificate.Ref{Number: "ИПР-0457", Date: day(2025, 3, 3)},
			Measures: []certificate.Measure{
				{Name: "Обеспечение креслом-коляской (комнатной)", Until: day(2025, 9, 30), Executor: "Управление занятости и социальных программ г. Алматы"},
				{Name: "Санаторно-курортное лечение", Until: day(2025, 12, 31), Executor: "Управление занятости и социальных программ г. Алматы"},
			},
		},
		&certificate.SocialRehab{
			Issuer: iss, Date: day(2025, 3, 4), Person: yerlan, Group: forms.GroupIII, Cause: forms.CauseWorkInjury,
			Program: certificate.Ref{Number: "ИПР-0458", Date: day(2025, 3, 4)},
			Measures: []certificate.Measure{
				{Name: "Обеспечение протезно-ортопедическими средствами", Until: day(2025, 8, 31), Executor: "Управление занятости и социальных программ г. Алматы"},
			},
		},
		&certificate.ProfessionalRehab{
			Issuer: iss, Date: day(2025, 3, 3), Person: aigul, Group: forms.GroupII, Cause: forms.CauseGeneralDisease,
			Program: certificate.Ref{Number: "ИПР-0457", Date: day(2025, 3, 3)},
			Measures: []certificate.Measure{
				{Name: "Профессиональное обучение по специальности «бухгалтер»", Until: day(2025, 12, 31), Executor: "Центр занятости населения г. Алматы"},
			},
		},
		&certificate.ProfessionalRehab{
			Issuer: iss, Date: day(2025, 3, 4), Person: yerlan, Group: forms.GroupIII, Cause: forms.CauseWorkInjury,
			Measures: []certificate.Measure{
				{Name: "Кәсіптік бағдар беру", Until: day(2025, 5, 31), Executor: "Алматы қаласының халықты жұмыспен қамту орталығы"},
				{Name: "Переобучение по профессии «оператор ЭВМ»", Until: day(2025, 12, 31), Executor: "Центр занятости населения г. Алматы"},
			},
		},
	}
}
