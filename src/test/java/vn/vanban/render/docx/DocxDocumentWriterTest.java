package vn.vanban.render.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.lowagie.text.pdf.BaseFont;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.docx4j.TextUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.SectPr;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import vn.vanban.document.Addressees;
import vn.vanban.document.Closing;
import vn.vanban.document.DocumentTree;
import vn.vanban.document.Header;
import vn.vanban.document.PageBreak;
import vn.vanban.document.Paragraph;
import vn.vanban.document.Run;
import vn.vanban.document.TitleBlock;
import vn.vanban.fonts.DocumentFonts;
import vn.vanban.layout.Align;
import vn.vanban.layout.Nd30Layout;
import vn.vanban.layout.TextRole;

class DocxDocumentWriterTest {

    private static final Nd30Layout LAYOUT = Nd30Layout.standard();
    private static final DocumentFonts FONTS = DocumentFonts.load(null);
    private static final DocxDocumentWriter WRITER = new DocxDocumentWriter(LAYOUT, FONTS,
            Clock.fixed(Instant.parse("2025-08-05T02:30:00Z"), ZoneOffset.UTC));
    private static final String DOC = "word/document.xml";
    private static final DocxInspector.RunFormat BOLD_28 = new DocxInspector.RunFormat(28, true, false);

    // ---- page setup and package ------------------------------------------------------------------

    @Test
    void decisionIsPortraitA4WithTheDecreeMargins() {
        DocxInspector docx = inspect(DocxSamples.decision());
        Element sect = sectPr(docx);

        assertThat(docx.integer(sect, "w:pgSz/@w:w")).isEqualTo(11906);
        assertThat(docx.integer(sect, "w:pgSz/@w:h")).isEqualTo(16838);
        assertThat(docx.string(sect, "w:pgSz/@w:orient")).isEmpty();
        assertThat(docx.integer(sect, "w:pgMar/@w:top")).isEqualTo(1134);
        assertThat(docx.integer(sect, "w:pgMar/@w:bottom")).isEqualTo(1134);
        assertThat(docx.integer(sect, "w:pgMar/@w:left")).isEqualTo(1701);
        assertThat(docx.integer(sect, "w:pgMar/@w:right")).isEqualTo(850);
        assertThat(docx.integer(sect, "w:pgMar/@w:header")).isEqualTo(567);
        assertThat(docx.has(sect, "w:titlePg")).isTrue();
    }

    @Test
    void memberListIsLandscapeA4WithTheSameMargins() {
        DocxInspector docx = inspect(DocxSamples.memberList());
        Element sect = sectPr(docx);

        assertThat(docx.integer(sect, "w:pgSz/@w:w")).isEqualTo(16838);
        assertThat(docx.integer(sect, "w:pgSz/@w:h")).isEqualTo(11906);
        assertThat(docx.string(sect, "w:pgSz/@w:orient")).isEqualTo("landscape");
        assertThat(docx.integer(sect, "w:pgMar/@w:top")).isEqualTo(1134);
        assertThat(docx.integer(sect, "w:pgMar/@w:bottom")).isEqualTo(1134);
        assertThat(docx.integer(sect, "w:pgMar/@w:left")).isEqualTo(1701);
        assertThat(docx.integer(sect, "w:pgMar/@w:right")).isEqualTo(850);
    }

    @Test
    void pageNumberIsAFieldCentredInTheHeaderFromPageTwoOn() {
        DocxInspector docx = inspect(DocxSamples.decision());
        Element sect = sectPr(docx);

        assertThat(docx.documentRelationshipTarget(docx.string(sect, "w:headerReference[@w:type='default']/@r:id")))
                .isEqualTo("header1.xml");
        assertThat(docx.documentRelationshipTarget(docx.string(sect, "w:headerReference[@w:type='first']/@r:id")))
                .isEqualTo("header2.xml");
        assertThat(docx.string("word/header1.xml", "string(//w:instrText)").strip()).isEqualTo("PAGE");
        assertThat(docx.string("word/header1.xml", "//w:p/w:pPr/w:jc/@w:val")).isEqualTo("center");
        assertThat(docx.string("word/header1.xml", "//w:r[w:instrText]/w:rPr/w:sz/@w:val")).isEqualTo("28");
        assertThat(docx.elements("word/header2.xml", "//w:instrText | //w:fldSimple | //w:t")).isEmpty();
    }

