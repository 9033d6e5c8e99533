package vn.vanban.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import vn.vanban.document.DocumentTree;
import vn.vanban.document.markup.DocumentReader;
import vn.vanban.fonts.DocumentFonts;
import vn.vanban.layout.Nd30Layout;
import vn.vanban.render.docx.DocxDocumentWriter;
import vn.vanban.render.docx.DocxInspector;
import vn.vanban.render.pdf.PdfDocumentWriter;
import vn.vanban.render.pdf.PdfInspector;

/**
 * A letter's "Phụ lục" counts its own pages (Nghị định 30, Phụ lục I): its first page is unnumbered, like
 * a document's first page, and the next is 2, in the PDF and in the DOCX (a section of its own).
 */
class AppendixPageNumbersTest {

    private static final Nd30Layout LAYOUT = Nd30Layout.standard();
    private static final DocumentFonts FONTS = DocumentFonts.load(null);

    /** A letter of two pages, then an appendix of two pages. */
    private static DocumentTree letterWithAppendix() {
        String paragraph = "<p>Trên địa bàn tỉnh, các xã, phường đã triển khai thành lập Tổ công nghệ số cộng đồng ở "
                + "các thôn, tổ dân phố; tổ chức tập huấn kỹ năng số cho thành viên và hướng dẫn người dân sử "
                + "dụng dịch vụ công trực tuyến.</p>";
        return new DocumentReader().read("""
                <document>
                  <header><issuer>SỞ KHOA HỌC VÀ CÔNG NGHỆ</issuer><number value="" symbol="SKHCN-CĐS"/></header>
                  %s
                  <page-break/>
                  <title type="Phụ lục" reference="(Kèm theo Công văn số …/SKHCN-CĐS)">DANH SÁCH CÁC XÃ</title>
                  %s
                </document>
                """.formatted(paragraph.repeat(14), paragraph.repeat(16)));
    }

    @Test
    void pdfNumbersTheAppendixFromItsOwnFirstPage() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfDocumentWriter(LAYOUT, FONTS).write(letterWithAppendix(), out);
        try (PdfInspector pdf = PdfInspector.of(out.toByteArray())) {
            int appendix = pdf.pageOf("Phụ lục");
            assertThat(appendix).as("the appendix starts after the letter's second page").isEqualTo(3);
            assertThat(pdf.pageCount()).isGreaterThan(appendix);
            assertThat(topLine(pdf, 2)).as("the letter's page 2").isEqualTo("2");
            assertThat(topLine(pdf, appendix)).as("the appendix's first page is unnumbered").isEqualTo("Phụ lục");
            assertThat(topLine(pdf, appendix + 1)).as("the appendix's second page").isEqualTo("2");
        }
    }

    private static String topLine(PdfInspector pdf, int page) {
        return pdf.lines(page).get(0).text().strip();
    }

    @Test
    void docxPutsTheAppendixInASectionThatRestartsAtOne() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxDocumentWriter(LAYOUT, FONTS).write(letterWithAppendix(), out);
        DocxInspector docx = DocxInspector.read(out.toByteArray());

        List<Element> sections = docx.elements("word/document.xml", "//w:sectPr");
        assertThat(sections).hasSize(2);
        Element letter = sections.get(0);
        Element appendix = sections.get(1);
        assertThat(letter.getParentNode().getLocalName()).as("the letter's section ends in a paragraph").isEqualTo("pPr");
        assertThat(docx.has(letter, "w:pgNumType")).isFalse();
        assertThat(docx.string(appendix, "w:pgNumType/@w:start")).isEqualTo("1");
        for (Element section : sections) {
            assertThat(docx.has(section, "w:titlePg")).as("first page unnumbered").isTrue();
            assertThat(docx.has(section, "w:headerReference[@w:type='first']")).isTrue();
            assertThat(docx.string(section, "w:pgSz/@w:w")).isEqualTo("11906");
        }
        assertThat(docx.elements("word/document.xml", "//w:br[@w:type='page']")).as("the section break starts the page")
                .isEmpty();
    }

    /** "Phụ lục" as the decree writes it: on a line of its own, centred on the text area, bold, not in capitals. */
    @Test
    void phụLụcIsItsOwnCentredBoldLineInBothFormats() throws Exception {
        ByteArrayOutputStream pdfOut = new ByteArrayOutputStream();
        new PdfDocumentWriter(LAYOUT, FONTS).write(letterWithAppendix(), pdfOut);
        try (PdfInspector pdf = PdfInspector.of(pdfOut.toByteArray())) {
            int page = pdf.pageOf("Phụ lục");
            PdfInspector.Line line = pdf.lines(page).get(0);
            assertThat(line.text().strip()).isEqualTo("Phụ lục");
            float textCentre = PdfInspector.mm(30 + (210 - 30 - 15) / 2.0);
            assertThat((double) line.centre()).isCloseTo(textCentre, org.assertj.core.data.Offset.offset(1.0));
            assertThat(pdf.glyphs(page).get(0).getFont().getName()).containsIgnoringCase("bold");
        }

        ByteArrayOutputStream docxOut = new ByteArrayOutputStream();
        new DocxDocumentWriter(LAYOUT, FONTS).write(letterWithAppendix(), docxOut);
        DocxInspector docx = DocxInspector.read(docxOut.toByteArray());
        List<Element> found = docx.elements("word/document.xml", "//w:body/w:p[normalize-space(.)='Phụ lục']");
        assertThat(found).as("a paragraph of its own").hasSize(1);
        Element p = found.get(0);
        assertThat(docx.string(p, "w:pPr/w:jc/@w:val")).isEqualTo("center");
        assertThat(docx.has(docx.elements(p, "w:r").get(0), "w:rPr/w:b")).as("bold").isTrue();
    }
}
