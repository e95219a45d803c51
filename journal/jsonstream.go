package journal

import (
	"io"
	"iter"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/jsonrec"
)

// DecodeStream decodes a journal from JSON that open can read again and
// again (a file), never holding its entries in memory: the header is
// decoded at once, as Decode would, and the entries of journals 2–6
// become the journal's Stream, read from a new open(…) each time the
// Stream is walked (Validate, then printing), one entry at a time. Keys
// may come in any order. Journal 1 and blank journals, whose size does
// not grow with entries in the same way, are decoded whole.
//
// A problem of an entry's shape (an unknown key, a wrong type) is an
// error of the Stream: the *JSONError values naming "entries[i]…",
// joined, yielded in the entry's place. The Stream goes on after it, so
// Validate reports the problems of every entry; the writers stop at the
// first.
func DecodeStream(open func() (io.ReadCloser, error)) (Journal, error) {
	top, hasEntries, err := jsonrec.ReadTop(open, "entries")
	err = jsonrec.Locate(err, open)
	if err != nil {
		return nil, err
	}
	j, err := Decode(top)
	if err != nil && hasEntries {
		// The entries' problems of shape too, all at once, as Decode
		// reports them.
		err = joinErr(err, entryShapes(open, top)...)
	}
	if err != nil || !hasEntries {
		return j, err
	}
	switch j := j.(type) {
	case *DisabilityJournal:
		j.Stream = streamEntries(open, disabilityEntryRecord)
	case *GeneralCapacityJournal:
		j.Stream = streamEntries(open, generalCapacityEntryRecord)
	case *ProfessionalCapacityJournal:
		j.Stream = streamEntries(open, professionalCapacityEntryRecord)
	case *CareJournal:
		j.Stream = streamEntries(open, careEntryRecord)
	case *ActsJournal:
		j.Stream = streamEntries(open, actEntryRecord)
	default:
		whole, err := jsonrec.ReadAll(open)
		if err != nil {
			return nil, err
		}
		return Decode(whole)
	}
	return j, nil
}

// streamEntries returns the entries of the JSON that open reads, decoded
// one at a time each time the sequence is walked, a few batches ahead of
// the walk (jsonrec.Stream).
func streamEntries[E any](open func() (io.ReadCloser, error), rec *jsonrec.Record[E]) iter.Seq2[E, error] {
	return jsonrec.Stream(open, "entries", ErrRequired, func(path string, raw []byte) (E, error) {
		var e E
		d := &jsonrec.Decoder{}
		rec.Decode(d, path, raw, &e)
		// An entry of the wrong shape: the JSON goes on, so its problems
		// are yielded and the walk goes on, and a reader that keeps
		// walking (Validate) reports every bad entry at once.
		return e, d.Err()
	})
}

// entryShapes returns the problems of shape of every entry of a journal
// of forms 2–6 whose header is top, read one at a time.
func entryShapes(open func() (io.ReadCloser, error), top []byte) []error {
	ms, err := jsonrec.SplitTop(top)
	if err != nil {
		return nil
	}
	raw, _ := jsonrec.MemberOf(ms, "form")
	switch jsonrec.Unquote(raw) {
	case forms.JournalDisability:
		return shapes(streamEntries(open, disabilityEntryRecord))
	case forms.JournalGeneralCapacity:
		return shapes(streamEntries(open, generalCapacityEntryRecord))
	case forms.JournalProfessionalCapacity:
		return shapes(streamEntries(open, professionalCapacityEntryRecord))
	case forms.JournalCare:
		return shapes(streamEntries(open, careEntryRecord))
	case forms.JournalActs:
		return shapes(streamEntries(open, actEntryRecord))
	}
	return nil
}

// shapes returns the errors of a walk of seq, flattened.
func shapes[E any](seq iter.Seq2[E, error]) []error {
	var out []error
	for _, err := range seq {
		if err == nil {
			continue
		}
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			out = append(out, j.Unwrap()...)
		} else {
			out = append(out, err)
		}
	}
	return out
}
