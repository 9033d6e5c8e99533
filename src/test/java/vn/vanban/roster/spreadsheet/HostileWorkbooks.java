package vn.vanban.roster.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * XLSX packages written part by part, so that a test can make what no spreadsheet program writes: parts
 * that inflate to gigabytes, strings of millions of characters, cells by the hundred thousand. Parts are
 * written as they are generated, so a test holds the small zip and never the inflated XML.
 */
final class HostileWorkbooks {

    /** Writes a part's text. */
    interface Part {
        void write(Writer out) throws IOException;
    }

    static final String HEADER_ROW = "<row r=\"1\">" + inline("A1", "Tên Tổ") + inline("B1", "Họ tên")
            + inline("C1", "Chức vụ") + inline("D1", "Số điện thoại") + "</row>";

    private final Map<String, Part> parts = new LinkedHashMap<>();

    HostileWorkbooks() {
        text("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        text("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                + " Target=\"xl/workbook.xml\"/></Relationships>");
        text("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                + "<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        text("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                + "</Relationships>");
    }

    /** An inline string cell. */
    static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    HostileWorkbooks text(String name, String content) {
        parts.put(name, out -> out.write(content));
        return this;
    }

    HostileWorkbooks part(String name, Part content) {
        parts.put(name, content);
        return this;
    }

    /** The first sheet: the header row, then what {@code body} writes inside {@code <sheetData>}. */
    HostileWorkbooks sheet(Part body) {
        return part("xl/worksheets/sheet1.xml", out -> {
            out.write("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            out.write(HEADER_ROW);
            body.write(out);
            out.write("</sheetData></worksheet>");
        });
    }

    /** xl/sharedStrings.xml with what {@code body} writes inside {@code <sst>}. */
    HostileWorkbooks sharedStrings(Part body) {
        return part("xl/sharedStrings.xml", out -> {
            out.write("<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            body.write(out);
            out.write("</sst>");
        });
    }

    /** Writes {@code text} {@code times} times. */
    static void repeat(Writer out, String text, long times) throws IOException {
        for (long i = 0; i < times; i++) {
            out.write(text);
        }
    }

    byte[] bytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, Part> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                part.getValue().write(out);
                out.flush();
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
