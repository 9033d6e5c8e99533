package vn.vanban.render.ooxml;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import vn.vanban.document.DocumentTree;

/**
 * docProps/core.xml of a DOCX or XLSX: title (tên loại and trích yếu, or a công văn's V/v), author (the
 * issuing body), language and time, shown by Word and Excel under File › Info.
 */
public final class CoreProperties {

    public static final String LANGUAGE = "vi-VN";

    private CoreProperties() {
    }

    public static String of(DocumentTree document, Instant created) {
        String time = created.truncatedTo(ChronoUnit.SECONDS).toString();
        Xml x = new Xml().raw(Xml.DECLARATION)
                .raw("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/")
                .raw("core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
                .raw(" xmlns:dcterms=\"http://purl.org/dc/terms/\"")
                .raw(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
        String title = title(document);
        if (!title.isEmpty()) {
            x.raw("<dc:title>").text(title).raw("</dc:title>");
        }
        // The author Word shows is the issuing body, whose document it is; vanban only wrote the file.
        String issuer = document.issuer();
        x.raw("<dc:creator>").text(issuer.isEmpty() ? "vanban" : issuer).raw("</dc:creator><dc:language>").raw(LANGUAGE)
                .raw("</dc:language>")
                .raw("<dcterms:created xsi:type=\"dcterms:W3CDTF\">").raw(time).raw("</dcterms:created>")
                .raw("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">").raw(time).raw("</dcterms:modified>")
                .raw("</cp:coreProperties>");
        return x.toString();
    }

    /** The document's title (see {@link DocumentTree#title()}); may be empty. */
    public static String title(DocumentTree document) {
        return document.title();
    }
}
