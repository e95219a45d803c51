package server

import (
	"bytes"
	"embed"
	"encoding/json"
	"html/template"
	"net/http"
	"path"
	"strings"
)

// web holds the page, its script and its style: nothing comes from
// elsewhere, so the page works offline under a strict CSP.
//
//go:embed web
var web embed.FS

// parsePage parses the page's template.
func parsePage() (*template.Template, error) { return template.ParseFS(web, "web/index.html") }

// pageData is what the page shows in each language.
type pageData struct {
	forms []Form
}

func newPageData(forms []Form) *pageData { return &pageData{forms: forms} }

// pageForm is a form as the page lists it.
type pageForm struct {
	ID, Title, Source string
}

// pageView is the template's data for one language.
type pageView struct {
	Lang      string
	T         map[string]string
	Journals  []pageForm
	Documents []pageForm
	// Codes is ProblemTexts(Lang) as JSON, for the script.
	Codes string
}

func (p *pageData) view(lang string) pageView {
	codes, _ := json.Marshal(ProblemTexts(lang)) // a map of strings always encodes
	v := pageView{Lang: lang, T: texts(lang), Codes: string(codes)}
	for _, f := range p.forms {
		pf := pageForm{ID: f.ID, Title: shortGap(f.RU), Source: f.Source}
		if lang == "kk" {
			pf.Title = shortGap(f.KK)
		}
		if f.Kind == "journal" {
			v.Journals = append(v.Journals, pf)
		} else {
			v.Documents = append(v.Documents, pf)
		}
	}
	return v
}

// shortGap shows a title's blank to be filled (the unit's «______») as
// «…»: on the page it is a name, not a line to write on.
func shortGap(title string) string {
	for strings.Contains(title, "__") {
		title = strings.ReplaceAll(title, "__", "_")
	}
	return strings.ReplaceAll(title, "_", "…")
}

func (s *Server) handlePage(w http.ResponseWriter, r *http.Request) {
	lang := r.URL.Query().Get("lang")
	if lang != "kk" {
		lang = "ru"
	}
	var b bytes.Buffer
	if err := s.tmpl.Execute(&b, s.page.view(lang)); err != nil {
		s.failed(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(b.Bytes())
}

// staticType returns the media type of a file under web/static.
func staticType(name string) (string, bool) {
	switch name {
	case "app.js":
		return "text/javascript; charset=utf-8", true
	case "app.css":
		return "text/css; charset=utf-8", true
	}
	return "", false
}

func (s *Server) handleStatic(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("file")
	ctype, ok := staticType(name)
	if !ok {
		s.problem(w, r, http.StatusNotFound, "no such file", nil)
		return
	}
	b, err := web.ReadFile(path.Join("web/static", name))
	if err != nil {
		s.failed(w, r, err)
		return
	}
	w.Header().Set("Content-Type", ctype)
	w.Write(b)
}

// texts returns the page's words in Kazakh ("kk") or Russian.
func texts(lang string) map[string]string {
	if lang == "kk" {
		return map[string]string{
			"title":      "МӘС журналдары мен құжаттары",
			"lead":       "Медициналық-әлеуметтік сараптама журналдары мен құжаттарын PDF немесе XLSX түрінде басып шығару.",
			"langs":      "Тіл",
			"blank":      "Бос бланк",
			"blankLead":  "Нысанды таңдап, тақырып жолдарын толтырыңыз (міндетті емес), содан кейін жүктеп алыңыз.",
			"form":       "Нысан",
			"journals":   "Журналдар",
			"documents":  "Құжаттар",
			"regionKK":   "Өңір (қазақша)",
			"regionRU":   "Өңір (орысша)",
			"unitKK":     "Бөлім (қазақша)",
			"unitRU":     "Бөлім (орысша)",
			"pages":      "Беттер саны (журналдар үшін)",
			"format":     "Пішім",
			"download":   "Жүктеп алу",
			"upload":     "Файлды тексеру немесе басып шығару",
			"uploadLead": "JSON немесе толтырылған XLSX жұмыс кітабын таңдаңыз.",
			"file":       "Файл (JSON немесе XLSX)",
			"check":      "Тексеру",
			"print":      "Басып шығару",
			"noscript":   "Файлды тексеру үшін JavaScript қажет; бос бланктар онсыз да жұмыс істейді.",
			"problems":   "Ақаулар",
			"where":      "Орны (жол немесе ұяшық)",
			"what":       "Ақау",
			"ok":         "Ақау табылған жоқ.",
			"found":      "Табылған ақаулар:",
			"busy":       "Жұмыс жүріп жатыр…",
			"failed":     "Сұрау орындалмады:",
			"noFile":     "Алдымен файлды таңдаңыз.",
			"list":       "Нысандар",
			"source":     "Құқықтық негізі",
		}
	}
	return map[string]string{
		"title":      "Журналы и документы МСЭ",
		"lead":       "Печать журналов и документов медико-социальной экспертизы в PDF или XLSX.",
		"langs":      "Язык",
		"blank":      "Пустой бланк",
		"blankLead":  "Выберите форму, при желании заполните строки заголовка и скачайте.",
		"form":       "Форма",
		"journals":   "Журналы",
		"documents":  "Документы",
		"regionKK":   "Регион (на казахском)",
		"regionRU":   "Регион (на русском)",
		"unitKK":     "Отдел (на казахском)",
		"unitRU":     "Отдел (на русском)",
		"pages":      "Число страниц (для журналов)",
		"format":     "Формат",
		"download":   "Скачать",
		"upload":     "Проверить или напечатать файл",
		"uploadLead": "Выберите JSON или заполненную книгу XLSX.",
		"file":       "Файл (JSON или XLSX)",
		"check":      "Проверить",
		"print":      "Напечатать",
		"noscript":   "Для проверки файла нужен JavaScript; пустые бланки работают и без него.",
		"problems":   "Ошибки",
		"where":      "Где (путь или ячейка)",
		"what":       "Ошибка",
		"ok":         "Ошибок не найдено.",
		"found":      "Найдены ошибки:",
		"busy":       "Идёт работа…",
		"failed":     "Запрос не выполнен:",
		"noFile":     "Сначала выберите файл.",
		"list":       "Формы",
		"source":     "Правовой источник",
	}
}
