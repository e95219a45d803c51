package journal

import (
	"io"
	"iter"

	"github.com/msedocs/msedocs/forms"
)

// Journal is implemented by every journal type of this package and by
// Blank.
type Journal interface {
	// Form returns the legal form the journal follows.
	Form() forms.Journal
	// Validate reports every problem at once (see ValidationError).
	Validate(opts *Options) error
	// WritePDF validates the journal and prints it as PDF to w, each page
	// as soon as it is laid out, so memory stays flat however long the
	// journal. Nothing is written if the journal is invalid; if w fails,
	// or a Stream fails on its second reading, w holds part of a file.
	WritePDF(w io.Writer, opts *Options) error
	// WriteXLSX validates the journal and writes it as an XLSX workbook
	// to w, laid out as for the PDF.
	WriteXLSX(w io.Writer, opts *Options) error
	source() *source
}

// DisabilityJournal is journal 2, «Журнал регистрации выдачи справки об
// инвалидности» (Order No. 318, Appendix 2).
type DisabilityJournal struct {
	Header
	// Entries are the entries in order; ignored when Stream is set.
	Entries []DisabilityEntry
	// Stream, when not nil, supplies the entries instead of Entries, so
	// that a long journal can come straight from a database without being
	// held in memory. It is read more than once: to validate, then to
	// print; each reading must yield the same entries.
	Stream iter.Seq2[DisabilityEntry, error] `json:"-"`
}

// Form returns the form of Appendix 2.
func (j *DisabilityJournal) Form() forms.Journal { return forms.Journal2() }

func (j *DisabilityJournal) source() *source {
	return &source{form: j.Form(), header: &j.Header, sections: []section{entrySection(j.Entries, j.Stream, disabilityEntryRecord)}}
}

// GeneralCapacityJournal is journal 3, «Журнал регистрации выдачи справки
// о степени утраты общей трудоспособности» (Order No. 318, Appendix 3).
type GeneralCapacityJournal struct {
	Header
	// Entries are the entries in order; ignored when Stream is set.
	Entries []GeneralCapacityEntry
	// Stream, when not nil, supplies the entries instead of Entries, so
	// that a long journal can come straight from a database without being
	// held in memory. It is read more than once: to validate, then to
	// print; each reading must yield the same entries.
	Stream iter.Seq2[GeneralCapacityEntry, error] `json:"-"`
}

// Form returns the form of Appendix 3.
func (j *GeneralCapacityJournal) Form() forms.Journal { return forms.Journal3() }

func (j *GeneralCapacityJournal) source() *source {
	return &source{form: j.Form(), header: &j.Header, sections: []section{entrySection(j.Entries, j.Stream, generalCapacityEntryRecord)}}
}

// ProfessionalCapacityJournal is journal 4, «Журнал регистрации выдачи
// справки о степени утраты профессиональной трудоспособности и выписки из
// справки о степени утраты профессиональной трудоспособности и акта
// медико-социальной экспертизы» (Order No. 318, Appendix 4).
type ProfessionalCapacityJournal struct {
	Header
	// Entries are the entries in order; ignored when Stream is set.
	Entries []ProfessionalCapacityEntry
	// Stream, when not nil, supplies the entries instead of Entries, so
	// that a long journal can come straight from a database without being
	// held in memory. It is read more than once: to validate, then to
	// print; each reading must yield the same entries.
	Stream iter.Seq2[ProfessionalCapacityEntry, error] `json:"-"`
}

// Form returns the form of Appendix 4.
func (j *ProfessionalCapacityJournal) Form() forms.Journal { return forms.Journal4() }

func (j *ProfessionalCapacityJournal) source() *source {
	return &source{form: j.Form(), header: &j.Header, sections: []section{entrySection(j.Entries, j.Stream, professionalCapacityEntryRecord)}}
}

