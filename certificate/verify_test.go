package certificate_test

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/qrcode"
	"github.com/msedocs/msedocs/certificate"
	"github.com/msedocs/msedocs/internal/golden"
	"github.com/msedocs/msedocs/internal/layout"
	"github.com/xuri/excelize/v2"
)

// verifyTemplate is the verification URL the tests print.
const verifyTemplate = "https://msek.example.kz/verify/{form}/{series}/{number}?date={date}"

func verifyOptions() *certificate.Options {
	o := testOptions()
	o.VerifyURL = verifyTemplate
	return o
}

// TestVerifyURLTemplates checks which templates are accepted: placeholders
// in the path, query or fragment of an absolute http(s) URL, nothing
// unknown, nothing in the host, printable ASCII only.
func TestVerifyURLTemplates(t *testing.T) {
	for _, s := range []string{
		"",
		verifyTemplate,
		"http://msek.example.kz/v?f={form}&s={series}&n={number}&d={date}",
		"https://msek.example.kz:8443/{date}#{number}",
		"https://msek.example.kz/static",
	} {
		if err := certificate.CheckVerifyURL(s); err != nil {
			t.Errorf("%q: %v", s, err)
		}
	}
	for _, s := range []string{
		"https://msek.example.kz/{name}",
		"https://msek.example.kz/{iin}",
		"https://{form}.example.kz/",
		"https://msek.example.kz/{series",
		"https://msek.example.kz/series}",
		"https://msek.example.kz/тексеру/{number}",
		"https://msek.example.kz/a b/{number}",
		"/verify/{number}",
		"ftp://msek.example.kz/{number}",
		"https://msek.example.kz/" + strings.Repeat("x", 300),
	} {
		err := certificate.CheckVerifyURL(s)
		if !errors.Is(err, certificate.ErrVerifyURL) {
			t.Errorf("%q: %v, want ErrVerifyURL", s, err)
		}
		if _, err := certificate.LayOut(disability(), &certificate.Options{Now: now, VerifyURL: s}); !errors.Is(err, certificate.ErrVerifyURL) {
			t.Errorf("%q: LayOut: %v, want ErrVerifyURL", s, err)
		}
	}
}

// TestVerifyURLEscaping checks that values are escaped for where they
// stand: as a path segment in the path, as a query value in the query.
func TestVerifyURLEscaping(t *testing.T) {
	d := disability()
	d.Serial.Series = "А/Б"
	opts := testOptions()
	opts.VerifyURL = "https://msek.example.kz/{series}/{form}?s={series}&n={number}#{date}"
	got := verifyText(t, d, opts)
	want := "https://msek.example.kz/%D0%90%2F%D0%91/disability?s=%D0%90%2F%D0%91&n=" + d.Serial.Number + "#" + d.Date.Format("2006-01-02")
	if got != want {
		t.Errorf("URL\n got %s\nwant %s", got, want)
	}
}

// verifyText returns the text of the QR code on d's page.
func verifyText(t *testing.T, d certificate.Document, opts *certificate.Options) string {
	t.Helper()
	blk, _ := verifyBlocks(t, d, opts)
	if blk == nil {
		t.Fatalf("%s: no QR code", d.Form().ID)
	}
	return blk.Matrix.Text
}

// verifyBlocks lays d out and returns the page's QR code block and the
// page; nil when it has none.
func verifyBlocks(t *testing.T, d certificate.Document, opts *certificate.Options) (*layout.Block, *layout.Page) {
	t.Helper()
	pages, err := certificate.LayOut(d, opts)
	if err != nil {
		t.Fatalf("%s: %v", d.Form().ID, err)
	}
	if len(pages) != 1 {
		t.Fatalf("%s: %d pages", d.Form().ID, len(pages))
	}
	p := pages[0]
	for i := range p.Blocks {
		if p.Blocks[i].Matrix != nil {
			return &p.Blocks[i], p
		}
	}
	return nil, p
}

// TestVerifyCodeDecodes draws the matrix of every issued document into an
// image, with its quiet zone, and reads it with a QR decoder written
// independently of the encoder (gozxing): it must give the URL exactly.
// The code is at least 18 mm wide, within the page's margins, and
// touches no other block.
func TestVerifyCodeDecodes(t *testing.T) {
	for _, d := range append(all(), fullProfessionalRehab(), disabledNotice()) {
		blk, p := verifyBlocks(t, d, verifyOptions())
		if blk == nil {
			t.Errorf("%s: no QR code", d.Form().ID)
			continue
		}
		m := blk.Matrix
		if !strings.HasPrefix(m.Text, "https://msek.example.kz/verify/"+d.Form().ID+"/") {
			t.Errorf("%s: URL %q", d.Form().ID, m.Text)
		}
		if mm := blk.W * 25.4 / 72; mm < 18 || blk.W != blk.H {
			t.Errorf("%s: code %.1f × %.1f mm", d.Form().ID, mm, blk.H*25.4/72)
		}
		if q := (m.X - blk.X) / m.Module; q < 3.99 {
			t.Errorf("%s: quiet zone of %.2f modules", d.Form().ID, q)
		}
		got, err := decodeQR(matrixImage(blk, 4))
		if err != nil || got != m.Text {
			t.Errorf("%s: decoded %q, %v; want %q", d.Form().ID, got, err, m.Text)
		}
		checkApart(t, d.Form().ID, p)
	}
}

