package vn.vanban.render.docx;

import vn.vanban.layout.Nd30Layout;
import vn.vanban.layout.TextRole;
import vn.vanban.render.ooxml.CoreProperties;
import vn.vanban.render.ooxml.Xml;

/** The parts around word/document.xml. All but core.xml are the same for every document of a layout. */
final class PackageParts {

    static final String XML_DECLARATION = Xml.DECLARATION;
    static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String LANGUAGE = CoreProperties.LANGUAGE;

    private static final String PKG_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String WML_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    private PackageParts() {
    }

    static String contentTypes() {
        return XML_DECLARATION
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\""
                + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + override("/word/document.xml", WML_TYPE + "document.main+xml")
                + override("/word/styles.xml", WML_TYPE + "styles+xml")
                + override("/word/settings.xml", WML_TYPE + "settings+xml")
                + override("/word/numbering.xml", WML_TYPE + "numbering+xml")
                + override("/word/fontTable.xml", WML_TYPE + "fontTable+xml")
                + override("/word/header1.xml", WML_TYPE + "header+xml")
                + override("/word/header2.xml", WML_TYPE + "header+xml")
                + override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
                + override("/docProps/app.xml",
                        "application/vnd.openxmlformats-officedocument.extended-properties+xml")
                + "</Types>";
    }

    static String packageRelationships() {
        return XML_DECLARATION + "<Relationships xmlns=\"" + PKG_RELS_NS + "\">"
                + relationship("rId1", R_NS + "/officeDocument", "word/document.xml")
                + relationship("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                        + "core-properties", "docProps/core.xml")
                + relationship("rId3", R_NS + "/extended-properties", "docProps/app.xml")
                + "</Relationships>";
    }

    static String documentRelationships() {
        return XML_DECLARATION + "<Relationships xmlns=\"" + PKG_RELS_NS + "\">"
                + relationship("rId1", R_NS + "/styles", "styles.xml")
                + relationship("rId2", R_NS + "/settings", "settings.xml")
                + relationship("rId3", R_NS + "/fontTable", "fontTable.xml")
                + relationship(DocumentPart.HEADER_DEFAULT_ID, R_NS + "/header", "header1.xml")
                + relationship(DocumentPart.HEADER_FIRST_ID, R_NS + "/header", "header2.xml")
                + relationship(DocumentPart.NUMBERING_ID, R_NS + "/numbering", "numbering.xml")
                + "</Relationships>";
    }

    /**
     * Compatibility mode 15 (Word 2013 and later) so Word does not open the file in compatibility view;
     * doNotExpandShiftReturn stops a justified line that ends in a manual break from being stretched.
     */
    static String settings() {
        return XML_DECLARATION + "<w:settings xmlns:w=\"" + W_NS + "\">"
                + "<w:zoom w:percent=\"100\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
                + "<w:compat><w:doNotExpandShiftReturn/><w:compatSetting w:name=\"compatibilityMode\""
                + " w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
                + "<w:themeFontLang w:val=\"" + LANGUAGE + "\"/></w:settings>";
    }

    static String fontTable(Nd30Layout layout) {
        Xml x = new Xml().raw(XML_DECLARATION).raw("<w:fonts xmlns:w=\"").raw(W_NS).raw("\">");
        x.raw("<w:font").attr("w:name", layout.fontFamily()).raw("><w:charset w:val=\"00\"/>")
                .raw("<w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font></w:fonts>");
        return x.toString();
    }

    /** Pages 2 and on: the page number, centred in the top margin. */
    static String numberedHeader(Nd30Layout layout) {
        ParagraphFormat f = pageNumber(layout);
        Xml x = new Xml().raw(XML_DECLARATION).raw("<w:hdr xmlns:w=\"").raw(W_NS).raw("\" xmlns:r=\"").raw(R_NS)
                .raw("\"><w:p>");
        f.writeProperties(x);
        String rPr = "<w:rPr>" + (f.isBold() ? "<w:b/>" : "") + (f.isItalic() ? "<w:i/>" : "")
                + "<w:sz w:val=\"" + f.halfPoints() + "\"/><w:szCs w:val=\"" + f.halfPoints() + "\"/></w:rPr>";
        x.raw("<w:r>" + rPr + "<w:fldChar w:fldCharType=\"begin\"/></w:r>")
                .raw("<w:r>" + rPr + "<w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>")
                .raw("<w:r>" + rPr + "<w:fldChar w:fldCharType=\"separate\"/></w:r>")
                .raw("<w:r>" + rPr + "<w:t>2</w:t></w:r>")
                .raw("<w:r>" + rPr + "<w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:hdr>");
        return x.toString();
    }

    /** Page 1 shows no number. */
    static String emptyHeader(Nd30Layout layout) {
        Xml x = new Xml().raw(XML_DECLARATION).raw("<w:hdr xmlns:w=\"").raw(W_NS).raw("\"><w:p>");
        pageNumber(layout).writeProperties(x);
        return x.raw("</w:p></w:hdr>").toString();
    }

    /** Written in full: a header's paragraph is not the clerk's to restyle. */
    private static ParagraphFormat pageNumber(Nd30Layout layout) {
        return ParagraphFormat.of(layout.style(TextRole.PAGE_NUMBER));
    }

    static String app() {
        return XML_DECLARATION + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "extended-properties\"><Application>vanban</Application></Properties>";
    }

    private static String override(String part, String type) {
        return "<Override PartName=\"" + part + "\" ContentType=\"" + type + "\"/>";
    }

    private static String relationship(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + target + "\"/>";
    }
}
