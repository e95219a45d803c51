// Package journal keeps the six МСЭ journals of Order No. 318 of
// 28.07.2023 (Appendices 1–6) as typed Go records and prints them as
// print-ready PDF.
//
// Each journal is a type whose entries have one field per column of the
// legal form: StockJournal (Appendix 1), DisabilityJournal (2),
// GeneralCapacityJournal (3), ProfessionalCapacityJournal (4),
// CareJournal (5) and ActsJournal (6). Blank prints any of them empty,
// with ruled pages to be filled by hand. All of them implement Journal.
//
// Validate reports every problem at once, as *ValidationError values
// joined with errors.Join; the errors name the journal, the entry and the
// column, never the data of a person. WritePDF validates first and writes
// nothing when the journal is invalid.
//
// The wording printed comes from package forms; the layout from an
// internal engine shared with the spreadsheet printer.
package journal
