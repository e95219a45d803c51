// Package txtar reads and writes the txtar archive format of golden
// files: a comment, then files, each introduced by a "-- name --" line.
package txtar

import (
	"bytes"
	"strings"
)

// File is one file of an archive.
type File struct {
	Name string // the file's name, on its "-- name --" line
	Data []byte // its content
}

// Archive is a comment and a list of files.
type Archive struct {
	Comment []byte // the text before the first file
	Files   []File // the files, in order
}

// Format returns the archive as text.
func Format(a *Archive) []byte {
	var b bytes.Buffer
	b.Write(fixNL(a.Comment))
	for _, f := range a.Files {
		b.WriteString("-- " + f.Name + " --\n")
		b.Write(fixNL(f.Data))
	}
	return b.Bytes()
}

func fixNL(d []byte) []byte {
	if len(d) == 0 || d[len(d)-1] == '\n' {
		return d
	}
	return append(d[:len(d):len(d)], '\n')
}

// Parse reads an archive. Text before the first file marker is the
// comment.
func Parse(data []byte) *Archive {
	a := &Archive{}
	var cur *File
	var buf []byte
	flush := func() {
		if cur == nil {
			a.Comment = buf
		} else {
			cur.Data = buf
			a.Files = append(a.Files, *cur)
		}
		buf = nil
	}
	for len(data) > 0 {
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i+1], data[i+1:]
		} else {
			data = nil
		}
		s := strings.TrimRight(string(line), "\n")
		if strings.HasPrefix(s, "-- ") && strings.HasSuffix(s, " --") && len(s) > 6 {
			flush()
			cur = &File{Name: s[3 : len(s)-3]}
			continue
		}
		buf = append(buf, line...)
	}
	flush()
	return a
}
