// Package certificate keeps the nine result documents of the МСЭ state
// service as typed Go records and prints them as PDF and XLSX.
//
// The standard of the service (Order No. 60 of 03.03.2021, Appendix 2-1
// to the МСЭ rules, item 5) names what an МСЭ department issues: the
// certificate of disability (Disability), the extracts from the social and
// the professional part of the individual rehabilitation programme
// (SocialRehab, ProfessionalRehab), the certificates of the degree of loss
// of general and of professional working capacity (GeneralCapacity,
// ProfessionalCapacity), the extract from the latter and from the МСЭ act
// (ProfessionalCapacityExtract), the conclusion on the injured worker's
// need for additional help and care (CareConclusion), the notice of full
// rehabilitation (FullRehabilitation) and the notice of the МСЭ expert
// conclusion (ExpertNotice). All of them implement Document.
//
// The official blanks are approved by an order that is not among the
// project's sources, so each layout is modelled on the rules: a bilingual
// form in the style of Kazakh official documents, the Kazakh label above
// the Russian one in every field, the series and number of a blank of
// strict accountability, dates as «2025 жылғы «09» қаңтар» / «09» января
// 2025 г.», the signature of the head of the department and М.О./М.П.
// Every word printed comes from package forms (forms.Documents), so the
// official text can replace it there without code changes.
//
// Each document type declares its fields once, in a field table
// (tables.go; see line in fields.go): for every part of the document, the
// keys of the form's fields it prints, its JSON keys, the typed value it
// gives the layout and its validation rule. The JSON codec and JSON
// Schema, the layout and Validate all walk that table, so adding a field
// to a document is the field in package forms plus one line of its table;
// a test walks every form's fields against its table.
//
// Validate reports every problem at once, as *ValidationError values
// joined with errors.Join; they name the document and the field, never a
// person's data. WritePDF and WriteXLSX validate first and write nothing
// when a document is invalid. Both print from one layout (the engine the
// journals use), so a document looks the same in either. Journals.Record
// turns issued documents into the entries of the department's journals.
package certificate
