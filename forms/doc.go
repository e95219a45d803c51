// Package forms holds the wording and shape of the МСЭ forms as plain Go
// data: titles, column captions in Kazakh and Russian, column groups and
// widths, page orientation and the legal source of each form.
//
// The package draws nothing. The journal and certificate packages lay these
// forms out and print them; when the official text changes, only the data
// here has to change.
//
// Every function returns a fresh value, so a caller may change what it gets
// (for example to try another column width) without affecting anyone else.
package forms
