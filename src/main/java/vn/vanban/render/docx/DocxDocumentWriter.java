package vn.vanban.render.docx;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.vanban.document.DocumentTree;
import vn.vanban.document.TableRow;
import vn.vanban.layout.Nd30Layout;
import vn.vanban.layout.TextMeasure;
import vn.vanban.render.RowStreamWriter;
import vn.vanban.render.ooxml.CoreProperties;
import vn.vanban.render.ooxml.PartsZip;
import vn.vanban.render.ooxml.Xml;

/**
 * Writes a {@link DocumentTree} as a .docx laid out per Nghị định 30/2020/NĐ-CP, Phụ lục I.
 *
 * <p>WordprocessingML is streamed as text straight into the zip rather than built through an object
 * model: a two-page decision takes about a millisecond and nothing has to warm up first. Every number
 * comes from {@link Nd30Layout}; text widths (for the rules under the issuing body, the Tiêu ngữ and
 * the trích yếu) and font heights (for the room around those rules) come from the same fonts the PDF
 * writer measures with, so that both formats break and place lines alike.
 *
 * <p>Thread-safe: the parts that do not depend on the document are prepared once, here.
 */
public final class DocxDocumentWriter implements RowStreamWriter {

    private final Nd30Layout layout;
    private final TextMeasure measure;
    private final FontHeights heights;
    private final Clock clock;
    private final Map<String, byte[]> fixedParts;

    public DocxDocumentWriter(Nd30Layout layout, TextMeasure measure) {
        this(layout, measure, Clock.systemUTC());
    }

    DocxDocumentWriter(Nd30Layout layout, TextMeasure measure, Clock clock) {
        this.layout = layout;
        this.measure = measure;
        this.heights = new FontHeights(measure);
        this.clock = clock;
        Map<String, String> parts = new LinkedHashMap<>();
        // Content types first: some readers look for it at the start of the archive.
        parts.put("[Content_Types].xml", PackageParts.contentTypes());
        parts.put("_rels/.rels", PackageParts.packageRelationships());
        parts.put("word/_rels/document.xml.rels", PackageParts.documentRelationships());
        parts.put("word/styles.xml", DocxStyles.part(layout));
        parts.put("word/settings.xml", PackageParts.settings());
        parts.put("word/fontTable.xml", PackageParts.fontTable(layout));
        parts.put("word/header1.xml", PackageParts.numberedHeader(layout));
        parts.put("word/header2.xml", PackageParts.emptyHeader(layout));
        parts.put("docProps/app.xml", PackageParts.app());
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        parts.forEach((name, xml) -> bytes.put(name, xml.getBytes(StandardCharsets.UTF_8)));
        this.fixedParts = Collections.unmodifiableMap(bytes);
    }

    /**
     * Writes the package to {@code out}, which is left open. {@code moreRows} go after the rows of the
     * document's first table and are deflated as they come.
     */
    @Override
    public void write(DocumentTree document, Iterator<TableRow> moreRows, OutputStream out) {
        PartsZip zip = new PartsZip(out);
        fixedParts.forEach(zip::put);
        Xml xml = zip.stream("word/document.xml");
        DocxNumbering numbering = new DocxNumbering();
        DocxContext ctx = new DocxContext(layout, measure, heights, layout.page(document.landscape()), numbering);
        new DocumentPart(ctx, xml).write(document, moreRows);
        zip.endStream(xml);
        // Known only once the body is written: which lists it has and where each starts.
        zip.put("word/numbering.xml", numbering.part().getBytes(StandardCharsets.UTF_8));
        zip.put("docProps/core.xml", CoreProperties.of(document, clock.instant()));
        zip.finish();
    }
}
