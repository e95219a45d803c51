package fonts

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// ErrBadFont is the sentinel wrapped by *FontError: the data is not a
// TrueType font this package can use, or it is damaged.
var ErrBadFont = errors.New("damaged or unsupported TrueType font")

// FontError reports TrueType data Parse refuses, and why.
type FontError struct {
	Font   string // the name given to Parse
	Table  string // the table at fault, e.g. "hmtx"; empty for the file
	Reason string // what is wrong, e.g. "40 bytes, want at least 400"
}

// Error returns e.g. `fonts: parse "X": table "hmtx": 40 bytes, want at
// least 2584: damaged or unsupported TrueType font`.
func (e *FontError) Error() string {
	where := ""
	if e.Table != "" {
		where = fmt.Sprintf("table %q: ", e.Table)
	}
	return fmt.Sprintf("fonts: parse %q: %s%s: %v", e.Font, where, e.Reason, ErrBadFont)
}

// Unwrap returns ErrBadFont.
func (e *FontError) Unwrap() error { return ErrBadFont }

// sfnt is a TrueType file whose table directory has been checked: every
// table it lists lies inside the file.
type sfnt struct {
	name   string
	tables map[string][]byte
}

func (s *sfnt) fail(table, format string, args ...any) error {
	return &FontError{Font: s.name, Table: table, Reason: fmt.Sprintf(format, args...)}
}

// required are the tables Parse reads (through gopdf) and the PDF printer
// embeds.
var required = []string{"head", "hhea", "maxp", "hmtx", "cmap", "name", "OS/2", "post", "loca", "glyf"}

// checkSFNT checks what gopdf's parser takes on trust, so that damaged
// data is an error here rather than a panic, a read of another table's
// bytes, or work out of proportion to the file there: the table
// directory, that every table gopdf reads is long enough for what it
// reads, that hhea, maxp, hmtx and loca agree on the number of glyphs,
// and the Unicode cmap subtable gopdf uses (format 4): its segments lie in
// the table, are sorted and do not overlap, so mapping them costs at most
// one step per character of the BMP.
func checkSFNT(name string, ttf []byte) error {
	s := &sfnt{name: name}
	be := binary.BigEndian
	if len(ttf) < 12 {
		return s.fail("", "%d bytes, too short for a font", len(ttf))
	}
	if v := be.Uint32(ttf); v != 0x00010000 {
		return s.fail("", "sfnt version %#08x, want 0x00010000 (TrueType outlines)", v)
	}
	n := int(be.Uint16(ttf[4:]))
	if len(ttf) < 12+16*n {
		return s.fail("", "table directory of %d tables cut off at %d bytes", n, len(ttf))
	}
	s.tables = make(map[string][]byte, n)
	for i := range n {
		rec := ttf[12+16*i:]
		tag := string(rec[:4])
		off, length := uint64(be.Uint32(rec[8:])), uint64(be.Uint32(rec[12:]))
		if off+length > uint64(len(ttf)) {
			return s.fail(tag, "offset %d and length %d run past the end of the file (%d bytes)", off, length, len(ttf))
		}
		if _, dup := s.tables[tag]; dup {
			return s.fail(tag, "listed twice")
		}
		s.tables[tag] = ttf[off : off+length]
	}
	for _, tag := range required {
		if _, ok := s.tables[tag]; !ok {
			return s.fail(tag, "missing")
		}
	}
	return errors.Join(s.checkMetrics(), s.checkTables(), s.checkCmap())
}

// atLeast checks that table tag has at least n bytes.
func (s *sfnt) atLeast(tag string, n int) error {
	if got := len(s.tables[tag]); got < n {
		return s.fail(tag, "%d bytes, want at least %d", got, n)
	}
	return nil
}

// checkMetrics checks head, hhea, maxp, hmtx and loca, and that they
// agree on the number of glyphs.
func (s *sfnt) checkMetrics() error {
	be := binary.BigEndian
	if err := errors.Join(s.atLeast("head", 54), s.atLeast("hhea", 36), s.atLeast("maxp", 6)); err != nil {
		return err
	}
	head, hhea, maxp := s.tables["head"], s.tables["hhea"], s.tables["maxp"]
	if m := be.Uint32(head[12:]); m != 0x5F0F3CF5 {
		return s.fail("head", "magic number %#08x, want 0x5f0f3cf5", m)
	}
	if u := be.Uint16(head[18:]); u < 16 || u > 16384 {
		return s.fail("head", "%d units per em, want 16 to 16384", u)
	}
	locFormat := int16(be.Uint16(head[50:]))
	if locFormat != 0 && locFormat != 1 {
		return s.fail("head", "index to loca format %d, want 0 or 1", locFormat)
	}
	glyphs := int(be.Uint16(maxp[4:]))
	metrics := int(be.Uint16(hhea[34:]))
	if glyphs == 0 {
		return s.fail("maxp", "no glyphs")
	}
	if metrics == 0 || metrics > glyphs {
		return s.fail("hhea", "%d horizontal metrics for %d glyphs, want 1 to %[2]d", metrics, glyphs)
	}
	// A long metric (4 bytes) for the first glyphs, a left side bearing
	// (2 bytes) for the rest.
	if err := s.atLeast("hmtx", 4*metrics+2*(glyphs-metrics)); err != nil {
		return err
	}
	return s.atLeast("loca", (glyphs+1)*2*(1+int(locFormat)))
}