    @Test
    void timesNewRomanInVietnameseAtFourteenPointsSingleSpaced() {
        DocxInspector docx = inspect(DocxSamples.decision());
        String fonts = "/w:styles/w:docDefaults/w:rPrDefault/w:rPr/w:rFonts/@w:";

        for (String slot : List.of("ascii", "hAnsi", "cs", "eastAsia")) {
            assertThat(docx.string("word/styles.xml", fonts + slot)).as(slot).isEqualTo("Times New Roman");
        }
        assertThat(docx.string("word/styles.xml", "//w:rPrDefault//w:lang/@w:val")).isEqualTo("vi-VN");
        assertThat(docx.string("word/styles.xml", "//w:rPrDefault//w:sz/@w:val")).isEqualTo("28");
        assertThat(docx.string("word/styles.xml", "//w:pPrDefault//w:spacing/@w:line")).isEqualTo("240");
        assertThat(docx.string("word/fontTable.xml", "/w:fonts/w:font/@w:name")).isEqualTo("Times New Roman");
        assertThat(docx.elements(DOC, "//w:spacing[@w:lineRule='auto' and @w:line!='240']")).isEmpty();
    }

    @Test
    void packageListsEveryPartWithItsContentTypeAndTitle() {
        DocxInspector docx = inspect(DocxSamples.decision());

        assertThat(docx.partNames()).containsExactlyInAnyOrder("[Content_Types].xml", "_rels/.rels",
                "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml",
                "word/fontTable.xml", "word/header1.xml", "word/header2.xml", "word/numbering.xml",
                "docProps/core.xml", "docProps/app.xml");
        assertThat(docx.string("[Content_Types].xml", "//ct:Override[@PartName='/word/document.xml']/@ContentType"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
        assertThat(docx.string("_rels/.rels", "//rel:Relationship[contains(@Type,'officeDocument')]/@Target"))
                .isEqualTo("word/document.xml");
        assertThat(docx.string("docProps/core.xml", "//dc:title")).isEqualTo(
                "QUYẾT ĐỊNH Về việc thành lập các Tổ công nghệ số cộng đồng trên địa bàn xã Giao Long");
    }

    @Test
    void corePropertiesNameTheTrichYeuTheIssuingBodyAndVietnamese() {
        DocxInspector decision = inspect(DocxSamples.decision());
        assertThat(decision.string("docProps/core.xml", "//dc:title")).isEqualTo(
                "QUYẾT ĐỊNH Về việc thành lập các Tổ công nghệ số cộng đồng trên địa bàn xã Giao Long");
        assertThat(decision.string("docProps/core.xml", "//dc:creator")).isEqualTo("XÃ GIAO LONG");
        assertThat(decision.string("docProps/core.xml", "//dc:language")).isEqualTo("vi-VN");

        DocxInspector letter = inspect(DocxSamples.officialLetter());
        assertThat(letter.string("docProps/core.xml", "//dc:title")).isEqualTo("V/v triển khai Tổ công nghệ số cộng đồng năm 2025");
        assertThat(letter.string("docProps/core.xml", "//dc:creator")).isEqualTo("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
        assertThat(letter.string("docProps/core.xml", "//dc:language")).isEqualTo("vi-VN");
    }

    // ---- header ----------------------------------------------------------------------------------

    @Test
    void headerElementsHaveTheDecreeSizesAndWeights() {
        DocxInspector docx = inspect(DocxSamples.decision());

        assertThat(docx.format(docx.paragraph(Header.NATIONAL_TITLE))).isEqualTo(format(26, true, false));
        assertThat(docx.format(docx.paragraph(Header.MOTTO))).isEqualTo(format(28, true, false));
        assertThat(docx.format(docx.paragraph("Giao Long, ngày 05 tháng 8 năm 2025")))
                .isEqualTo(format(28, false, true));
        assertThat(docx.format(docx.paragraph("ỦY BAN NHÂN DÂN"))).isEqualTo(format(26, false, false));
        assertThat(docx.format(docx.paragraph("XÃ GIAO LONG"))).isEqualTo(format(26, true, false));
        assertThat(docx.format(docx.paragraph("Số: 12/QĐ-UBND"))).isEqualTo(format(26, false, false));
        assertThat(docx.string(docx.paragraph(Header.MOTTO), "w:pPr/w:jc/@w:val")).isEqualTo("center");
    }

    @Test
    void numberAndDateShareABaseline() {
        DocxInspector docx = inspect(DocxSamples.decision());
        int number = docx.integer(docx.paragraph("Số: 12/QĐ-UBND"), "w:pPr/w:spacing/@w:before");
        int date = docx.integer(docx.paragraph("Giao Long, ngày 05 tháng 8 năm 2025"), "w:pPr/w:spacing/@w:before");
        // Both start at the top of the second header row; the 13 pt Số drops to the 14 pt date's baseline.
        double drop = ascent(false, true, 14) - ascent(false, false, 13);

        assertThat(date).isEqualTo(120);
        assertThat(number).isCloseTo(120 + (int) Math.round(drop * 20), within(1));
    }

    @Test
    void headerIsABorderlessTableWithNumberAndDateOnOneRow() {
        DocxInspector docx = inspect(DocxSamples.decision());
        Element table = docx.elements(DOC, "/w:document/w:body/w:tbl[1]").get(0);

        assertThat(docx.string(table, "w:tblGrid/w:gridCol[1]/@w:w")).isEqualTo("3685");
        assertThat(docx.string(table, "w:tblGrid/w:gridCol[2]/@w:w")).isEqualTo("5669");
        assertThat(docx.elements(table, "w:tblGrid/w:gridCol")).hasSize(2);
        assertThat(docx.string(table, "w:tblPr/w:tblLayout/@w:type")).isEqualTo("fixed");
        assertThat(docx.elements(table, "w:tblPr/w:tblBorders/*[@w:val!='nil']")).isEmpty();
        assertThat(docx.string(table, "w:tblPr/w:tblCellMar/w:left/@w:w")).isEqualTo("0");
        assertThat(docx.string(table, "string(w:tr[1]/w:tc[2]/w:p[1])")).isEqualTo(Header.NATIONAL_TITLE);
        assertThat(docx.string(table, "string(w:tr[2]/w:tc[1]/w:p[1])")).isEqualTo("Số: 12/QĐ-UBND");
        assertThat(docx.string(table, "string(w:tr[2]/w:tc[2]/w:p[1])"))
                .isEqualTo("Giao\u00A0Long, ngày\u00A005 tháng\u00A08 năm\u00A02025");
    }

    @Test
    void ruleUnderTheMottoIsAsLongAsTheMotto() {
        DocxInspector docx = inspect(DocxSamples.decision());
        Element rule = docx.paragraphAfter(docx.paragraph(Header.MOTTO));
        double motto = FONTS.widthPt(Header.MOTTO, 14, true, false);

        assertThat(docx.string(rule, "w:pPr/w:pBdr/w:bottom/@w:val")).isEqualTo("single");
        assertThat(docx.integer(rule, "w:pPr/w:pBdr/w:bottom/@w:sz")).isEqualTo(4);
        assertThat(docx.text(rule)).isEmpty();
        assertThat(ruleLength(docx, rule, 5669)).isCloseTo(motto * 20, within(2.0));
        assertRuleSlot(docx, rule, descent(true, false, 14));
    }

    @Test
    void letterHeaderUsesTheLetterGeometryAndATwelvePointQuocHieu() {
        DocxInspector docx = inspect(DocxSamples.officialLetter());
        Element table = docx.elements(DOC, "/w:document/w:body/w:tbl[1]").get(0);
        int left = twips(LAYOUT.header(true).leftMm());

        assertThat(docx.integer(table, "w:tblGrid/w:gridCol[1]/@w:w")).isEqualTo(left);
        assertThat(docx.integer(table, "w:tblGrid/w:gridCol[1]/@w:w") + docx.integer(table, "w:tblGrid/w:gridCol[2]/@w:w"))
                .isEqualTo(9354);
        assertThat(docx.format(docx.paragraph(Header.NATIONAL_TITLE)))
                .isEqualTo(format(Units.halfPoints(LAYOUT.header(true).nationalTitleSizePt()), true, false));
        assertThat(docx.format(docx.paragraph(Header.NATIONAL_TITLE)).halfPoints()).isEqualTo(24);
        assertThat(docx.string("docProps/core.xml", "//dc:title")).isEqualTo("V/v triển khai Tổ công nghệ số cộng đồng năm 2025");
    }

    @Test
    void ruleUnderTheIssuerIsAShareOfItsWidestLine() {
        DocxInspector docx = inspect(DocxSamples.officialLetter());
        Element rule = docx.paragraphAfter(docx.paragraph("VÀ CÔNG NGHỆ"));
        double widest = Math.max(FONTS.widthPt("SỞ KHOA HỌC", 13, true, false),
                FONTS.widthPt("VÀ CÔNG NGHỆ", 13, true, false));
        int column = twips(LAYOUT.header(true).leftMm());

        assertThat(docx.has(rule, "w:pPr/w:pBdr/w:bottom")).isTrue();
        assertThat(ruleLength(docx, rule, column)).isCloseTo(LAYOUT.issuerRuleFraction() * widest * 20, within(2.0));
        assertRuleSlot(docx, rule, descent(true, false, 13));
        assertThat(docx.format(docx.paragraph("V/v triển khai Tổ công nghệ số")))
                .isEqualTo(format(24, false, false));
        assertThat(docx.integer(docx.paragraph("V/v triển khai Tổ công nghệ số"), "w:pPr/w:spacing/@w:before"))
                .isEqualTo(120);
    }

    // ---- body ------------------------------------------------------------------------------------

    @Test
    void titleIsCentredBoldWithAShortRule() {
        DocxInspector docx = inspect(DocxSamples.decision());
        Element type = docx.paragraph("QUYẾT ĐỊNH");
        Element secondLine = docx.paragraph("trên địa bàn xã Giao Long");
        Element rule = docx.paragraphAfter(secondLine);
        double widest = FONTS.widthPt("Về việc thành lập các Tổ công nghệ số cộng đồng", 14, true, false);

        assertThat(docx.format(type)).isEqualTo(BOLD_28);
        assertThat(docx.string(type, "w:pPr/w:jc/@w:val")).isEqualTo("center");
        assertThat(docx.integer(type, "w:pPr/w:spacing/@w:before")).isEqualTo(240);
        assertThat(docx.format(secondLine)).isEqualTo(BOLD_28);
        assertThat(docx.has(type, "w:pPr/w:keepNext")).isTrue();
        assertThat(docx.has(rule, "w:pPr/w:pBdr/w:bottom[@w:val='single']")).isTrue();
        assertThat(ruleLength(docx, rule, 9354)).isCloseTo(LAYOUT.subjectRuleFraction() * widest * 20, within(2.0));
        // The authority line below asks for the title's own space, so the rule slot adds nothing.
        assertRuleSlot(docx, rule, descent(true, false, 14));
    }

    @Test
    void aTableUnderTheTitleKeepsTheTitleSpaceAbove() {
        DocxInspector docx = inspect(DocxSamples.memberList());
        Element reference = docx.paragraphStartingWith("(Kèm theo Công văn số 1234");
        Element rule = docx.paragraphAfter(reference);
        int slot = (int) Math.round(descent(false, true, 14) * 20);

        assertThat(docx.integer(rule, "w:pPr/w:spacing/@w:line")).isCloseTo(slot, within(1));
        assertThat(docx.integer(rule, "w:pPr/w:spacing/@w:after"))
                .isCloseTo(slot + twipsFromPt(LAYOUT.titleSpaceBeforePt()), within(1));
    }

    @Test
    void bodyIsJustifiedWithFirstLineIndentAndBoldArticleLead() {
        DocxInspector docx = inspect(DocxSamples.decision());
        Element article = docx.paragraphStartingWith("Điều 3.");
        Element basis = docx.paragraphStartingWith("Căn cứ Luật Tổ chức");

        assertThat(docx.string(article, "w:pPr/w:jc/@w:val")).isEqualTo("both");
        assertThat(docx.integer(article, "w:pPr/w:ind/@w:firstLine")).isEqualTo(720);
        assertThat(docx.integer(article, "w:pPr/w:spacing/@w:before")).isEqualTo(120);
        assertThat(docx.has(docx.numberingLevel(article), "w:rPr/w:b")).as("\"Điều 3.\" in bold").isTrue();
        assertThat(docx.runFormat(article, "Quyết định này")).isEqualTo(format(28, false, false));
        assertThat(docx.format(basis)).isEqualTo(format(28, false, true));
        assertThat(docx.text(basis)).endsWith("2025;");
        assertThat(docx.format(docx.paragraph("QUYẾT ĐỊNH:"))).isEqualTo(BOLD_28);
        assertThat(docx.runFormat(docx.paragraphStartingWith("1. Hướng dẫn"), "30/9/2025")).isEqualTo(BOLD_28);
        assertThat(docx.paragraphs().stream().map(docx::text)
                .filter(t -> t.matches("\\d+\\. .* - (Tổ trưởng|Tổ phó|Thành viên)[;.]")).count())
                .isEqualTo(25);
        assertThat(docx.text(docx.paragraphStartingWith("25. "))).endsWith("Thành viên.");
    }

    @Test
    void paragraphOverridesAndLineBreaks() {
        DocumentTree doc = new DocumentTree(false, null, List.of(
                new Paragraph(TextRole.BODY, List.of(Run.plain("Dòng một"), Run.LINE_BREAK, Run.plain("dòng hai")),
                        Align.CENTER, false),
                new PageBreak(),
                new Paragraph(TextRole.BODY, List.of(Run.plain("Sau trang")), null, null)));
        DocxInspector docx = inspect(doc);
        Element centred = docx.paragraph("Dòng mộtdòng hai");

        assertThat(docx.string(centred, "w:pPr/w:jc/@w:val")).isEqualTo("center");
        assertThat(docx.string(centred, "w:pPr/w:ind/@w:firstLine")).isIn("", "0");
        assertThat(docx.elements(centred, "w:r/w:br")).hasSize(1);
        assertThat(docx.elements(DOC, "//w:br[@w:type='page']")).hasSize(1);
        assertThat(docx.integer(docx.paragraph("Sau trang"), "w:pPr/w:ind/@w:firstLine")).isEqualTo(720);
    }

    @Test
    void severalAddresseesPutTheirDashesUnderTheColon() {
        DocxInspector docx = inspect(DocxSamples.officialLetter());
        Element label = docx.paragraph("Kính gửi:");
        Element first = docx.paragraph("- Ủy ban nhân dân các xã, phường;");
        Element last = docx.paragraph("- Các tổ chức chính trị - xã hội tỉnh Đồng Nai & đoàn thể.");
        int indent = twips(LAYOUT.addresseeIndentMm());
        int dashAt = indent + (int) Math.round(FONTS.widthPt("Kính gửi:", 14, false, false) * 20);

        assertThat(docx.integer(label, "w:pPr/w:ind/@w:left")).isEqualTo(indent);
        assertThat(docx.string(label, "w:pPr/w:jc/@w:val")).isEqualTo("left");
        int dash = (int) Math.round(FONTS.widthPt("- ", 14, false, false) * 20);
        for (Element line : List.of(first, last)) {
            // The first line starts at the colon; a wrapped line continues under the text, past the dash.
            assertThat(docx.integer(line, "w:pPr/w:ind/@w:left")).isEqualTo(dashAt + dash);
            assertThat(docx.integer(line, "w:pPr/w:ind/@w:hanging")).isEqualTo(dash);
        }
    }

    @Test
    void singleAddresseeIsCentredOnTheLabelLine() {
        DocumentTree doc = new DocumentTree(false, null, List.of(new Addressees(List.of("Bộ Nội vụ"))));
        DocxInspector docx = inspect(doc);

        assertThat(docx.string(docx.paragraph("Kính gửi: Bộ Nội vụ"), "w:pPr/w:jc/@w:val")).isEqualTo("center");
    }

    // ---- closing ---------------------------------------------------------------------------------

    @Test
    void recipientsAndSignatureHaveTheDecreeSizes() {
        DocxInspector docx = inspect(DocxSamples.decision());
        Element name = docx.paragraph("Trần Văn Minh");

        assertThat(docx.format(docx.paragraph("Nơi nhận:"))).isEqualTo(format(24, true, true));
        assertThat(docx.format(docx.paragraph("- Như Điều 4;"))).isEqualTo(format(22, false, false));
        assertThat(docx.format(docx.paragraph("- Lưu: VT, VHXH."))).isEqualTo(format(22, false, false));
        assertThat(docx.string(docx.paragraph("- Lưu: VT, VHXH."), "w:pPr/w:jc/@w:val")).isEqualTo("left");
        assertThat(docx.format(docx.paragraph("KT. CHỦ TỊCH"))).isEqualTo(BOLD_28);
        assertThat(docx.format(docx.paragraph("PHÓ CHỦ TỊCH"))).isEqualTo(BOLD_28);
        assertThat(docx.format(name)).isEqualTo(BOLD_28);
        assertThat(docx.string(name, "w:pPr/w:jc/@w:val")).isEqualTo("center");
        assertThat(docx.integer(name, "w:pPr/w:spacing/@w:before")).isEqualTo(twipsFromPt(LAYOUT.signatureSpacePt()));
    }

    @Test
    void closingKeepsItsSpaceAboveAndPutsNoiNhanOnTheTitleBaseline() {
        DocxInspector docx = inspect(DocxSamples.decision());
        int label = docx.integer(docx.paragraph("Nơi nhận:"), "w:pPr/w:spacing/@w:before");
        int title = docx.integer(docx.paragraph("KT. CHỦ TỊCH"), "w:pPr/w:spacing/@w:before");
        double drop = ascent(true, false, 14) - ascent(true, true, 12);
        Element wrapped = docx.paragraph("- Như Điều 4;");
        int dash = (int) Math.round(FONTS.widthPt("- ", 11, false, false) * 20);

        assertThat(title).isEqualTo(twipsFromPt(LAYOUT.closingSpaceBeforePt()));
        assertThat(label - title).isCloseTo((int) Math.round(drop * 20), within(1));
        assertThat(docx.integer(docx.paragraph("PHÓ CHỦ TỊCH"), "w:pPr/w:spacing/@w:before")).isZero();
        assertThat(docx.integer(wrapped, "w:pPr/w:ind/@w:left")).isEqualTo(dash);
        assertThat(docx.integer(wrapped, "w:pPr/w:ind/@w:hanging")).isEqualTo(dash);
    }

    @Test
    void closingIsKeptWithTheLastParagraph() {
        DocxInspector docx = inspect(DocxSamples.decision());
        Element table = docx.elements(DOC, "/w:document/w:body/w:tbl[last()]").get(0);
        Element lastBody = docx.paragraphStartingWith("Điều 4.");

        assertThat(docx.has(lastBody, "w:pPr/w:keepNext")).isTrue();
        assertThat(docx.has(table, "w:tr/w:trPr/w:cantSplit")).isTrue();
        assertThat(docx.string(table, "w:tblGrid/w:gridCol[1]/@w:w")).isEqualTo("3515");
        assertThat(docx.string(table, "w:tblGrid/w:gridCol[2]/@w:w")).isEqualTo("5839");
        List<Element> inside = docx.elements(table, ".//w:p");
        assertThat(inside).hasSizeGreaterThan(6);
        assertThat(inside).allMatch(p -> docx.has(p, "w:pPr/w:keepNext") && docx.has(p, "w:pPr/w:keepLines"));
        assertThat(docx.has(docx.paragraphStartingWith("Điều 3."), "w:pPr/w:keepNext")).isFalse();
    }

    @Test
    void closingWithoutRecipientsOrSignatureStillHasAParagraphInEachCell() {
        DocumentTree doc = new DocumentTree(false, null, List.of(Paragraph.of(TextRole.BODY, "Nội dung."),
                new Closing(List.of(), null)));
        DocxInspector docx = inspect(doc);

        assertThat(docx.elements(DOC, "//w:tc[not(w:p)]")).isEmpty();
        assertThat(docx.elements(DOC, "/w:document/w:body/*[last()-1]/self::w:p")).hasSize(1);
    }

    // ---- member-list table -----------------------------------------------------------------------

    @Test
    void memberTableSpansTheTextWidthAndRepeatsItsHeader() {
        DocxInspector docx = inspect(DocxSamples.memberList());
        Element table = docx.elements(DOC, "//w:tbl[w:tblPr/w:tblBorders/w:insideH/@w:val='single']").get(0);
        List<Element> rows = docx.elements(table, "w:tr");

        assertThat(docx.elements(table, "w:tblGrid/w:gridCol")).hasSize(8);
        assertThat(docx.elements(table, "w:tblGrid/w:gridCol").stream()
                .mapToInt(c -> Integer.parseInt(c.getAttributeNS(DocxInspector.W, "w"))).sum()).isEqualTo(14287);
        assertThat(docx.string(table, "w:tblPr/w:tblLayout/@w:type")).isEqualTo("fixed");
        assertThat(docx.integer(table, "w:tblPr/w:tblBorders/w:top/@w:sz")).isEqualTo(4);
        assertThat(docx.integer(table, "w:tblPr/w:tblCellMar/w:left/@w:w")).isEqualTo(60);
        assertThat(rows).hasSize(1 + 12 * 3 + 1);
        assertThat(docx.has(rows.get(0), "w:trPr/w:tblHeader")).isTrue();
        assertThat(rows.subList(1, rows.size())).noneMatch(r -> docx.has(r, "w:trPr/w:tblHeader"));
        assertThat(rows).allMatch(r -> docx.has(r, "w:trPr/w:cantSplit"));
        Element headerCell = docx.elements(rows.get(0), "w:tc").get(4);
        assertThat(docx.string(headerCell, "w:tcPr/w:vAlign/@w:val")).isEqualTo("center");
        assertThat(docx.format(docx.elements(headerCell, "w:p").get(0))).isEqualTo(format(26, true, false));
    }

    @Test
    void groupCellsMergeDownAndTheTotalRowIsBold() {
        DocxInspector docx = inspect(DocxSamples.memberList());
        Element table = docx.elements(DOC, "//w:tbl[w:tblPr/w:tblBorders/w:insideH/@w:val='single']").get(0);
        List<Element> rows = docx.elements(table, "w:tr");

        for (int col = 1; col <= 4; col++) {
            assertThat(docx.string(rows.get(1), "w:tc[" + col + "]/w:tcPr/w:vMerge/@w:val")).isEqualTo("restart");
            assertThat(docx.has(rows.get(2), "w:tc[" + col + "]/w:tcPr/w:vMerge[not(@w:val)]")).isTrue();
            assertThat(docx.has(rows.get(3), "w:tc[" + col + "]/w:tcPr/w:vMerge[not(@w:val)]")).isTrue();
            assertThat(docx.string(rows.get(2), "string(w:tc[" + col + "])")).isEmpty();
        }
        assertThat(docx.has(rows.get(1), "w:tc[5]/w:tcPr/w:vMerge")).isFalse();
        // The first row of a group is tall enough for its two-line merged cells, so their text stays in it.
        double twoLines = 2 * 13 * LAYOUT.lineHeightFactor() + 2 * LAYOUT.tableCellPaddingPt();
        assertThat(docx.string(rows.get(1), "w:trPr/w:trHeight/@w:hRule")).isEqualTo("atLeast");
        assertThat(docx.integer(rows.get(1), "w:trPr/w:trHeight/@w:val")).isEqualTo(twipsFromPt(twoLines));
        assertThat(docx.has(rows.get(2), "w:trPr/w:trHeight")).isFalse();
        Element total = rows.get(rows.size() - 1);
        assertThat(docx.format(docx.elements(total, "w:tc[2]/w:p").get(0))).isEqualTo(format(26, true, false));
        assertThat(docx.string(total, "string(w:tc[5])")).isEqualTo("36 người");
        assertThat(docx.format(docx.paragraph("Lê Hoàng Phúc"))).isEqualTo(format(26, false, false));
        assertThat(docx.string(docx.paragraph("Lê Hoàng Phúc"), "w:pPr/w:jc/@w:val")).isEqualTo("left");
    }

    @Test
    void adjacentTablesAreKeptApartByAParagraph() {
        DocumentTree bareList = new DocumentTree(true, DocxSamples.memberList().header(), List.of(
                DocxSamples.memberList().blocks().get(1), new Closing(List.of(), null)));

        for (DocumentTree doc : List.of(DocxSamples.memberList(), bareList)) {
            DocxInspector docx = inspect(doc);
            assertThat(docx.elements(DOC, "/w:document/w:body/w:tbl")).hasSizeGreaterThanOrEqualTo(3);
            assertThat(docx.elements(DOC, "/w:document/w:body/w:tbl[following-sibling::*[1][self::w:tbl]]")).isEmpty();
        }
        DocxInspector docx = inspect(bareList);
        Element separator = docx.elements(DOC, "/w:document/w:body/w:tbl[last()]/preceding-sibling::*[1]").get(0);
        assertThat(separator.getLocalName()).isEqualTo("p");
        assertThat(docx.has(separator, "w:pPr/w:keepNext")).isTrue();
    }

    @Test
    void landscapeKeepsTheSignatureAgainstTheRightMargin() {
        DocxInspector docx = inspect(DocxSamples.memberList());
        Element closing = docx.elements(DOC, "/w:document/w:body/w:tbl[last()]").get(0);

        assertThat(docx.elements(closing, "w:tblGrid/w:gridCol").stream()
                .map(c -> c.getAttributeNS(DocxInspector.W, "w")).toList()).containsExactly("3515", "4933", "5839");
        assertThat(docx.string(closing, "string(w:tr/w:tc[3]/w:p[1])")).isEqualTo("GIÁM ĐỐC");
    }

    // ---- text safety, streaming, concurrency -----------------------------------------------------

    @Test
    void dataTextIsEscapedAndIllegalCharactersAreDropped() {
        String nasty = "Công ty A & B <Tổ \"số\"> 'một'\u0001\u000B\uFFFF\uD800 \uD83D\uDE00";
        DocumentTree doc = new DocumentTree(false, null, List.of(Paragraph.of(TextRole.BODY, nasty),
                new TitleBlock("DANH SÁCH", List.of("A & B"), null)));
        DocxInspector docx = inspect(doc);

        assertThat(docx.paragraphStartingWith("Công ty").getTextContent())
                .isEqualTo("Công ty A & B <Tổ \"số\"> 'một' \uD83D\uDE00");
        assertThat(docx.string("docProps/core.xml", "//dc:title")).isEqualTo("DANH SÁCH A & B");
    }

    @Test
    @Tag("slow")
    void longListIsStreamedInChunksAndStaysWellFormed() {
        DocxInspector docx = inspect(DocxSamples.memberList(700));
        Element table = docx.elements(DOC, "//w:tbl[w:tblPr/w:tblBorders/w:insideH/@w:val='single']").get(0);

        assertThat(docx.elements(table, "w:tr").size()).isEqualTo(1 + 700 * 3 + 1);
        assertThat(docx.documentText()).contains("2100 người");
    }

    @Test
    void concurrentWritesGiveTheSameDocument() throws Exception {
        DocumentTree doc = DocxSamples.decision();
        String expected = documentXml(write(doc));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                results.add(pool.submit(() -> documentXml(write(doc))));
            }
            for (Future<String> r : results) {
                assertThat(r.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void outputStreamIsLeftOpen() {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("the writer closed the caller's stream");
            }
        };
        WRITER.write(DocxSamples.decision(), out);

        assertThat(out.size()).isGreaterThan(1000);
    }

    // ---- a third-party reader --------------------------------------------------------------------

    @Test
    void docx4jOpensThePackageAndReadsItsText() throws Exception {
        byte[] docx = write(DocxSamples.decision());
        WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
        StringWriter text = new StringWriter();
        TextUtils.extractText(pkg.getMainDocumentPart().getJaxbElement(), text);
        SectPr sect = pkg.getDocumentModel().getSections().get(0).getSectPr();

        // "Điều 1." and "25." are Word's numbering, which a text extractor does not print.
        assertThat(text.toString()).contains(Header.NATIONAL_TITLE, Header.MOTTO, "QUYẾT ĐỊNH",
                "Nơi nhận:", "Trần Văn Minh");
        assertThat(pkg.getMainDocumentPart().getNumberingDefinitionsPart()).isNotNull();
        assertThat(sect.getPgSz().getW().intValue()).isEqualTo(11906);
        assertThat(sect.getPgMar().getLeft().intValue()).isEqualTo(1701);
        assertThat(pkg.getMainDocumentPart().getStyleDefinitionsPart()).isNotNull();
        assertThat(pkg.getDocumentModel().getSections().get(0).getHeaderFooterPolicy().getFirstHeader()).isNotNull();
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static DocxInspector inspect(DocumentTree document) {
        return DocxInspector.read(write(document));
    }

    private static byte[] write(DocumentTree document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WRITER.write(document, out);
        return out.toByteArray();
    }

    private static String documentXml(byte[] docx) {
        return new String(DocxInspector.readPart(docx, DOC), StandardCharsets.UTF_8);
    }

    private static Element sectPr(DocxInspector docx) {
        return docx.elements(DOC, "/w:document/w:body/w:sectPr").get(0);
    }

    /** Length of a rule paragraph in twips: its column less its two indents. */
    private static double ruleLength(DocxInspector docx, Element rule, int columnTwips) {
        return columnTwips - docx.integer(rule, "w:pPr/w:ind/@w:left") - docx.integer(rule, "w:pPr/w:ind/@w:right");
    }

    /** A rule's slot, as in the PDF: a descender depth of the line above, the rule, the same depth again. */
    private static void assertRuleSlot(DocxInspector docx, Element rule, double descentPt) {
        int slot = (int) Math.round(descentPt * 20);
        assertThat(slot).isPositive();
        assertThat(docx.string(rule, "w:pPr/w:spacing/@w:lineRule")).isEqualTo("exact");
        assertThat(docx.integer(rule, "w:pPr/w:spacing/@w:line")).isCloseTo(slot, within(1));
        assertThat(docx.integer(rule, "w:pPr/w:spacing/@w:after")).isCloseTo(slot, within(1));
    }

    private static double ascent(boolean bold, boolean italic, float size) {
        return FONTS.face(bold, italic).getFontDescriptor(BaseFont.AWT_ASCENT, size);
    }

    private static double descent(boolean bold, boolean italic, float size) {
        return -FONTS.face(bold, italic).getFontDescriptor(BaseFont.AWT_DESCENT, size);
    }

    private static int twips(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }

    private static int twipsFromPt(double pt) {
        return (int) Math.round(pt * 20);
    }

    private static DocxInspector.RunFormat format(int halfPoints, boolean bold, boolean italic) {
        return new DocxInspector.RunFormat(halfPoints, bold, italic);
    }
}
