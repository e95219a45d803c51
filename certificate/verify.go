package certificate

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/boombuler/barcode/qr"
	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/layout"
)

// ErrVerifyURL reports a verification URL template (Options.VerifyURL)
// that cannot be used, or a document whose URL is too long for its code.
var ErrVerifyURL = errors.New("verify URL")

// Placeholders of Options.VerifyURL.
const (
	// VerifyForm is the document's form ID, e.g. "disability".
	VerifyForm = "{form}"
	// VerifySeries is the series of the document's blank (see
	// Options.VerifyURL for documents without one).
	VerifySeries = "{series}"
	// VerifyNumber is the number of the document's blank.
	VerifyNumber = "{number}"
	// VerifyDate is the date of issue, YYYY-MM-DD.
	VerifyDate = "{date}"
)

// Limits of verification URLs: a short template keeps the code small
// enough to scan at the size printed.
const (
	maxVerifyTemplate = 256 // bytes of the template
	maxVerifyURL      = 300 // bytes of a document's URL, escaped
)

// verifyTemplate is a parsed Options.VerifyURL: literal text and
// placeholders, each knowing whether it stands in the query.
type verifyTemplate struct {
	parts []verifyPart
}

type verifyPart struct {
	lit   string // literal text, when key is ""
	key   string // a placeholder, e.g. "{series}"
	query bool   // the placeholder stands in the query
}

// CheckVerifyURL reports whether template can be used as
// Options.VerifyURL: nil for a good one or "", otherwise an error
// wrapping ErrVerifyURL that says what is wrong.
func CheckVerifyURL(template string) error {
	if template == "" {
		return nil
	}
	_, err := parseVerifyURL(template)
	return err
}

// parseVerifyURL parses a template. It must be an absolute http or https
// URL of printable ASCII (escape anything else); placeholders may stand
// in the path, the query or the fragment, not in the scheme or host.
func parseVerifyURL(s string) (*verifyTemplate, error) {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("certificate: options: %w: %s", ErrVerifyURL, fmt.Sprintf(format, a...))
	}
	if len(s) > maxVerifyTemplate {
		return nil, bad("longer than %d bytes", maxVerifyTemplate)
	}
	for i := 0; i < len(s); i++ {
		if s[i] <= ' ' || s[i] > '~' {
			return nil, bad("byte %d is not printable ASCII (escape it as %%XX)", i+1)
		}
	}
	t := &verifyTemplate{}
	authority := strings.Index(s, "://")
	if authority >= 0 {
		authority += 3
		if end := strings.IndexAny(s[authority:], "/?#"); end >= 0 {
			authority += end
		} else {
			authority = len(s)
		}
	}
	query, fragment := false, false
	rest := s
	for pos := 0; rest != ""; {
		i := strings.IndexAny(rest, "{}?#")
		if i < 0 {
			t.parts = append(t.parts, verifyPart{lit: rest})
			break
		}
		switch rest[i] {
		case '?':
			query = !fragment
		case '#':
			query, fragment = false, true
		case '}':
			return nil, bad("'}' at byte %d closes no placeholder", pos+i+1)
		case '{':
			end := strings.IndexByte(rest[i:], '}')
			if end < 0 {
				return nil, bad("'{' at byte %d is not closed", pos+i+1)
			}
			key := rest[i : i+end+1]
			switch key {
			case VerifyForm, VerifySeries, VerifyNumber, VerifyDate:
			default:
				return nil, bad("unknown placeholder %q (use {form}, {series}, {number}, {date})", key)
			}
			if authority < 0 || pos+i < authority {
				return nil, bad("placeholder %s in the scheme or host", key)
			}
			t.parts = append(t.parts, verifyPart{lit: rest[:i]}, verifyPart{key: key, query: query})
			pos += i + end + 1
			rest = rest[i+end+1:]
			continue
		}
		t.parts = append(t.parts, verifyPart{lit: rest[:i+1]})
		pos += i + 1
		rest = rest[i+1:]
	}
	u, err := url.Parse(t.expand(func(string) string { return "x" }))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, bad("not an absolute http or https URL")
	}
	return t, nil
}

