package vn.vanban.render.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.vanban.document.Document;
import vn.vanban.layout.Nd30Layout;
import vn.vanban.layout.TextMeasure;
import vn.vanban.render.DocumentWriter;

/**
 * Writes a {@link Document} as a .docx laid out per Nghị định 30/2020/NĐ-CP, Phụ lục I.
 *
 * <p>WordprocessingML is streamed as text straight into the zip rather than built through an object
 * model: a two-page decision takes about a millisecond and nothing has to warm up first. Every number
 * comes from {@link Nd30Layout}; text widths (for the rules under the issuing body, the Tiêu ngữ and
 * the trích yếu) and font heights (for the room around those rules) come from the same fonts the PDF
 * writer measures with, so that both formats break and place lines alike.
 *
 * <p>Thread-safe: the parts that do not depend on the document are prepared once, here.
 */
public final class DocxWriter implements DocumentWriter {

    private final Nd30Layout layout;
    private final TextMeasure measure;
    private final FontHeights heights;
    private final Clock clock;
    private final Map<String, byte[]> fixedParts;

    public DocxWriter(Nd30Layout layout, TextMeasure measure) {
        this(layout, measure, Clock.systemUTC());
    }

    DocxWriter(Nd30Layout layout, TextMeasure measure, Clock clock) {
        this.layout = layout;
        this.measure = measure;
        this.heights = new FontHeights(measure);
        this.clock = clock;
        Map<String, String> parts = new LinkedHashMap<>();
        // Content types first: some readers look for it at the start of the archive.
        parts.put("[Content_Types].xml", PackageParts.contentTypes());
        parts.put("_rels/.rels", PackageParts.packageRelationships());
        parts.put("word/_rels/document.xml.rels", PackageParts.documentRelationships());
        parts.put("word/styles.xml", PackageParts.styles(layout));
        parts.put("word/settings.xml", PackageParts.settings());
        parts.put("word/fontTable.xml", PackageParts.fontTable(layout));
        parts.put("word/header1.xml", PackageParts.numberedHeader(layout));
        parts.put("word/header2.xml", PackageParts.emptyHeader(layout));
        parts.put("docProps/app.xml", PackageParts.app());
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        parts.forEach((name, xml) -> bytes.put(name, xml.getBytes(StandardCharsets.UTF_8)));
        this.fixedParts = Collections.unmodifiableMap(bytes);
    }

    /** Writes the package to {@code out}, which is left open. */
    @Override
    public void write(Document document, OutputStream out) {
        try {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            // Fastest deflate: half the time of the default for about 1.5 times the bytes (tens of kB).
            zip.setLevel(Deflater.BEST_SPEED);
            for (Map.Entry<String, byte[]> part : fixedParts.entrySet()) {
                put(zip, part.getKey(), part.getValue());
            }
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            Xml xml = new Xml(writer);
            DocxContext ctx = new DocxContext(layout, measure, heights, layout.page(document.landscape()));
            new DocumentPart(ctx, xml).write(document);
            xml.drain();
            writer.flush();
            zip.closeEntry();
            put(zip, "docProps/core.xml",
                    CoreProperties.of(document, clock.instant()).getBytes(StandardCharsets.UTF_8));
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the DOCX package", e);
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