// checkApart reports blocks that overlap the QR code or its caption, and
// either of them outside the margins.
func checkApart(t *testing.T, id string, p *layout.Page) {
	t.Helper()
	var fig []*layout.Block
	for i := range p.Blocks {
		if r := p.Blocks[i].Role; r == "verify" || r == "verify-url" {
			fig = append(fig, &p.Blocks[i])
		}
	}
	if len(fig) != 2 {
		t.Errorf("%s: %d blocks of the code and its caption, want 2", id, len(fig))
	}
	for _, f := range fig {
		if f.X < 0 || f.X+f.W > p.W-20 || f.Y < 0 || f.Y+f.H > p.H-20 {
			t.Errorf("%s: %s block %.1f,%.1f %.1fx%.1f off the page's body", id, f.Role, f.X, f.Y, f.W, f.H)
		}
		for i := range p.Blocks {
			b := &p.Blocks[i]
			if b == fig[0] || (len(fig) > 1 && b == fig[1]) {
				continue
			}
			if b.X < f.X+f.W && f.X < b.X+b.W && b.Y < f.Y+f.H && f.Y < b.Y+b.H {
				t.Errorf("%s: the %s block overlaps the %s block (%.1f,%.1f %.1fx%.1f)", id, b.Role, f.Role, b.X, b.Y, b.W, b.H)
			}
		}
	}
}

// TestVerifyNone checks that no code is printed without a template, nor
// on a blank form with one.
func TestVerifyNone(t *testing.T) {
	if blk, _ := verifyBlocks(t, disability(), testOptions()); blk != nil {
		t.Error("a code without VerifyURL")
	}
	b, _ := certificate.NewBlank(disability().Form().ID)
	if blk, _ := verifyBlocks(t, b, verifyOptions()); blk != nil {
		t.Error("a code on a blank form")
	}
}

// TestVerifyIdentifiers checks what identifies documents without a
// series of their own.
func TestVerifyIdentifiers(t *testing.T) {
	opts := testOptions()
	opts.VerifyURL = "https://msek.example.kz/{form}/{series}/{number}/{date}"
	ext := professionalExtract()
	for _, c := range []struct {
		d    certificate.Document
		want string
	}{
		{ext, "professional_capacity_extract/" + url.PathEscape(ext.Certificate.Series) + "/" + ext.Certificate.Number + "/"},
		{socialRehab(), "rehab_social//" + url.PathEscape(socialRehab().Program.Number) + "/"},
		{expertNotice(), "expert_notice//" + expertNotice().Referral.Number + "/"},
		{fullRehabilitation(), "full_rehabilitation///"},
	} {
		got := verifyText(t, c.d, opts)
		if !strings.HasPrefix(got, "https://msek.example.kz/"+c.want) {
			t.Errorf("%s: %s, want …/%s…", c.d.Form().ID, got, c.want)
		}
	}
}

// matrixImage draws the block of a matrix, its quiet zone included, at
// scale pixels a module.
func matrixImage(blk *layout.Block, scale int) image.Image {
	m := blk.Matrix
	quiet := int((m.X-blk.X)/m.Module + 0.5)
	n := (m.Size + 2*quiet) * scale
	img := image.NewGray(image.Rect(0, 0, n, n))
	for y := 0; y < n; y++ {
		for x := 0; x < n; x++ {
			c := color.Gray{Y: 255}
			if m.At(y/scale-quiet, x/scale-quiet) {
				c.Y = 0
			}
			img.SetGray(x, y, c)
		}
	}
	return img
}

// decodeQR reads a QR code from img with gozxing. The image is the
// matrix drawn exactly, so it is read as a pure barcode: gozxing's
// detector for photographs misreads some perfect images (version 6 at
// three or more pixels a module), which zbarimg reads fine.
func decodeQR(img image.Image) (string, error) {
	bmp, err := gozxing.NewBinaryBitmapFromImage(img)
	if err != nil {
		return "", err
	}
	hints := map[gozxing.DecodeHintType]any{gozxing.DecodeHintType_PURE_BARCODE: true}
	res, err := qrcode.NewQRCodeReader().Decode(bmp, hints)
	if err != nil {
		return "", err
	}
	return res.GetText(), nil
}

