package vn.vanban.bench.poitl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.vanban.document.Header;
import vn.vanban.document.Table;
import vn.vanban.document.TableCell;

/**
 * The Word templates a poi-tl user would draw for the same documents, built with POI so that the bench
 * needs no binary file: Times New Roman, the decree's sizes, {@code {{tag}}}s for texts,
 * {@code {{?list}}…{{/list}}} for repeated paragraphs, and a table row repeated per data row.
 */
final class Templates {

    private static final String FONT = "Times New Roman";

    private Templates() {
    }

    /** Header table, title, authority, căn cứ, "QUYẾT ĐỊNH:", the articles, Nơi nhận beside the signature. */
    static byte[] decision() {
        XWPFDocument doc = new XWPFDocument();
        XWPFTable header = doc.createTable(1, 2);
        XWPFTableCell left = header.getRow(0).getCell(0);
        line(left.getParagraphs().get(0), "{{parent}}", 13, false, false);
        line(left.addParagraph(), "{{issuer}}", 13, true, false);
        line(left.addParagraph(), "{{number}}", 13, false, false);
        XWPFTableCell right = header.getRow(0).getCell(1);
        line(right.getParagraphs().get(0), Header.NATIONAL_TITLE, 13, true, false);
        line(right.addParagraph(), Header.MOTTO, 14, true, false);
        line(right.addParagraph(), "{{placeDate}}", 14, false, true);
        line(doc.createParagraph(), "{{type}}", 14, true, false);
        line(doc.createParagraph(), "{{subject}}", 14, true, false);
        line(doc.createParagraph(), "{{authority}}", 14, true, false);
        repeated(doc, "bases", 14, false, true);
        line(doc.createParagraph(), "QUYẾT ĐỊNH:", 14, true, false);
        repeated(doc, "body", 14, false, false);
        XWPFTable closing = doc.createTable(1, 2);
        XWPFTableCell recipients = closing.getRow(0).getCell(0);
        line(recipients.getParagraphs().get(0), "Nơi nhận:", 12, true, true);
        for (String text : List.of("{{?recipients}}", "{{text}}", "{{/recipients}}")) {
            line(recipients.addParagraph(), text, 11, false, false);
        }
        XWPFTableCell signature = closing.getRow(0).getCell(1);
        line(signature.getParagraphs().get(0), "{{?signTitles}}", 14, true, false);
        line(signature.addParagraph(), "{{text}}", 14, true, false);
        line(signature.addParagraph(), "{{/signTitles}}", 14, true, false);
        for (int i = 0; i < 4; i++) {
            signature.addParagraph();
        }
        line(signature.addParagraph(), "{{signName}}", 14, true, false);
        return bytes(doc);
    }

    /** Title lines, then the header row of {@code table} and one template row of {@code [c0]…} cells. */
    static byte[] memberList(boolean landscape, Table table) {
        XWPFDocument doc = new XWPFDocument();
        if (landscape) {
            CTSectPr section = doc.getDocument().getBody().addNewSectPr();
            CTPageSz size = section.addNewPgSz();
            size.setW(BigInteger.valueOf(16838));
            size.setH(BigInteger.valueOf(11906));
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        line(doc.createParagraph(), "{{type}}", 14, true, false);
        line(doc.createParagraph(), "{{subject}}", 14, true, false);
        List<TableCell> headerCells = table.rows().get(0).cells();
        XWPFTable grid = doc.createTable(2, headerCells.size());
        XWPFTableRow headerRow = grid.getRow(0);
        XWPFTableRow templateRow = grid.getRow(1);
        for (int c = 0; c < headerCells.size(); c++) {
            // The loop's tag stands in the row above the row it repeats.
            line(headerRow.getCell(c).getParagraphs().get(0), (c == 0 ? "{{rows}}" : "") + headerCells.get(c).text(),
                    13, true, false);
            line(templateRow.getCell(c).getParagraphs().get(0), "[c" + c + "]", 13, false, false);
            headerRow.getCell(c).setWidth(Integer.toString((int) Math.round(table.fractions()[c] * 14287)));
        }
        headerRow.setRepeatHeader(true);
        templateRow.setCantSplitRow(true);
        return bytes(doc);
    }

    private static void repeated(XWPFDocument doc, String list, int size, boolean bold, boolean italic) {
        line(doc.createParagraph(), "{{?" + list + "}}", size, bold, italic);
        XWPFParagraph text = doc.createParagraph();
        text.setAlignment(ParagraphAlignment.BOTH);
        text.setIndentationFirstLine(720);
        line(text, "{{text}}", size, bold, italic);
        line(doc.createParagraph(), "{{/" + list + "}}", size, bold, italic);
    }

    private static void line(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
    }

    private static byte[] bytes(XWPFDocument doc) {
        try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