// checkTables checks the length of the tables gopdf reads fields of:
// OS/2 up to sCapHeight (version 2 and later) or usWinDescent, post's
// header, and the name records.
func (s *sfnt) checkTables() error {
	be := binary.BigEndian
	err := s.atLeast("post", 16)
	if e := s.atLeast("OS/2", 78); e != nil {
		return errors.Join(err, e)
	}
	if v := be.Uint16(s.tables["OS/2"]); v >= 2 {
		err = errors.Join(err, s.atLeast("OS/2", 90))
	}
	if e := s.atLeast("name", 6); e != nil {
		return errors.Join(err, e)
	}
	name := s.tables["name"]
	count, store := int(be.Uint16(name[2:])), int(be.Uint16(name[4:]))
	if e := s.atLeast("name", 6+12*count); e != nil {
		return errors.Join(err, e)
	}
	for i := range count {
		rec := name[6+12*i:]
		length, off := int(be.Uint16(rec[8:])), int(be.Uint16(rec[10:]))
		if store+off+length > len(name) {
			err = errors.Join(err, s.fail("name", "record %d runs past the end of the table", i))
			break
		}
	}
	return err
}

// checkCmap checks the cmap subtables gopdf reads: the last (3, 1)
// subtable, which must be format 4, and a (3, 10) subtable, which must be
// format 12.
func (s *sfnt) checkCmap() error {
	be := binary.BigEndian
	if err := s.atLeast("cmap", 4); err != nil {
		return err
	}
	cmap := s.tables["cmap"]
	n := int(be.Uint16(cmap[2:]))
	if err := s.atLeast("cmap", 4+8*n); err != nil {
		return err
	}
	var bmp, full uint32
	for i := range n {
		rec := cmap[4+8*i:]
		platform, encoding, off := be.Uint16(rec), be.Uint16(rec[2:]), be.Uint32(rec[4:])
		switch {
		case platform == 3 && encoding == 1:
			bmp = off
		case platform == 3 && encoding == 10 && full == 0:
			full = off
		}
	}
	if bmp == 0 {
		return s.fail("cmap", "no Unicode (3, 1) subtable")
	}
	if err := s.checkFormat4(cmap, uint64(bmp)); err != nil {
		return err
	}
	if full != 0 {
		return s.checkFormat12(cmap, uint64(full))
	}
	return nil
}

// checkFormat4 checks a format 4 subtable at off in cmap.
func (s *sfnt) checkFormat4(cmap []byte, off uint64) error {
	be := binary.BigEndian
	if off+14 > uint64(len(cmap)) {
		return s.fail("cmap", "Unicode subtable at %d past the end of the table", off)
	}
	sub := cmap[off:]
	if f := be.Uint16(sub); f != 4 {
		return s.fail("cmap", "Unicode subtable of format %d, want 4", f)
	}
	length := int(be.Uint16(sub[2:]))
	segs := int(be.Uint16(sub[6:])) / 2
	if segs == 0 || length < 16+8*segs || length > len(sub) {
		return s.fail("cmap", "format 4 subtable of %d bytes and %d segments does not fit", length, segs)
	}
	sub = sub[:length]
	ends, starts, ranges := 14, 16+2*segs, 16+6*segs
	prevEnd := -1
	for i := range segs {
		end, start := int(be.Uint16(sub[ends+2*i:])), int(be.Uint16(sub[starts+2*i:]))
		if start > end || start <= prevEnd {
			return s.fail("cmap", "segment %d (%#04x–%#04x) out of order or overlapping", i, start, end)
		}
		prevEnd = end
		ro := int(be.Uint16(sub[ranges+2*i:]))
		if ro == 0 || start == 0xFFFF {
			continue
		}
		// Glyph ids for start…end sit at ranges+2i+ro onwards; gopdf stops
		// before 0xFFFF.
		last := min(end, 0xFFFE)
		if ranges+2*i+ro+2*(last-start)+2 > length {
			return s.fail("cmap", "segment %d: glyph index array runs past the subtable", i)
		}
	}
	if prevEnd != 0xFFFF {
		return s.fail("cmap", "last segment ends at %#04x, want 0xffff", prevEnd)
	}
	return nil
}

// checkFormat12 checks a format 12 subtable at off in cmap.
func (s *sfnt) checkFormat12(cmap []byte, off uint64) error {
	be := binary.BigEndian
	if off+16 > uint64(len(cmap)) {
		return s.fail("cmap", "(3, 10) subtable at %d past the end of the table", off)
	}
	sub := cmap[off:]
	if f, reserved := be.Uint16(sub), be.Uint16(sub[2:]); f != 12 || reserved != 0 {
		return s.fail("cmap", "(3, 10) subtable of format %d.%d, want 12.0", f, reserved)
	}
	groups := uint64(be.Uint32(sub[12:]))
	if 16+12*groups > uint64(len(sub)) {
		return s.fail("cmap", "format 12 subtable: %d groups run past the table", groups)
	}
	return nil
}
