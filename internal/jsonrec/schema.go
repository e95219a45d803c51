package jsonrec

import (
	"bytes"
	"encoding/json"
)

// Schema is what a JSON Schema is made for: how its fields are
// described. A nil *Schema describes each field by its Doc alone.
type Schema struct {
	// Describe returns the description of a field from its Column, Key
	// and Doc; nil uses the Doc.
	Describe func(column, key, doc string) string
	// TopOnly applies Describe to the fields of the outer record only:
	// those of nested records are described by their Doc.
	TopOnly bool
}

func (s *Schema) describe(column, key, doc string) string {
	if s == nil || s.Describe == nil {
		return doc
	}
	return s.Describe(column, key, doc)
}

// nested returns the Schema of the values of a record's fields.
func (s *Schema) nested() *Schema {
	if s == nil || s.TopOnly {
		return nil
	}
	return s
}

// Object is a JSON object that keeps the order of its members.
type Object []Member

// Member is one member of an Object.
type Member struct {
	Key string // the member's key
	Val any    // its value, encoded with encoding/json
}

// MarshalJSON writes the members in order.
func (o Object) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, m := range o {
		if i > 0 {
			b.WriteByte(',')
		}
		k, err := json.Marshal(m.Key)
		if err != nil {
			return nil, err
		}
		b.Write(k)
		b.WriteByte(':')
		v, err := json.Marshal(m.Val)
		if err != nil {
			return nil, err
		}
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// SchemaDoc returns a JSON Schema document (draft 2020-12), indented:
// its title and description, one of the schemas in oneOf, and the
// definitions in defs when there are any.
func SchemaDoc(title, description string, oneOf []Object, defs Object) ([]byte, error) {
	root := Object{
		{"$schema", "https://json-schema.org/draft/2020-12/schema"},
		{"title", title},
		{"description", description},
		{"oneOf", oneOf},
	}
	if defs != nil {
		root = append(root, Member{"$defs", defs})
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(root); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
