package layout

import (
	"fmt"
	"hash/fnv"
	"io"
	"strings"
)

// Dump writes page as readable text, one item a line, for golden tests
// and for reading a layout by eye. Positions are in points, rounded to a
// tenth.
func Dump(w io.Writer, p *Page) error {
	var sb strings.Builder
	fmt.Fprintf(&sb, "page %d %.1fx%.1f\n", p.Number, p.W, p.H)
	for _, blk := range p.Blocks {
		fmt.Fprintf(&sb, "  %s @%.1f,%.1f %.1fx%.1f\n", blk.Role, blk.X, blk.Y, blk.W, blk.H)
		for _, l := range blk.Lines {
			dumpLine(&sb, "    ", l)
		}
		if m := blk.Matrix; m != nil {
			dumpMatrix(&sb, m)
		}
		if t := blk.Table; t != nil {
			for _, r := range t.Rows {
				fmt.Fprintf(&sb, "    row %s", r.Kind)
				if r.Repeat {
					sb.WriteString(" repeat")
				}
				if r.Entry > 0 {
					fmt.Fprintf(&sb, " entry=%d", r.Entry)
				}
				if r.Part > 0 {
					fmt.Fprintf(&sb, " part=%d", r.Part)
				}
				fmt.Fprintf(&sb, " y=%.1f h=%.1f\n", r.Y, r.H)
				if r.Kind == RowBlank {
					continue
				}
				for _, c := range r.Cells {
					fmt.Fprintf(&sb, "      cell %d", c.Col+1)
					if c.Span > 1 {
						fmt.Fprintf(&sb, "-%d", c.Col+c.Span)
					}
					if c.RowSpan > 1 {
						fmt.Fprintf(&sb, " rows=%d", c.RowSpan)
					}
					fmt.Fprintf(&sb, " x=%.1f w=%.1f", c.X, c.W)
					if c.Value.Kind != ValueNone {
						fmt.Fprintf(&sb, " value=%s", c.Value)
					}
					sb.WriteByte('\n')
					for _, l := range c.Lines {
						dumpLine(&sb, "        ", l)
					}
				}
			}
			fmt.Fprintf(&sb, "    rules %d\n", len(t.Rules()))
		}
	}
	_, err := io.WriteString(w, sb.String())
	return err
}

// dumpMatrix writes a matrix's place, size and a digest of its modules
// (the count of dark ones and an FNV-1a hash), not every module.
func dumpMatrix(sb *strings.Builder, m *Matrix) {
	h := fnv.New32a()
	dark := 0
	for _, d := range m.Dark {
		b := byte(0)
		if d {
			b, dark = 1, dark+1
		}
		h.Write([]byte{b})
	}
	fmt.Fprintf(sb, "    matrix @%.1f,%.1f %dx%d module=%.2f dark=%d hash=%08x %q\n", m.X, m.Y, m.Size, m.Size, m.Module, dark, h.Sum32(), m.Text)
}

func dumpLine(sb *strings.Builder, indent string, l Line) {
	style := ""
	if l.Style == Bold {
		style = " bold"
	}
	fmt.Fprintf(sb, "%s%.1f,%.1f %.1f%s %q\n", indent, l.X, l.Y, l.Size, style, l.Text)
}

// String returns the value as dumps show it: text quoted, dates as
// YYYY-MM-DD.
func (v Value) String() string {
	switch v.Kind {
	case ValueText:
		return fmt.Sprintf("%q", v.Text)
	case ValueInt:
		return fmt.Sprint(v.Int)
	case ValueDate:
		return v.Date.Format("2006-01-02")
	case ValueBalance:
		return fmt.Sprintf("balance(%d)", v.Int)
	}
	return ""
}
