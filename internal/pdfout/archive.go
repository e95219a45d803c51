package pdfout

import (
	_ "embed"
	"encoding/xml"
	"strings"
)

// What makes a file PDF/A-1b (ISO 19005-1, level B), beyond what every
// file of this package already is (fonts embedded, no transparency, no
// encryption, a file identifier, a classic cross-reference table):
//
//   - XMP metadata, uncompressed, naming the part and level and agreeing
//     with the document information dictionary;
//   - an output intent with an embedded ICC profile (sRGB, srgb.icc);
//   - a CIDSet for each subset font (written with the fonts).

// srgbProfile is sRGB.icc of Debian's icc-profiles-free, zlib licence:
// see srgb.icc.LICENSE.
//
//go:embed srgb.icc
var srgbProfile []byte

// writeArchive writes the XMP metadata and the output intent.
func (w *Writer) writeArchive(info Info) {
	w.writeStream(objMetadata, "/Type /Metadata /Subtype /XML", []byte(xmp(info)))
	w.begin(objIntent)
	w.write("<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1)" +
		" /RegistryName (http://www.color.org) /Info (sRGB IEC61966-2.1) /DestOutputProfile " + ref(objProfile) + " >>\n")
	w.end()
	w.streamNow(objProfile, "/N 3", srgbProfile, true)
}

// xmp returns the XMP packet of a PDF/A-1b file with info's metadata.
func xmp(info Info) string {
	var b strings.Builder
	b.WriteString("<?xpacket begin=\"\ufeff\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n" +
		"<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n" +
		"<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n" +
		"<pdfaid:part>1</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n</rdf:Description>\n" +
		"<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<dc:format>application/pdf</dc:format>\n")
	alt := func(tag, v string) {
		if v != "" {
			b.WriteString("<" + tag + "><rdf:Alt><rdf:li xml:lang=\"x-default\">" + esc(v) + "</rdf:li></rdf:Alt></" + tag + ">\n")
		}
	}
	alt("dc:title", info.Title)
	alt("dc:description", info.Subject)
	if info.Author != "" {
		b.WriteString("<dc:creator><rdf:Seq><rdf:li>" + esc(info.Author) + "</rdf:li></rdf:Seq></dc:creator>\n")
	}
	b.WriteString("</rdf:Description>\n<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
	if info.Creator != "" {
		b.WriteString("<xmp:CreatorTool>" + esc(info.Creator) + "</xmp:CreatorTool>\n")
	}
	if !info.Created.IsZero() {
		d := info.Created.UTC().Format("2006-01-02T15:04:05Z")
		b.WriteString("<xmp:CreateDate>" + d + "</xmp:CreateDate>\n<xmp:ModifyDate>" + d + "</xmp:ModifyDate>\n")
	}
	b.WriteString("</rdf:Description>\n<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
	if info.Producer != "" {
		b.WriteString("<pdf:Producer>" + esc(info.Producer) + "</pdf:Producer>\n")
	}
	b.WriteString("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>")
	return b.String()
}

// esc escapes text for XML.
func esc(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}
