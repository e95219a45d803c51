package journal

import (
	"time"

	"github.com/msedocs/msedocs/forms"
)

// Header is what a journal's first and last pages say besides the
// entries.
type Header struct {
	// Region fills the department line: kk «Астана қаласы», ru «городу
	// Астана». Empty prints the form's blank.
	Region forms.Text
	// Unit is the department unit (отдел / бөлім) in the title, e.g.
	// {KK: "№ 2", RU: "№ 2"}.
	Unit forms.Text
	// Started and Ended are the dates the journal was begun and closed;
	// zero prints the blank «__» ______ 20__.
	Started, Ended time.Time
	// Certification fills the block on the last page; nil leaves it to be
	// filled by hand.
	Certification *Certification
}

// Certification is the deputy head's certification of the numbered and
// bound journal.
type Certification struct {
	// DeputyHead is the full name of the deputy head who certifies.
	DeputyHead string
	// Date is the date of the certification.
	Date time.Time
}
