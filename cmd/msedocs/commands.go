package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/msedocs/msedocs/certificate"
	"github.com/msedocs/msedocs/journal"
)

// maxSample bounds "sample -n".
const maxSample = 1_000_000

// commands are the subcommands, in the order of the help; serve is in
// servecmd.go.
var commands = []*command{
	{
		name: "forms", args: "", summary: "list the forms: id, Kazakh and Russian title, legal source",
		about: "Lists every form, one a line: its stable id (journal1 … journal6 for the\n" +
			"journals, by appendix number), its Kazakh and Russian titles and its legal\n" +
			"source, separated by tabs. The id names the form in the other commands and\n" +
			"in the \"form\" key of the JSON.",
		example: "msedocs forms",
		setup: func(a *app, _ *flag.FlagSet) func([]string) error {
			return func([]string) error {
				var b strings.Builder
				for _, f := range allForms() {
					fmt.Fprintf(&b, "%s\t%s\t%s\t%s\n", f.id, f.kk, f.ru, f.source)
				}
				_, err := io.WriteString(a.stdout, b.String())
				return err
			}
		},
	},
	{
		name: "blank", args: "<form> [-pages N] -o FILE", npos: 1,
		summary: "write a blank journal or document (PDF or XLSX)",
		about: "Writes a blank form to be filled by hand; the format follows the extension\n" +
			"of FILE (.pdf, .xlsx). A blank journal of -pages N has exactly N printed\n" +
			"pages in all, title and certification included, and its certification\n" +
			"states N in figures and words. A blank document (disability …\n" +
			"expert_notice) is its one page: every label of the form, the values, the\n" +
			"series and number and the dates left as ruled gaps.",
		example: "msedocs blank journal6 -pages 100 -o journal6.pdf",
		setup: func(a *app, fs *flag.FlagSet) func([]string) error {
			pages := fs.Int("pages", 0, "number of pages `N` in all (default: the form's own, 100)")
			out := fs.String("o", "", "output `FILE`, .pdf or .xlsx; - for stdout")
			format := fs.String("format", "", "output `format`, pdf or xlsx (default: from the extension)")
			wf, ff := addWriteFlags(fs), addFontFlags(fs)
			noArchive := fs.Bool("no-pdfa", false, noArchiveUsage)
			return func(pos []string) error {
				fam, err := formArg(pos[0])
				if err != nil {
					return err
				}
				if isSet(fs, "pages") && (*pages < 1 || *pages > journal.MaxBlankPages) {
					return usagef("-pages %d: want 1 to %d", *pages, journal.MaxBlankPages)
				}
				o, err := a.printOutput(*out, *format)
				if err != nil {
					return err
				}
				if err := o.guard("", *wf.force); err != nil {
					return err
				}
				if o.fonts, err = ff.load(); err != nil {
					return err
				}
				o.pages = *pages
				o.noArchive = *noArchive
				return fam.blank(pos[0], o)
			}
		},
	},
	{
		name: "render", args: "-in FILE.json [-db URL -query SQL] -o FILE [-volume-pages N]", summary: "print a filled journal or a batch of documents from JSON",
		about: "Reads JSON (see msedocs schema), checks it and prints it; the format follows\n" +
			"the extension of the output (.pdf, .xlsx). Nothing is written when the\n" +
			"input has a problem: every problem is listed on stderr, and the exit\n" +
			"status is 1. - reads stdin or writes stdout.\n" +
			"\n" +
			"A journal longer than -volume-pages pages is bound in volumes, each with\n" +
			"its own title page, continued numbering and certification: -o name.pdf\n" +
			"writes name.vol1.pdf, name.vol2.pdf, …, and a journal that fits in one\n" +
			"volume just name.pdf; -volume-pages 0 never splits. Either every file\n" +
			"is written or none is. The name\n" +
			"owns its set: once the new files are in place, the files of an earlier\n" +
			"render that the new set does not hold (name.pdf beside new volumes, or\n" +
			"volumes beyond the new count) are removed. Stdout gets the journal in\n" +
			"one piece.\n" +
			"\n" +
			"The output may not be the input (also through a link), and its extension\n" +
			"must be the format's. A read-only file, or a symbolic link, is not\n" +
			"replaced unless -force is given. -font and -font-bold print in another\n" +
			"TrueType face (e.g. Times New Roman; Liberation Serif has its metrics and\n" +
			"is the default); a letter the face lacks is an error naming it (U+XXXX).\n" +
			"SIGINT, SIGTERM and SIGHUP stop the render and remove its temporary\n" +
			"files (exit status 130, 143, 129).\n" +
			"\n" +
			"PDF files are PDF/A-1b, the archival form, unless -no-pdfa is given.\n" +
			"\n" +
			"A batch of documents, {\"form\": \"documents\", \"documents\": [...]}, or one\n" +
			"document prints a document a page (PDF) or a sheet (XLSX); they print\n" +
			"both languages, so -lang is for journals.\n" +
			"\n" +
			dbAbout,
		example: "msedocs render -in journal6.json -o journal6.pdf",
		setup: func(a *app, fs *flag.FlagSet) func([]string) error {
			in := fs.String("in", "", "input `FILE` (JSON); - for stdin")
			out := fs.String("o", "", "output `FILE`, .pdf or .xlsx; - for stdout")
			format := fs.String("format", "", "output `format`, pdf or xlsx (default: from the extension)")
			lang := fs.String("lang", "ru", "`language` of values from closed lists (groups, causes, terms): ru or kk")
			volumePages := fs.Int("volume-pages", journal.DefaultVolumePages,
				"most pages `N` of a volume of a long journal, title and certification included; 0 never splits")
			verifyURL := fs.String("verify-url", "",
				"documents: print a QR code of this verification `URL` on each, with {form}, {series}, {number}, {date} filled in")
			wf, ff := addWriteFlags(fs), addFontFlags(fs)
			noArchive := fs.Bool("no-pdfa", false, noArchiveUsage)
			db := addDBFlags(fs)
			return func([]string) error {
				if *in == "" {
					return usagef("-in FILE is required (- for stdin)")
				}
				useDB, err := db.used()
				if err != nil {
					return err
				}
				if err := certificate.CheckVerifyURL(*verifyURL); err != nil {
					return usagef("-verify-url: %v", err)
				}
				if *volumePages != 0 && (*volumePages < minVolumePages || *volumePages > maxVolumePages) {
					return usagef("-volume-pages %d: want 0 (never split) or %d to %d", *volumePages, minVolumePages, maxVolumePages)
				}
				o, err := a.printOutput(*out, *format)
				if err != nil {
					return err
				}
				if o.path == "-" && isSet(fs, "volume-pages") {
					return usagef("-volume-pages needs -o FILE: stdout takes one file")
				}
				o.volumePages = *volumePages
				if o.volumePages == 0 {
					o.volumePages = journal.NoVolumeLimit
				}
				o.noArchive = *noArchive
				if o.lang, err = parseLang(*lang); err != nil {
					return err
				}
				o.verifyURL = *verifyURL
				if err := o.guard(*in, *wf.force); err != nil {
					return err
				}
				if o.fonts, err = ff.load(); err != nil {
					return err
				}
				if useDB {
					f, err := a.openDB(*in, *db.url, *db.query)
					if err != nil {
						return err
					}
					defer f.close()
					if _, journal := f.(*dbJournal); journal && *verifyURL != "" {
						return usagef("-verify-url is for documents; a journal carries no code")
					}
					return f.write(o)
				}
				return a.renderInput(*in, o)
			}
		},
	},
	{
		name: "validate", args: "-in FILE.json [-db URL -query SQL]", summary: "list every problem of a JSON input; exit 1 if any",
		about: "Checks JSON as render would and prints every problem on stderr, one a\n" +
			"line: where it is (the JSON path, then the entry and column of a journal or\n" +
			"the document and field of a batch) and what is wrong. Exits 1 if there is\n" +
			"any. Nothing is written. With -db and -query the entries are the query's\n" +
			"rows, as for render.",
		example: "msedocs validate -in journal6.json",
		setup: func(a *app, fs *flag.FlagSet) func([]string) error {
			in := fs.String("in", "", "input `FILE` (JSON); - for stdin")
			db := addDBFlags(fs)
			return func([]string) error {
				if *in == "" {
					return usagef("-in FILE is required (- for stdin)")
				}
				useDB, err := db.used()
				if err != nil {
					return err
				}
				name := *in
				if name == "-" {
					name = "stdin"
				}
				var f filled
				if useDB {
					d, err := a.openDB(*in, *db.url, *db.query)
					if err != nil {
						return err
					}
					defer d.close()
					if err := d.validate(); err != nil {
						return err
					}
					f, name = d, name+" and the query"
				} else if f, err = a.decodeInput(*in); err != nil {
					return err
				}
				_, err = fmt.Fprintf(a.stdout, "%s: %s: no problems\n", name, f.describe())
				return err
			}
		},
	},
	{
		name: "schema", args: "<form> [-o FILE]", npos: 1, summary: "print the JSON Schema of a form",
		about: "Prints the JSON Schema (draft 2020-12) of the JSON that render and validate\n" +
			"read for the form: its keys, types, closed lists and the columns (or, for\n" +
			"a document, the labels) of the printed form they fill. A document's schema\n" +
			"takes one document, a blank one, or a batch {\"form\": \"documents\",\n" +
			"\"documents\": [...]} of documents of any form.",
		example: "msedocs schema journal6 -o journal6.schema.json",
		setup: func(a *app, fs *flag.FlagSet) func([]string) error {
			out := fs.String("o", "", "output `FILE.json` (default: stdout)")
			wf := addWriteFlags(fs)
			return func(pos []string) error {
				fam, err := formArg(pos[0])
				if err != nil {
					return err
				}
				o, err := a.jsonOutput(*out)
				if err != nil {
					return err
				}
				if err := o.guard("", *wf.force); err != nil {
					return err
				}
				b, err := fam.schema(pos[0])
				if err != nil {
					return err
				}
				return o.writeBytes(b)
			}
		},
	},
	{
		name: "read", args: "-in FILE.xlsx [-o FILE.json]", summary: "turn a filled XLSX journal back into JSON",
		about: "Reads a workbook written by msedocs render (and filled in since) and writes\n" +
			"the journal as JSON, to be checked with validate or printed with render.",
		example: "msedocs read -in journal6.xlsx -o journal6.json",
		setup: func(a *app, fs *flag.FlagSet) func([]string) error {
			in := fs.String("in", "", "input `FILE` (XLSX); - for stdin")
			out := fs.String("o", "", "output `FILE.json` (default: stdout)")
			wf := addWriteFlags(fs)
			return func([]string) error {
				if *in == "" {
					return usagef("-in FILE is required (- for stdin)")
				}
				if err := xlsxAvailable(); err != nil {
					return err
				}
				o, err := a.jsonOutput(*out)
				if err != nil {
					return err
				}
				if err := o.guard(*in, *wf.force); err != nil {
					return err
				}
				data, name, err := a.readInput(*in)
				if err != nil {
					return err
				}
				j, err := readXLSX(data)
				if err != nil {
					return &inputError{name, err}
				}
				b, err := journal.Encode(j)
				if err != nil {
					return err
				}
				return o.writeBytes(b)
			}
		},
	},
	{
		name: "sample", args: "<form> [-n N] [-seed S] [-o FILE]", npos: 1,
		summary: "write realistic synthetic data as JSON, to try the tool",
		about: "Writes N synthetic entries of the form as JSON, with a filled header:\n" +
			"Kazakh and Russian names, plausible dates, groups, causes and terms, no real\n" +
			"person's data; journal 1 shares the entries between its two sections. For\n" +
			"a document form it writes a batch of N documents of that form, each valid:\n" +
			"IINs that agree with the date of birth and sex, groups and causes that fit\n" +
			"the age. The same seed gives the same output. Render it to try the tool,\n" +
			"or use it as benchmark input.",
		example: "msedocs sample journal6 -n 200 -seed 7 -o journal6.json",
		setup: func(a *app, fs *flag.FlagSet) func([]string) error {
			n := fs.Int("n", 100, "number of entries `N`")
			seed := fs.Uint64("seed", 1, "random seed `S`")
			out := fs.String("o", "", "output `FILE.json` (default: stdout)")
			wf := addWriteFlags(fs)
			return func(pos []string) error {
				fam, err := formArg(pos[0])
				if err != nil {
					return err
				}
				if *n < 0 || *n > maxSample {
					return usagef("-n %d: want 0 to %d", *n, maxSample)
				}
				o, err := a.jsonOutput(*out)
				if err != nil {
					return err
				}
				if err := o.guard("", *wf.force); err != nil {
					return err
				}
				b, err := fam.sample(pos[0], *n, *seed)
				if err != nil {
					return err
				}
				return o.writeBytes(b)
			}
		},
	},
	serveCommand,
}

