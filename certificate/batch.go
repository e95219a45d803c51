package certificate

// Validate checks documents as WritePDF and WriteXLSX do before printing
// them, with the fonts and clock of opts (nil: the defaults), and returns
// every problem of every document, joined: each a *ValidationError whose
// Item is the document's position in the batch, from 1 (0 when there is
// only one). It returns ErrNoDocuments when there are none. It is the
// method Validate of each document, for many at once.
func Validate(opts *Options, docs ...Document) error {
	r, err := resolve(opts)
	if err != nil {
		return err
	}
	return validateAll(docs, r)
}
