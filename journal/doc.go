// Package journal keeps the six МСЭ journals of Order No. 318 of
// 28.07.2023 (Appendices 1–6) as typed Go records and prints them as
// print-ready PDF and XLSX.
//
// Each journal is a type whose entries have one field per column of the
// legal form: StockJournal (Appendix 1), DisabilityJournal (2),
// GeneralCapacityJournal (3), ProfessionalCapacityJournal (4),
// CareJournal (5) and ActsJournal (6). Blank prints any of them empty,
// with ruled pages to be filled by hand. All of them implement Journal.
//
// Validate reports every problem at once, as *ValidationError values
// joined with errors.Join; the errors name the journal, the entry and the
// column, never the data of a person. WritePDF and WriteXLSX validate
// first and write nothing when the journal is invalid.
//
// Entries come from a slice or, for long journals, from a Stream read
// entry by entry. QueryRows makes a Stream of a database query whose
// columns are named for the entries' JSON keys, and ScanRows reads one
// *sql.Rows; both walk the entry's field table, one database value a
// field. Write binds long journals in volumes and prints volumes
// and batches of journals in parallel. ReadXLSX reads a filled workbook
// back; Encode, Decode and JSONSchema give the records' JSON
// form, used by the msedocs command.
//
// The wording printed comes from package forms; the layout from one
// internal engine whose pages both printers walk.
//
// # Field tables
//
// Each entry type declares its columns once, in a field table
// (fields.go): for each column of the form, its key in forms, the JSON
// keys it holds, the typed cell it prints, how it is read back from a
// spreadsheet cell and how it is validated. Layout, Encode/Decode,
// JSONSchema, ReadXLSX, Validate and ScanColumns and ScanRows (values
// from a database row) all walk that table. Adding a column to a journal is the column
// in forms plus one line of its entry type's table (and the field in
// the entry struct); a test walks every form's columns against its table.
package journal
