// Command msedocs prints the journals and documents of Kazakhstan's
// medical-social expertise (МСЭ) as PDF and XLSX, from JSON or blank.
//
//	msedocs forms                                 list the forms
//	msedocs blank journal6 -pages 100 -o j6.pdf   a blank journal
//	msedocs sample journal6 -n 200 -o j6.json     synthetic data to try
//	msedocs validate -in j6.json                  every problem, or none
//	msedocs render -in j6.json -o j6.pdf          a filled journal; a long one in volumes j6.vol1.pdf, …
//	msedocs sample disability -n 5 -o d.json      a batch of documents; render prints one a page
//	msedocs blank care -o care.pdf                a blank document
//	msedocs schema journal6                       the JSON Schema of a form
//	msedocs read -in j6.xlsx -o j6.json           a filled workbook back to JSON
//	msedocs serve -addr 127.0.0.1:8080            the HTTP API and web page
//
// Run "msedocs help" for the details. Exit status: 0 done, 1 invalid
// input or failed work, 2 usage error.
package main

import "os"

func main() {
	a := newApp(os.Stdin, os.Stdout, os.Stderr)
	stop := a.onSignals(os.Exit)
	// The spreadsheet library spills large sheets to temporary files in
	// os.TempDir: give it a folder of this run's own, removed at the end
	// and on a signal like the run's other temporary files.
	dir, err := a.temps.mkdirTemp("", "msedocs-")
	if err == nil {
		os.Setenv("TMPDIR", dir)
	}
	code := a.main(os.Args[1:])
	if err == nil {
		os.RemoveAll(dir) // still under onSignals: a signal now removes it too
	}
	stop()
	os.Exit(code)
}