// TestVerifyXLSX checks that a workbook carries the code as a picture
// that decodes to the URL.
func TestVerifyXLSX(t *testing.T) {
	d := disability()
	want := verifyText(t, d, verifyOptions())
	var buf, again bytes.Buffer
	if err := certificate.WriteXLSX(&buf, verifyOptions(), d); err != nil {
		t.Fatal(err)
	}
	if err := certificate.WriteXLSX(&again, verifyOptions(), d); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Error("the same document gives different workbooks")
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheet := f.GetSheetName(0)
	cells, err := f.GetPictureCells(sheet)
	if err != nil || len(cells) != 1 {
		t.Fatalf("picture cells %v, %v; want one", cells, err)
	}
	pics, err := f.GetPictures(sheet, cells[0])
	if err != nil || len(pics) != 1 || pics[0].Extension != ".png" {
		t.Fatalf("pictures at %s: %d, %v", cells[0], len(pics), err)
	}
	if o := pics[0].Format; o == nil || o.AltText != want || o.Hyperlink != want {
		t.Errorf("picture format %+v", o)
	}
	img, err := png.Decode(bytes.NewReader(pics[0].File))
	if err != nil {
		t.Fatal(err)
	}
	if got, err := decodeQR(img); err != nil || got != want {
		t.Errorf("decoded %q, %v; want %q", got, err, want)
	}
	var plain bytes.Buffer
	if err := certificate.WriteXLSX(&plain, testOptions(), d); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(plain.Bytes(), []byte("xl/media/")) {
		t.Error("a picture without VerifyURL")
	}
}

// requireTool returns the path of a program, or skips the test saying
// why; under MSEDOCS_REQUIRE_TOOLS=1 a missing program fails it.
func requireTool(t *testing.T, name, pkg string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err == nil {
		return p
	}
	if os.Getenv("MSEDOCS_REQUIRE_TOOLS") == "1" {
		t.Fatalf("%s not found (Debian package %s); MSEDOCS_REQUIRE_TOOLS=1 requires it", name, pkg)
	}
	t.Skipf("%s not found (Debian package %s): skipping", name, pkg)
	return ""
}

// TestVerifyScansFromPrint prints every document kind that has a series
// and number as PDF, renders the page at 300 dpi with poppler's pdftoppm
// and reads it with zbarimg: it must read the URL exactly.
func TestVerifyScansFromPrint(t *testing.T) {
	pdftoppm := requireTool(t, "pdftoppm", "poppler-utils")
	zbarimg := requireTool(t, "zbarimg", "zbar-tools")
	dir := t.TempDir()
	for _, d := range []certificate.Document{disability(), generalCapacity(), professionalCapacity(), professionalExtract(), care()} {
		id := d.Form().ID
		want := verifyText(t, d, verifyOptions())
		pdf := filepath.Join(dir, id+".pdf")
		var buf bytes.Buffer
		if err := certificate.WritePDF(&buf, verifyOptions(), d); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(pdf, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		prefix := filepath.Join(dir, id)
		if out, err := exec.Command(pdftoppm, "-r", "300", "-png", "-singlefile", pdf, prefix).CombinedOutput(); err != nil {
			t.Fatalf("%s: pdftoppm: %v\n%s", id, err, out)
		}
		out, err := exec.Command(zbarimg, "--raw", "--nodbus", "-q", prefix+".png").Output()
		if err != nil {
			t.Errorf("%s: zbarimg: %v", id, err)
			continue
		}
		if got := strings.TrimSuffix(string(out), "\n"); got != want {
			t.Errorf("%s: zbarimg read %q, want %q", id, got, want)
		}
	}
}

// TestGoldenVerify keeps the layout of documents that carry the code: an
// A5 certificate, an A4 conclusion and an extract without a series. The
// goldens of TestGolden, without VerifyURL, carry none.
func TestGoldenVerify(t *testing.T) {
	for _, d := range []certificate.Document{disability(), care(), socialRehab()} {
		name := d.Form().ID + "-verify"
		t.Run(name, func(t *testing.T) {
			pages, err := certificate.LayOut(d, verifyOptions())
			if err != nil {
				t.Fatal(err)
			}
			form := d.Form()
			goldens.Check(t, filepath.Join("layout", name+".txtar"), golden.Pages(t, pages,
				fmt.Sprintf("%s: %s / %s, %s, sample record, VerifyURL %s.", form.ID, form.Title.KK, form.Title.RU, form.Paper, verifyTemplate)))
		})
	}
}