// decodeInput decodes and checks the JSON input -in path, streaming: a
// journal's entries are read one at a time, once to check them here and
// once more to print them (see openInput).
func (a *app) decodeInput(path string) (filled, error) {
	f, name, err := a.readFilled(path)
	if err != nil {
		return nil, err
	}
	if err := f.validate(); err != nil {
		return nil, &inputError{name, err}
	}
	return f, nil
}

// readFilled decodes the JSON input -in path without checking it, and
// returns the name to give in messages.
func (a *app) readFilled(path string) (filled, string, error) {
	open, name, err := a.openInput(path)
	if err != nil {
		return nil, name, err
	}
	f, err := decodeStream(open)
	if err != nil {
		if f != nil {
			// The decoder went on: validation's problems come with its.
			err = together(err, f.validate())
		}
		return nil, name, &inputError{name, err}
	}
	return f, name, nil
}

// renderInput decodes -in path and writes it to o. A journal is checked
// by its writer as it prints (journal.Options.ReadOnce), a batch of
// documents by its writer before it prints; the problems they find are
// reported as validate reports them. Other documents are checked first.
func (a *app) renderInput(path string, o *output) error {
	f, name, err := a.readFilled(path)
	if err != nil {
		return err
	}
	if sd, ok := f.(streamedDocuments); ok {
		// Checked by its writer, as a journal is: read once for a PDF,
		// twice for a workbook (streamedDocuments.write).
		err := sd.write(o)
		if streamProblem(err) {
			return &inputError{name, docProblems(err, true)}
		}
		return err
	}
	fj, ok := f.(filledJournal)
	if !ok {
		if err := f.validate(); err != nil {
			return &inputError{name, err}
		}
		return f.write(o)
	}
	if o.verifyURL != "" {
		return usagef("-verify-url is for documents; a journal carries no code")
	}
	err = fj.write(o)
	if inputProblem(err) {
		return &inputError{name, fj.problems(err)}
	}
	return err
}

func parseLang(s string) (journal.Language, error) {
	switch s {
	case "ru":
		return journal.Russian, nil
	case "kk":
		return journal.Kazakh, nil
	}
	return 0, usagef("unknown -lang %q; want ru or kk", s)
}

// isSet reports whether the flag was given on the command line.
func isSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}
