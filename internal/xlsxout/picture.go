package xlsxout

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"net/url"
	"sort"

	"github.com/msedocs/msedocs/internal/layout"
	"github.com/xuri/excelize/v2"
)

// modulePx is the side of a module in the picture of a matrix, in
// pixels: the picture is scaled to the block's size, so this only sets
// how sharp it stays when zoomed.
const modulePx = 8

// figure handles the blocks of a page that stand beside others rather
// than below them. A matrix block (a QR code) becomes a PNG picture
// placed over the rows already written, at the cell where its block
// stands; the rows keep their text. A paragraph below such a picture
// first gets an empty row down to where it stands, so it does not run
// under the picture. It reports whether blk was handled.
func (w *Writer) figure(p *layout.Page, blk *layout.Block) (bool, error) {
	sh := w.sh
	if blk.Matrix == nil {
		if sh.figureBottom > 0 && blk.Table == nil {
			sh.figureBottom = 0
			if gap := blk.Y - w.rowsBottom(p); gap > gapMin {
				return false, w.space(gap)
			}
		}
		return false, nil
	}
	if err := w.flushPending(); err != nil {
		return true, err
	}
	pic, err := matrixPNG(blk)
	if err != nil {
		return true, fmt.Errorf("xlsx: %s: %w", sh.name, err)
	}
	cell, offX, offY := w.anchor(p, blk.X, blk.Y)
	opts := &excelize.GraphicOptions{
		Positioning: "oneCell", OffsetX: px(offX), OffsetY: px(offY),
		ScaleX: blk.W * 96 / 72 / float64(pic.size), ScaleY: blk.H * 96 / 72 / float64(pic.size),
		AltText: blk.Matrix.Text,
	}
	if u, err := url.Parse(blk.Matrix.Text); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
		opts.Hyperlink, opts.HyperlinkType = blk.Matrix.Text, "External"
	}
	// A picture must be added before the sheet's stream is flushed: the
	// worksheet's reference to its drawing is written then.
	err = w.f.AddPictureFromBytes(sh.name, cell, &excelize.Picture{Extension: ".png", File: pic.data, Format: opts})
	if err != nil {
		return true, fmt.Errorf("xlsx: %s: %w", sh.name, err)
	}
	// excelize adds the image types to the content types in map order:
	// sorted, the same workbook always has the same bytes.
	if ct := w.f.ContentTypes; ct != nil {
		sort.SliceStable(ct.Defaults, func(i, j int) bool { return ct.Defaults[i].Extension < ct.Defaults[j].Extension })
	}
	sh.figureBottom = blk.Y + blk.H
	return true, nil
}

// px converts points to whole pixels at 96 dpi.
func px(pt float64) int { return int(math.Round(pt * 96 / 72)) }

// anchor returns the cell of the open sheet that the point x, y of page
// p falls in, and the point's offset within it, in points. Rows are
// those written for the page so far; a point below them falls in the
// last, further down.
func (w *Writer) anchor(p *layout.Page, x, y float64) (string, float64, float64) {
	sh := w.sh
	col := 0
	for col+1 < len(w.cols) && w.grid[col+1] <= x {
		col++
	}
	offX := max(x-w.grid[col], 0)
	row, top := sh.row-len(sh.heights)+1, pageTop(p)
	offY := max(y-top, 0)
	for i, h := range sh.heights {
		// Row heights are whole pixels: a point within a pixel of a
		// row's end is the next row's top.
		if offY < h-gridPt || i == len(sh.heights)-1 {
			break
		}
		offY = max(offY-h, 0)
		row++
	}
	return w.cellRef(col, max(row, 1)), offX, offY
}

// rowsBottom is where the rows written for page p so far end, in the
// page's points.
func (w *Writer) rowsBottom(p *layout.Page) float64 {
	y := pageTop(p)
	for _, h := range w.sh.heights {
		y += h
	}
	return y
}

// pageTop is the top of the first block of p that becomes a row: where
// the page's first row begins.
func pageTop(p *layout.Page) float64 {
	for i := range p.Blocks {
		if b := &p.Blocks[i]; !skipped(b.Role) && b.Matrix == nil {
			return b.Y
		}
	}
	return 0
}

// png is a matrix drawn as a picture.
type matrixPicture struct {
	data []byte
	size int // pixels a side
}

// matrixPNG draws the matrix of blk, with the light margin its block
// holds around it, as a two-colour PNG, modulePx pixels a module. The
// same matrix always gives the same bytes.
func matrixPNG(blk *layout.Block) (matrixPicture, error) {
	m := blk.Matrix
	if m.Size <= 0 || m.Module <= 0 || len(m.Dark) != m.Size*m.Size {
		return matrixPicture{}, fmt.Errorf("bad matrix of %d modules a side", m.Size)
	}
	total := max(int(math.Round(blk.W/m.Module)), m.Size)
	quiet := max(int(math.Round((m.X-blk.X)/m.Module)), 0)
	size := total * modulePx
	img := image.NewPaletted(image.Rect(0, 0, size, size), color.Palette{color.White, color.Black})
	m.Runs(func(r, c, n int) {
		for y := (quiet + r) * modulePx; y < (quiet+r+1)*modulePx && y < size; y++ {
			row := img.Pix[y*img.Stride:]
			for x := (quiet + c) * modulePx; x < (quiet+c+n)*modulePx && x < size; x++ {
				row[x] = 1
			}
		}
	})
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&buf, img); err != nil {
		return matrixPicture{}, err
	}
	return matrixPicture{data: buf.Bytes(), size: size}, nil
}
