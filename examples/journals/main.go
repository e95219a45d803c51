// Command journals writes every МСЭ journal of Order No. 318, blank and
// filled with synthetic entries, as PDF and as XLSX into a folder (default
// "out"):
//
//	go run ./examples/journals [-o DIR]
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/journal"
)

func main() {
	dir := flag.String("o", "out", "folder to write the files into")
	flag.Parse()
	if err := run(*dir); err != nil {
		fmt.Fprintln(os.Stderr, "journals:", err)
		os.Exit(1)
	}
}

func run(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	header := journal.Header{
		Region:  forms.Text{KK: "Алматы қаласы", RU: "городу Алматы"},
		Unit:    forms.Text{KK: "№ 2", RU: "№ 2"},
		Started: time.Date(2025, 1, 9, 0, 0, 0, 0, time.UTC),
		Certification: &journal.Certification{
			DeputyHead: "Сәрсенбаева Гүлнәр Қайратқызы",
			Date:       time.Date(2025, 1, 6, 0, 0, 0, 0, time.UTC),
		},
	}
	filled := []journal.Journal{
		&journal.StockJournal{Header: header, Disability: stockSection(60), Professional: stockSection(25)},
		&journal.DisabilityJournal{Header: header, Entries: disabilityEntries(80)},
		&journal.GeneralCapacityJournal{Header: header, Entries: generalCapacityEntries(50)},
		&journal.ProfessionalCapacityJournal{Header: header, Entries: professionalCapacityEntries(50)},
		&journal.CareJournal{Header: header, Entries: careEntries(40)},
		&journal.ActsJournal{Header: header, Entries: actEntries(120)},
	}
	for _, j := range filled {
		if err := write(filepath.Join(dir, j.Form().ID+".pdf"), j); err != nil {
			return err
		}
	}
	for _, form := range forms.Journals() {
		b := &journal.Blank{Journal: form, Header: journal.Header{
			Region: header.Region, Unit: header.Unit,
		}}
		if err := write(filepath.Join(dir, form.ID+"-blank.pdf"), b); err != nil {
			return err
		}
	}
	fmt.Println("wrote", len(filled)*2, "PDF and", len(filled)*2, "XLSX files to", dir)
	return nil
}

// write prints j as PDF at path and as XLSX next to it.
func write(path string, j journal.Journal) error {
	if err := writeFile(path, j.WritePDF); err != nil {
		return err
	}
	return writeFile(strings.TrimSuffix(path, ".pdf")+".xlsx", j.WriteXLSX)
}

func writeFile(path string, print func(io.Writer, *journal.Options) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := print(f, nil); err != nil {
		f.Close()
		os.Remove(path)
		return fmt.Errorf("%s: %w", path, err)
	}
	return f.Close()
}
