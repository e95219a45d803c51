package certificate

import (
	"errors"
	"io"
	"iter"

	"github.com/msedocs/msedocs/internal/jsonrec"
)

// DecodeStream decodes documents from JSON that open can read again and
// again (a file), never holding a batch's documents in memory: the
// batch, {"form": "documents", "documents": [...]}, is checked at once
// as Decode checks it (keys may come in any order), and its documents
// become a stream (see ValidateStream) that reads them from a new
// open(…) each time it is walked, one at a time. JSON of one document is
// decoded whole, as Decode does, and the stream yields it alone.
//
// A problem of a document's shape (an unknown key, a wrong type) is an
// error of the stream: the *JSONError values naming "documents[i]…",
// joined, yielded with a nil document in its place. The stream goes on
// after it, so ValidateStream reports the problems of every document;
// the writers stop at the first. When the batch itself has problems,
// DecodeStream returns them with those of every document's shape, all
// at once, and no stream.
func DecodeStream(open func() (io.ReadCloser, error)) (iter.Seq2[Document, error], error) {
	top, hasList, err := jsonrec.ReadTop(open, "documents")
	err = jsonrec.Locate(err, open)
	if err != nil {
		return nil, err
	}
	docs, err := Decode(top)
	if err != nil {
		return nil, shapeErrors(err, open, hasList)
	}
	if !hasList {
		return sliceStream(docs), nil // one document
	}
	return streamDocs(open), nil
}

// shapeErrors returns err, the batch's problems, with those of the shape
// of every document when it has a list of them.
func shapeErrors(err error, open func() (io.ReadCloser, error), hasList bool) error {
	errs := flatten(err)
	if hasList {
		for _, e := range streamDocs(open) {
			if e != nil {
				errs = append(errs, flatten(e)...)
			}
		}
	}
	return errors.Join(errs...)
}

// streamDocs returns the documents of the batch that open reads, decoded
// one at a time each time the sequence is walked.
func streamDocs(open func() (io.ReadCloser, error)) iter.Seq2[Document, error] {
	return jsonrec.Stream(open, "documents", ErrRequired, func(path string, raw []byte) (Document, error) {
		d := &jsonrec.Decoder{}
		var doc Document
		if d.Want(path, raw, "object") {
			doc = decodeDoc(d, path, jsonrec.Members(raw))
		}
		if err := d.Err(); err != nil {
			return nil, err
		}
		return doc, nil
	})
}