// CareJournal is journal 5, «Журнал регистрации выдачи заключений о
// нуждаемости пострадавшего работника в дополнительных видах помощи и
// уходе» (Order No. 318, Appendix 5).
type CareJournal struct {
	Header
	// Entries are the entries in order; ignored when Stream is set.
	Entries []CareEntry
	// Stream, when not nil, supplies the entries instead of Entries, so
	// that a long journal can come straight from a database without being
	// held in memory. It is read more than once: to validate, then to
	// print; each reading must yield the same entries.
	Stream iter.Seq2[CareEntry, error] `json:"-"`
}

// Form returns the form of Appendix 5.
func (j *CareJournal) Form() forms.Journal { return forms.Journal5() }

func (j *CareJournal) source() *source {
	return &source{form: j.Form(), header: &j.Header, sections: []section{entrySection(j.Entries, j.Stream, careEntryRecord)}}
}

// ActsJournal is journal 6, «Журнал учета движения актов медико-социальной
// экспертизы» (Order No. 318, Appendix 6).
type ActsJournal struct {
	Header
	// Entries are the entries in order; ignored when Stream is set.
	Entries []ActEntry
	// Stream, when not nil, supplies the entries instead of Entries, so
	// that a long journal can come straight from a database without being
	// held in memory. It is read more than once: to validate, then to
	// print; each reading must yield the same entries.
	Stream iter.Seq2[ActEntry, error] `json:"-"`
}

// Form returns the form of Appendix 6.
func (j *ActsJournal) Form() forms.Journal { return forms.Journal6() }

func (j *ActsJournal) source() *source {
	return &source{form: j.Form(), header: &j.Header, sections: []section{entrySection(j.Entries, j.Stream, actEntryRecord)}}
}

// The methods every journal shares.

// Validate reports every problem of the journal at once, checked as
// WritePDF and WriteXLSX with opts would (nil: the defaults).
func (j *StockJournal) Validate(opts *Options) error { return validate(j, opts) }

// Validate reports every problem of the journal at once, checked as
// WritePDF and WriteXLSX with opts would (nil: the defaults).
func (j *DisabilityJournal) Validate(opts *Options) error { return validate(j, opts) }

// Validate reports every problem of the journal at once, checked as
// WritePDF and WriteXLSX with opts would (nil: the defaults).
func (j *GeneralCapacityJournal) Validate(opts *Options) error { return validate(j, opts) }

// Validate reports every problem of the journal at once, checked as
// WritePDF and WriteXLSX with opts would (nil: the defaults).
func (j *ProfessionalCapacityJournal) Validate(opts *Options) error { return validate(j, opts) }

// Validate reports every problem of the journal at once, checked as
// WritePDF and WriteXLSX with opts would (nil: the defaults).
func (j *CareJournal) Validate(opts *Options) error { return validate(j, opts) }

// Validate reports every problem of the journal at once, checked as
// WritePDF and WriteXLSX with opts would (nil: the defaults).
func (j *ActsJournal) Validate(opts *Options) error { return validate(j, opts) }

// WritePDF validates the journal and prints it as PDF to w.
func (j *StockJournal) WritePDF(w io.Writer, opts *Options) error { return writePDF(j, w, opts) }

// WritePDF validates the journal and prints it as PDF to w.
func (j *DisabilityJournal) WritePDF(w io.Writer, opts *Options) error { return writePDF(j, w, opts) }

// WritePDF validates the journal and prints it as PDF to w.
func (j *GeneralCapacityJournal) WritePDF(w io.Writer, opts *Options) error {
	return writePDF(j, w, opts)
}

// WritePDF validates the journal and prints it as PDF to w.
func (j *ProfessionalCapacityJournal) WritePDF(w io.Writer, opts *Options) error {
	return writePDF(j, w, opts)
}

// WritePDF validates the journal and prints it as PDF to w.
func (j *CareJournal) WritePDF(w io.Writer, opts *Options) error { return writePDF(j, w, opts) }

// WritePDF validates the journal and prints it as PDF to w.
func (j *ActsJournal) WritePDF(w io.Writer, opts *Options) error { return writePDF(j, w, opts) }

// validate checks a journal with the default options.
func validate(j Journal, opts *Options) error {
	r, err := resolve(opts)
	if err != nil {
		return err
	}
	return j.source().validate(r)
}