// expand fills the placeholders with the values value gives, escaped
// for where they stand.
func (t *verifyTemplate) expand(value func(key string) string) string {
	var b strings.Builder
	for _, p := range t.parts {
		switch {
		case p.key == "":
			b.WriteString(p.lit)
		case p.query:
			b.WriteString(url.QueryEscape(value(p.key)))
		default:
			b.WriteString(url.PathEscape(value(p.key)))
		}
	}
	return b.String()
}

// verifyURL is the verification URL of a document with content ct.
func (t *verifyTemplate) verifyURL(ct *content) string {
	id := ct.ident
	if id == nil {
		id = &Serial{}
	}
	return t.expand(func(key string) string {
		switch key {
		case VerifyForm:
			return ct.form.ID
		case VerifySeries:
			return id.Series
		case VerifyNumber:
			return id.Number
		case VerifyDate:
			if ct.date.IsZero() {
				return ""
			}
			return ct.date.Format(time.DateOnly)
		}
		return ""
	})
}

// checkVerify reports a document whose URL would be too long for its
// code.
func (t *verifyTemplate) check(c *checker, d Document) {
	ct := d.content()
	if ct.err != nil || ct.ident == nil {
		return
	}
	if n := len(t.verifyURL(ct)); n > maxVerifyURL {
		c.add("verify_url", fmt.Errorf("%w: %d bytes once filled in, more than %d", ErrVerifyURL, n, maxVerifyURL))
	}
}

// minModule is the least side of a module, in points (0.4 mm): smaller
// modules do not scan reliably from paper.
const minModule = 0.4 * 72 / 25.4

// quietZone is the light margin around a QR code, in modules, as the QR
// standard asks.
const quietZone = 4

// verifyFigure returns the QR code of ct's verification URL, with the
// URL beneath it, to set beside the head's signature; false when the
// document carries none (no template, or a blank form).
func verifyFigure(ct *content, r *resolved, pg page) (layout.Figure, bool, error) {
	if r.verify == nil || ct.ident == nil {
		return layout.Figure{}, false, nil
	}
	link := r.verify.verifyURL(ct)
	m, err := qrMatrix(link)
	if err != nil {
		return layout.Figure{}, false, fmt.Errorf("%s: %w: %v", ct.form.ID, ErrVerifyURL, err)
	}
	mark := ct.form.Common.Verify
	if mark.Place != forms.PlaceSignature {
		return layout.Figure{}, false, fmt.Errorf("%s: %w: no place %q on the form", ct.form.ID, ErrVerifyURL, mark.Place)
	}
	width := max(mark.Width, 18) * 72 / 25.4
	module := max(width/float64(m.Size+2*quietZone), minModule)
	m.Module = float64(int(module*100)+1) / 100 // up to a hundredth, never below the width asked for
	return layout.Figure{
		Role: roleVerify, Matrix: m, Quiet: quietZone, Gap: 6, BreakAfter: "/?&=",
		Caption: layout.Para{Role: roleVerifyURL, Text: link, Size: pg.small - 1.5, Leading: 1.15 * (pg.small - 1.5),
			Width: mark.CaptionWidth * 72 / 25.4},
	}, true, nil
}

// qrMatrix encodes text as a QR code at error correction level M and
// returns its modules, without the quiet zone.
func qrMatrix(text string) (layout.Matrix, error) {
	code, err := qr.Encode(text, qr.M, qr.Auto)
	if err != nil {
		return layout.Matrix{}, err
	}
	b := code.Bounds()
	n := b.Dx()
	if n <= 0 || b.Dy() != n {
		return layout.Matrix{}, fmt.Errorf("QR code of %dx%d modules", b.Dx(), b.Dy())
	}
	m := layout.Matrix{Size: n, Dark: make([]bool, n*n), Text: text}
	for y := 0; y < n; y++ {
		for x := 0; x < n; x++ {
			r, _, _, _ := code.At(b.Min.X+x, b.Min.Y+y).RGBA()
			m.Dark[y*n+x] = r < 0x8000
		}
	}
	return m, nil
}
