package main

import (
	"errors"
	"fmt"

	"github.com/msedocs/msedocs/certificate"
	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/server"
	"github.com/msedocs/msedocs/journal"
)

// library is the seam between the HTTP server and the packages journal and
// certificate: server.Library implemented on what the command already has
// (families, decodeAny, readXLSX). A change of the library's API changes
// this file only.
type library struct{}

func (library) Forms() []server.Form {
	var out []server.Form
	for i, fam := range families {
		kind := "document"
		if i == 0 {
			kind = "journal"
		}
		for _, f := range fam.list() {
			out = append(out, server.Form{ID: f.id, Kind: kind, KK: f.kk, RU: f.ru, Source: f.source})
		}
	}
	return out
}

func (library) Schema(id string) ([]byte, error) {
	fam, ok := findForm(id)
	if !ok {
		return nil, server.ErrUnknownForm
	}
	return fam.schema(id)
}

func (library) Decode(data []byte) (server.Records, error) {
	f, err := decodeAny(data)
	if err != nil {
		if f != nil {
			// The decoder went on: validation's problems come with its.
			err = together(err, f.validate())
		}
		return nil, problems(err)
	}
	return records{f}, nil
}

func (library) Blank(id string, spec server.BlankSpec) (server.Records, error) {
	region := forms.Text{KK: spec.RegionKK, RU: spec.RegionRU}
	unit := forms.Text{KK: spec.UnitKK, RU: spec.UnitRU}
	if form, ok := forms.JournalByID(id); ok {
		if spec.Pages > journal.MaxBlankPages {
			return nil, &server.InputError{Problems: []server.Problem{{Path: "pages", Message: fmt.Sprintf("want 1 to %d", journal.MaxBlankPages)}}}
		}
		b := &journal.Blank{Journal: form, Pages: spec.Pages, Header: journal.Header{Region: region, Unit: unit}}
		return records{filledJournal{j: b}}, nil
	}
	b, ok := certificate.NewBlank(id)
	if !ok {
		return nil, server.ErrUnknownForm
	}
	if spec.Pages != 0 {
		return nil, &server.InputError{Problems: []server.Problem{{Path: "pages", Message: "pages is for journals; " + id + " is one page"}}}
	}
	b.Issuer = certificate.Issuer{Region: region, Unit: unit}
	return records{filledDocuments{docs: []certificate.Document{b}}}, nil
}

func (library) ReadWorkbook(data []byte) ([]byte, error) {
	j, err := readXLSX(data)
	if err != nil {
		ie := problems(err)
		for _, p := range ie.Problems {
			ie.Malformed = ie.Malformed || p.Path == ""
		}
		return nil, ie
	}
	return journal.Encode(j)
}

// records are a filled journal, a blank or documents, for the server.
type records struct{ f filled }

func (r records) Info() server.Info {
	switch f := r.f.(type) {
	case filledJournal:
		id := f.j.Form().ID
		_, blank := f.j.(*journal.Blank)
		return server.Info{Form: id, Name: id, Entries: entries(f.j), Blank: blank}
	case filledDocuments:
		in := server.Info{Form: certificate.BatchForm, Name: certificate.BatchForm, Entries: len(f.docs)}
		if !f.batch && len(f.docs) == 1 {
			in.Form = f.docs[0].Form().ID
			in.Name = in.Form
			_, in.Blank = f.docs[0].(*certificate.Blank)
		}
		return in
	}
	return server.Info{Form: "unknown", Name: "msedocs"}
}

func (r records) Validate() error {
	if err := r.f.validate(); err != nil {
		return problems(err)
	}
	return nil
}

func (r records) Render(format server.Format, t server.Target) error {
	switch f := r.f.(type) {
	case filledJournal:
		jf := journal.PDF
		if format == server.XLSX {
			jf = journal.XLSX
		}
		bound := func(several bool) {
			if several {
				t.Several()
			}
		}
		return journal.Write([]journal.Output{{Journal: f.j, Format: jf, Create: t.Create, Bound: bound}}, nil)
	case filledDocuments:
		w, err := t.Create(1)
		if err != nil {
			return err
		}
		if format == server.XLSX {
			err = certificate.WriteXLSX(w, nil, f.docs...)
		} else {
			err = certificate.WritePDF(w, nil, f.docs...)
		}
		if cerr := w.Close(); err == nil {
			err = cerr
		}
		return err
	}
	return fmt.Errorf("cannot print %T", r.f)
}

// entries counts a journal's entries.
func entries(j journal.Journal) int {
	switch j := j.(type) {
	case *journal.StockJournal:
		return len(j.Disability.Entries) + len(j.Professional.Entries)
	case *journal.DisabilityJournal:
		return len(j.Entries)
	case *journal.GeneralCapacityJournal:
		return len(j.Entries)
	case *journal.ProfessionalCapacityJournal:
		return len(j.Entries)
	case *journal.CareJournal:
		return len(j.Entries)
	case *journal.ActsJournal:
		return len(j.Entries)
	}
	return 0
}

// problems turns the library's errors into problems by JSON path or
// cell. Their messages name places, never a person's data.
func problems(err error) *server.InputError {
	ie := &server.InputError{}
	for _, e := range leaves(err) {
		var (
			pe *pathError
			je *journal.JSONError
			ce *journal.CellError
		)
		p := server.Problem{Message: e.Error(), Code: problemCode(e)}
		switch {
		case errors.As(e, &pe):
			p.Path, p.Message = pe.path, pe.err.Error()
		case errors.As(e, &je):
			ie.Malformed = ie.Malformed || errors.Is(je, journal.ErrSyntax)
			p.Path, p.Message = je.Path, je.Err.Error()
		case errors.As(e, &ce):
			p.Path, p.Message = ce.Sheet+"!"+ce.Cell, ce.Err.Error()
		}
		ie.Problems = append(ie.Problems, p)
	}
	return ie
}
