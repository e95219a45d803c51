package layout

// ColumnIn is a table column as a form gives it: a relative width, how
// its body text is aligned, and its caption.
type ColumnIn struct {
	// Width is relative: the widths of all columns are scaled to the
	// table's width.
	Width float64
	// Align is how the column's body text is aligned.
	Align Align
	// Caption is the column's heading.
	Caption string
	// Input is what may be typed into the column's empty ruled rows.
	Input *Input
}

// GroupIn is a heading over adjacent columns, the upper level of a
// two-level header.
type GroupIn struct {
	// First and Last are the columns it covers, from 0.
	First, Last int
	// Caption is the group's heading.
	Caption string
}

// SetColumns sets the spec's columns, scaled to width, and its header:
// one level, or two when there are groups, a column outside every group
// spanning both.
func (s *TableSpec) SetColumns(cols []ColumnIn, groups []GroupIn, width float64) {
	var total float64
	for _, c := range cols {
		total += c.Width
	}
	s.HeaderRows = 1
	if len(groups) > 0 {
		s.HeaderRows = 2
	}
	s.Columns, s.Header = s.Columns[:0], s.Header[:0]
	for i, c := range cols {
		s.Columns = append(s.Columns, Column{Width: width * c.Width / total, Align: c.Align, Input: c.Input})
		cell := HeaderCell{Row: 0, Col: i, Span: 1, RowSpan: s.HeaderRows, Text: c.Caption}
		for _, g := range groups {
			if i >= g.First && i <= g.Last {
				cell.Row, cell.RowSpan = 1, 1
				if i == g.First {
					s.Header = append(s.Header, HeaderCell{Row: 0, Col: i, Span: g.Last - g.First + 1, RowSpan: 1, Text: g.Caption})
				}
			}
		}
		s.Header = append(s.Header, cell)
	}
}
