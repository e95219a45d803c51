package certificate

import "io"

// The methods every document shares, the same as every journal's:
// Validate, WritePDF and WriteXLSX, each taking the same *Options as the
// package's functions for a batch.

// Validate reports every problem of the document at once, checked as
// WritePDF and WriteXLSX with opts would (nil: the defaults).
func (d *Disability) Validate(opts *Options) error { return validateOne(d, opts) }

// WritePDF prints the document alone as PDF: Validate, then the package's
// WritePDF.
func (d *Disability) WritePDF(w io.Writer, opts *Options) error { return WritePDF(w, opts, d) }

// WriteXLSX prints the document alone as a workbook: Validate, then the
// package's WriteXLSX.
func (d *Disability) WriteXLSX(w io.Writer, opts *Options) error { return WriteXLSX(w, opts, d) }

// Validate reports every problem of the document at once, checked as
// WritePDF and WriteXLSX with opts would (nil: the defaults).
func (d *SocialRehab) Validate(opts *Options) error { return validateOne(d, opts) }

// WritePDF prints the document alone as PDF: Validate, then the package's
// WritePDF.
func (d *SocialRehab) WritePDF(w io.Writer, opts *Options) error { return WritePDF(w, opts, d) }

// WriteXLSX prints the document alone as a workbook: Validate, then the
// package's WriteXLSX.
func (d *SocialRehab) WriteXLSX(w io.Writer, opts *Options) error { return WriteXLSX(w, opts, d) }

// Validate reports every problem of the document at once, checked as
// WritePDF and WriteXLSX with opts would (nil: the defaults).
func (d *ProfessionalRehab) Validate(opts *Options) error { return validateOne(d, opts) }

// WritePDF prints the document alone as PDF: Validate, then the package's
// WritePDF.
func (d *ProfessionalRehab) WritePDF(w io.Writer, opts *Options) error { return WritePDF(w, opts, d) }

// WriteXLSX prints the document alone as a workbook: Validate, then the
// package's WriteXLSX.
func (d *ProfessionalRehab) WriteXLSX(w io.Writer, opts *Options) error { return WriteXLSX(w, opts, d) }

// Validate reports every problem of the document at once, checked as
// WritePDF and WriteXLSX with opts would (nil: the defaults).
func (d *GeneralCapacity) Validate(opts *Options) error { return validateOne(d, opts) }

// WritePDF prints the document alone as PDF: Validate, then the package's
// WritePDF.
func (d *GeneralCapacity) WritePDF(w io.Writer, opts *Options) error { return WritePDF(w, opts, d) }

// WriteXLSX prints the document alone as a workbook: Validate, then the
// package's WriteXLSX.
func (d *GeneralCapacity) WriteXLSX(w io.Writer, opts *Options) error { return WriteXLSX(w, opts, d) }

// Validate reports every problem of the document at once, checked as
// WritePDF and WriteXLSX with opts would (nil: the defaults).
func (d *ProfessionalCapacity) Validate(opts *Options) error { return validateOne(d, opts) }

// WritePDF prints the document alone as PDF: Validate, then the package's
// WritePDF.
func (d *ProfessionalCapacity) WritePDF(w io.Writer, opts *Options) error {
	return WritePDF(w, opts, d)
}

// WriteXLSX prints the document alone as a workbook: Validate, then the
// package's WriteXLSX.
func (d *ProfessionalCapacity) WriteXLSX(w io.Writer, opts *Options) error {
	return WriteXLSX(w, opts, d)
}

// Validate reports every problem of the document at once, checked as
// WritePDF and WriteXLSX with opts would (nil: the defaults).
func (d *ProfessionalCapacityExtract) Validate(opts *Options) error { return validateOne(d, opts) }

// WritePDF prints the document alone as PDF: Validate, then the package's
// WritePDF.
func (d *ProfessionalCapacityExtract) WritePDF(w io.Writer, opts *Options) error {
	return WritePDF(w, opts, d)
}

// WriteXLSX prints the document alone as a workbook: Validate, then the
// package's WriteXLSX.
func (d *ProfessionalCapacityExtract) WriteXLSX(w io.Writer, opts *Options) error {
	return WriteXLSX(w, opts, d)
}

// Validate reports every problem of the document at once, checked as
// WritePDF and WriteXLSX with opts would (nil: the defaults).
func (d *CareConclusion) Validate(opts *Options) error { return validateOne(d, opts) }

// WritePDF prints the document alone as PDF: Validate, then the package's
// WritePDF.
func (d *CareConclusion) WritePDF(w io.Writer, opts *Options) error { return WritePDF(w, opts, d) }

// WriteXLSX prints the document alone as a workbook: Validate, then the
// package's WriteXLSX.
func (d *CareConclusion) WriteXLSX(w io.Writer, opts *Options) error { return WriteXLSX(w, opts, d) }

// Validate reports every problem of the document at once, checked as
// WritePDF and WriteXLSX with opts would (nil: the defaults).
func (d *FullRehabilitation) Validate(opts *Options) error { return validateOne(d, opts) }

// WritePDF prints the document alone as PDF: Validate, then the package's
// WritePDF.
func (d *FullRehabilitation) WritePDF(w io.Writer, opts *Options) error { return WritePDF(w, opts, d) }

// WriteXLSX prints the document alone as a workbook: Validate, then the
// package's WriteXLSX.
func (d *FullRehabilitation) WriteXLSX(w io.Writer, opts *Options) error {
	return WriteXLSX(w, opts, d)
}

// Validate reports every problem of the document at once, checked as
// WritePDF and WriteXLSX with opts would (nil: the defaults).
func (d *ExpertNotice) Validate(opts *Options) error { return validateOne(d, opts) }

// WritePDF prints the document alone as PDF: Validate, then the package's
// WritePDF.
func (d *ExpertNotice) WritePDF(w io.Writer, opts *Options) error { return WritePDF(w, opts, d) }

// WriteXLSX prints the document alone as a workbook: Validate, then the
// package's WriteXLSX.
func (d *ExpertNotice) WriteXLSX(w io.Writer, opts *Options) error { return WriteXLSX(w, opts, d) }

// Validate reports every problem of the document at once, checked as
// WritePDF and WriteXLSX with opts would (nil: the defaults).
func (d *Blank) Validate(opts *Options) error { return validateOne(d, opts) }

// WritePDF prints the document alone as PDF: Validate, then the package's
// WritePDF.
func (d *Blank) WritePDF(w io.Writer, opts *Options) error { return WritePDF(w, opts, d) }

// WriteXLSX prints the document alone as a workbook: Validate, then the
// package's WriteXLSX.
func (d *Blank) WriteXLSX(w io.Writer, opts *Options) error { return WriteXLSX(w, opts, d) }
