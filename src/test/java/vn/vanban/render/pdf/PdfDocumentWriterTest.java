package vn.vanban.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.vanban.render.pdf.PdfInspector.mm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.vanban.document.DocumentTree;
import vn.vanban.document.Header;
import vn.vanban.document.markup.DocumentReader;
import vn.vanban.fonts.DocumentFonts;
import vn.vanban.layout.Nd30Layout;
import vn.vanban.layout.PageSpec;
import vn.vanban.render.pdf.PdfInspector.Line;
import vn.vanban.render.pdf.PdfInspector.Segment;

/**
 * Renders a full decision and a long landscape member list and reads them back with PDFBox. Set
 * {@code -Dvanban.pdf.dump=DIR} to keep the PDFs for a look.
 */
class PdfDocumentWriterTest {

    private static final Nd30Layout LAYOUT = Nd30Layout.standard();
    private static final float TOLERANCE = mm(1);

    private static PdfDocumentWriter writer;
    private static PdfInspector decision;
    private static PdfInspector memberList;

    @BeforeAll
    static void render() {
        writer = new PdfDocumentWriter(LAYOUT, DocumentFonts.load(null));
        decision = PdfInspector.of(render(decisionDocument(), "decision.pdf"));
        memberList = PdfInspector.of(render(memberListDocument(), "member-list.pdf"));
    }

    @AfterAll
    static void close() {
        decision.close();
        memberList.close();
    }

    @Test
    void decisionIsPortraitA4OverSeveralPages() {
        for (int p = 1; p <= decision.pageCount(); p++) {
            PDRectangle box = decision.mediaBox(p);
            assertThat(box.getWidth()).isCloseTo(mm(210), within(0.5f));
            assertThat(box.getHeight()).isCloseTo(mm(297), within(0.5f));
        }
        assertThat(decision.pageCount()).isBetween(2, 3);
    }

    @Test
    void memberListIsLandscapeA4() {
        for (int p = 1; p <= memberList.pageCount(); p++) {
            PDRectangle box = memberList.mediaBox(p);
            assertThat(box.getWidth()).isCloseTo(mm(297), within(0.5f));
            assertThat(box.getHeight()).isCloseTo(mm(210), within(0.5f));
        }
        assertThat(memberList.pageCount()).isGreaterThan(3);
    }

    @Test
    void everyFontIsAnEmbeddedIdentityHType0Font() {
        for (PdfInspector pdf : List.of(decision, memberList)) {
            assertThat(pdf.fonts()).isNotEmpty().allSatisfy(font -> {
                assertThat(font.subtype()).as(font.name()).isEqualTo("Type0");
                assertThat(font.encoding()).as(font.name()).isEqualTo("Identity-H");
                assertThat(font.embedded()).as(font.name()).isTrue();
            });
        }
    }

    @Test
    void textIsExtractedAsNfcVietnamese() {
        // Phrases are bound with no-break spaces (text.Phrases); a reader sees spaces.
        String text = decision.text().replace('\u00A0', ' ');
        assertThat(text).contains(Header.NATIONAL_TITLE, Header.MOTTO, "ỦY BAN NHÂN DÂN", "PHƯỜNG CẨM THÀNH",
                "Về việc thành lập Tổ công nghệ số cộng đồng phường Cẩm Thành",
                "Giáo viên Tin học trường TH&THCS Trần Hưng Đạo", "Nguyễn Thị Hằng",
                "Nơi nhận:", "- Như Điều 4;", "TM. ỦY BAN NHÂN DÂN");
        assertThat(memberList.text().replace('\u00A0', ' ')).contains(memberName(7), "Phường Hạc", "Tổng cộng", "SỞ KHOA HỌC");
    }

    @Test
    void metadataNamesTheDocumentAndItsLanguage() {
        assertThat(decision.document().getDocumentInformation().getTitle())
                .isEqualTo("QUYẾT ĐỊNH Về việc thành lập Tổ công nghệ số cộng đồng phường Cẩm Thành");
        assertThat(decision.document().getDocumentCatalog().getLanguage()).isEqualTo("vi-VN");
    }

    @Test
    void quocHieuIsInTheRightColumnAndTheIssuerInTheLeft() {
        PageSpec page = LAYOUT.page(false);
        float left = mm(page.leftMm());
        float split = left + mm(LAYOUT.headerLeftMm());
        float rightEdge = mm(page.widthMm() - page.rightMm());

        Line national = decision.line(1, Header.NATIONAL_TITLE);
        assertThat(national.text()).isEqualTo(Header.NATIONAL_TITLE);
        assertThat(national.x()).isGreaterThanOrEqualTo(split);
        assertThat(national.endX()).isLessThanOrEqualTo(rightEdge + 0.5f);
        assertThat(national.centre()).isCloseTo(split + mm(LAYOUT.headerRightMm()) / 2, within(TOLERANCE));
        assertThat(national.fontSize()).isEqualTo(13f);

        Line motto = decision.line(1, Header.MOTTO);
        assertThat(motto.centre()).isCloseTo(national.centre(), within(TOLERANCE));
        assertThat(motto.y()).isGreaterThan(national.y());

        Line issuer = decision.line(1, "PHƯỜNG CẨM THÀNH");
        assertThat(issuer.x()).isGreaterThanOrEqualTo(left - 0.5f);
        assertThat(issuer.endX()).isLessThanOrEqualTo(split);
        assertThat(issuer.centre()).isCloseTo(left + mm(LAYOUT.headerLeftMm()) / 2, within(TOLERANCE));
        Line parent = decision.line(1, "ỦY BAN NHÂN DÂN");
        assertThat(parent.y()).isCloseTo(national.y(), within(1f));
    }

    @Test
    void numberAndDateShareABaseline() {
        Line number = decision.line(1, "Số:");
        Line date = decision.line(1, "Cẩm Thành, ngày");
        assertThat(number.y()).isCloseTo(date.y(), within(0.1f));
        assertThat(number.endX()).isLessThan(mm(LAYOUT.page(false).leftMm() + LAYOUT.headerLeftMm()));
        assertThat(date.x()).isGreaterThan(mm(LAYOUT.page(false).leftMm() + LAYOUT.headerLeftMm()));
    }

    @Test
    void rulesUnderTheMottoTheIssuerAndTheSubject() {
        List<Segment> rules = decision.segments(1).stream().filter(Segment::horizontal).toList();
        Line motto = decision.line(1, Header.MOTTO);
        Segment underMotto = below(rules, motto);
        assertThat(underMotto.length()).isCloseTo(motto.endX() - motto.x(), within(0.5f));
        assertThat(underMotto.centre()).isCloseTo(motto.centre(), within(0.5f));
        assertThat(underMotto.width()).isEqualTo((float) LAYOUT.ruleWidthPt());

        Line issuer = decision.line(1, "PHƯỜNG CẨM THÀNH");
        Segment underIssuer = below(rules, issuer);
        assertThat(underIssuer.length()).isCloseTo((float) ((issuer.endX() - issuer.x()) * LAYOUT.issuerRuleFraction()),
                within(0.5f));
        assertThat(underIssuer.centre()).isCloseTo(issuer.centre(), within(0.5f));

        Line subject = decision.line(1, "Về việc thành lập");
        Segment underSubject = below(rules, subject);
        assertThat(underSubject.length()).isCloseTo(
                (float) ((subject.endX() - subject.x()) * LAYOUT.subjectRuleFraction()), within(0.5f));
        float textCentre = mm(LAYOUT.page(false).leftMm() + LAYOUT.page(false).textWidthMm() / 2);
        assertThat(underSubject.centre()).isCloseTo(textCentre, within(0.5f));
    }

    @Test
    void titleIsCentredOnTheTextArea() {
        float textCentre = mm(LAYOUT.page(false).leftMm() + LAYOUT.page(false).textWidthMm() / 2);
        assertThat(decision.line(1, "QUYẾT ĐỊNH").centre()).isCloseTo(textCentre, within(TOLERANCE));
        assertThat(decision.line(1, "Về việc thành lập").centre()).isCloseTo(textCentre, within(TOLERANCE));
    }

    @Test
    void bodyStartsAtTheLeftMarginAndIndentsFirstLines() {
        float left = mm(LAYOUT.page(false).leftMm());
        float right = mm(LAYOUT.page(false).widthMm() - LAYOUT.page(false).rightMm());
        Line article = decision.line(1, "Điều 1.");
        assertThat(article.x()).isCloseTo(left + mm(Nd30Layout.INDENT_MM), within(TOLERANCE));
        // The second line of Điều 1 is a full justified line: flush with both margins.
        List<Line> lines = decision.lines(1);
        Line next = lines.get(lines.indexOf(article) + 1);
        assertThat(next.x()).isCloseTo(left, within(TOLERANCE));
        assertThat(article.endX()).isCloseTo(right, within(TOLERANCE));
        // A paragraph set without indent starts on the margin.
        Line unindented = decision.line(decision.pageOf("Ghi chú không thụt lề"), "Ghi chú không thụt lề");
        assertThat(unindented.x()).isCloseTo(left, within(TOLERANCE));
    }

    @Test
    void nothingIsOutsideTheMarginsButThePageNumber() {
        assertInsideMargins(decision, LAYOUT.page(false));
        assertInsideMargins(memberList, LAYOUT.page(true));
    }

    @Test
    void pageNumbersFromPageTwoInTheTopMargin() {
        for (PdfInspector pdf : List.of(decision, memberList)) {
            float top = mm(LAYOUT.page(false).topMm());
            assertThat(pdf.lines(1).get(0).y()).as("page 1 has nothing in the top margin").isGreaterThan(top);
            for (int p = 2; p <= pdf.pageCount(); p++) {
                Line first = pdf.lines(p).get(0);
                assertThat(first.text()).isEqualTo(Integer.toString(p));
                assertThat(first.y()).isLessThan(top);
                assertThat(first.y()).isGreaterThan(mm(LAYOUT.page(false).headerDistanceMm()));
                PageSpec spec = LAYOUT.page(pdf == memberList);
                assertThat(first.centre()).isCloseTo(mm(spec.leftMm() + spec.textWidthMm() / 2), within(TOLERANCE));
            }
        }
    }

    @Test
    void tableHeaderRepeatsOnEveryPageAndEveryRowIsThereOnce() {
        for (int p = 1; p <= memberList.pageCount(); p++) {
            assertThat(memberList.find(p, "Họ và tên")).as("header on page " + p).isPresent();
        }
        String text = memberList.text();
        for (int i = 1; i <= MEMBERS; i++) {
            assertThat(count(text, memberName(i))).as(memberName(i)).isEqualTo(1);
        }
        // Merged cells print the group's name once per page: where the group starts, and again under the
        // header of a page it runs on to.
        for (int p = 1; p <= memberList.pageCount(); p++) {
            assertThat(count(memberList.text(p), "Tổ KP3 phường")).as("page " + p).isLessThanOrEqualTo(1);
        }
        assertThat(count(text, "Tổ KP3 phường")).isEqualTo(2);
    }

    @Test
    void aGroupThatRunsOverAPageBreakShowsItsNamesAgainUnderTheHeader() {
        // Team 3 (six members, 10 to 15) starts at the foot of page 1 and ends on page 2.
        assertThat(memberList.pageOf(memberName(10))).isEqualTo(1);
        assertThat(memberList.pageOf(memberName(14))).isEqualTo(2);
        // Body cells start at their top, as in the DOCX: the names stand level with the page's first row.
        int first = java.util.stream.IntStream.rangeClosed(1, MEMBERS).filter(i -> memberList.pageOf(memberName(i)) == 2)
                .min().orElseThrow();
        Line firstRow = memberList.line(2, memberName(first));
        Line team = memberList.line(2, "Tổ KP3 phường");
        Line commune = memberList.line(2, "Phường Hạc");
        assertThat(team.y()).isCloseTo(firstRow.y(), within(1f));
        assertThat(commune.y()).isCloseTo(firstRow.y(), within(1f));
        assertThat(memberList.line(2, "Họ và tên").y()).isLessThan(team.y());
    }

    @Test
    void recipientsAndSignatureSitSideBySide() {
        int page = decision.pageOf("Nơi nhận:");
        Line label = decision.line(page, "Nơi nhận:");
        Line title = decision.line(page, "TM. ỦY BAN NHÂN DÂN");
        assertThat(label.y()).isCloseTo(title.y(), within(0.1f));
        float left = mm(LAYOUT.page(false).leftMm());
        assertThat(label.x()).isCloseTo(left, within(0.5f));
        float signatureCentre = mm(LAYOUT.page(false).widthMm() - LAYOUT.page(false).rightMm()
                - LAYOUT.footerRightMm() / 2);
        Line name = decision.line(page, "Nguyễn Văn An");
        assertThat(name.centre()).isCloseTo(signatureCentre, within(TOLERANCE));
        assertThat(name.y() - title.y()).isGreaterThan((float) LAYOUT.signatureSpacePt());
    }

    @Test
    @Tag("slow")
    void closingStaysWithTheLastParagraph() {
        // Push the end of the body over every position on the page: the last paragraph and the closing
        // must always share a page.
        for (int extra = 0; extra < 45; extra++) {
            byte[] pdf = render(decisionDocument(extra), null);
            try (PdfInspector doc = PdfInspector.of(pdf)) {
                int last = doc.pageOf("chịu trách nhiệm thi hành Quyết định này");
                assertThat(doc.pageOf("Nơi nhận:")).as("extra " + extra).isEqualTo(last);
                assertThat(doc.pageOf("Nguyễn Văn An")).as("extra " + extra).isEqualTo(last);
                assertInsideMargins(doc, LAYOUT.page(false));
            }
        }
    }

    @Test
    void officialLetterPutsVvUnderSoAndLinesTheDashesUpUnderTheColon() {
        try (PdfInspector pdf = PdfInspector.of(render(letterDocument(List.of("Ủy ban nhân dân các xã, phường",
                "Các sở, ban, ngành tỉnh")), "letter.pdf"))) {
            float left = mm(LAYOUT.page(false).leftMm());
            Line number = pdf.line(1, "Số:");
            Line subject = pdf.line(1, "V/v triển khai Tổ công nghệ số");
            assertThat(subject.y()).isGreaterThan(number.y());
            // A công văn uses the Mẫu 1.5 header: a wider left column and a 12 pt Quốc hiệu.
            assertThat(subject.centre()).isCloseTo(left + mm(LAYOUT.header(true).leftMm()) / 2, within(TOLERANCE));
            assertThat(subject.fontSize()).isEqualTo((float) LAYOUT.style(vn.vanban.layout.TextRole.LETTER_SUBJECT)
                    .sizePt());

            Line label = pdf.line(1, "Kính gửi:");
            assertThat(label.x()).isCloseTo(left + mm(LAYOUT.addresseeIndentMm()), within(0.5f));
            Line first = pdf.line(1, "- Ủy ban nhân dân các xã, phường;");
            Line last = pdf.line(1, "- Các sở, ban, ngành tỉnh.");
            assertThat(first.x()).isCloseTo(label.endX(), within(0.5f));
            assertThat(last.x()).isCloseTo(first.x(), within(0.1f));
        }
        String longEntry = "Ủy ban nhân dân các xã, phường, đặc khu và các cơ quan, đơn vị sự nghiệp công lập trực "
                + "thuộc Ủy ban nhân dân tỉnh trên địa bàn";
        try (PdfInspector pdf = PdfInspector.of(render(letterDocument(List.of(longEntry, "Các sở, ban, ngành tỉnh")),
                null))) {
            Line first = pdf.line(1, "- Ủy ban nhân dân các xã");
            Line wrapped = pdf.lines(1).get(pdf.lines(1).indexOf(first) + 1);
            // A long entry wraps under its text, not under its dash.
            assertThat(wrapped.text()).doesNotStartWith("-");
            assertThat(wrapped.x()).isCloseTo(first.charX().get(2), within(0.5f));
        }
        try (PdfInspector pdf = PdfInspector.of(render(letterDocument(List.of("Sở Khoa học và Công nghệ")), null))) {
            float textCentre = mm(LAYOUT.page(false).leftMm() + LAYOUT.page(false).textWidthMm() / 2);
            Line single = pdf.line(1, "Kính gửi: Sở Khoa học và Công nghệ");
            assertThat(single.centre()).isCloseTo(textCentre, within(TOLERANCE));
        }
    }

    @Test
    void concurrentRendersGiveTheSameDocument() throws Exception {
        String expected = decision.text();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> {
                    try (PdfInspector pdf = PdfInspector.of(render(decisionDocument(), null))) {
                        return pdf.text();
                    }
                }));
            }
            for (Future<String> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theOutputStreamIsLeftOpen() {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("the writer must not close the caller's stream");
            }
        };
        writer.write(decisionDocument(), out);
        assertThat(out.size()).isGreaterThan(0);
    }

    // ---- helpers --------------------------------------------------------------------------------

    static void assertInsideMargins(PdfInspector pdf, PageSpec spec) {
        float left = mm(spec.leftMm()) - 0.5f;
        float right = mm(spec.widthMm() - spec.rightMm()) + 0.5f;
        float top = mm(spec.topMm());
        float bottom = mm(spec.heightMm() - spec.bottomMm());
        for (int p = 1; p <= pdf.pageCount(); p++) {
            List<Line> lines = pdf.lines(p);
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                boolean pageNumber = p > 1 && i == 0 && line.text().equals(Integer.toString(p));
                String where = "page " + p + ": " + line.text();
                assertThat(line.x()).as(where).isGreaterThanOrEqualTo(left);
                // A justified line's final punctuation ends at the margin too (OpenPDF would hang it past).
                assertThat(line.endX()).as(where).isLessThanOrEqualTo(right);
                // The line box of Times New Roman: 0.891 em above the baseline, 0.216 em below.
                assertThat(line.y() + line.fontSize() * 0.216f).as(where).isLessThanOrEqualTo(bottom + 0.5f);
                if (!pageNumber) {
                    // One em of slack: two header columns on one baseline read as one line with the larger size.
                    assertThat(line.y() - line.fontSize() * 0.891f).as(where).isGreaterThanOrEqualTo(top - 1f);
                }
            }
            for (Segment s : pdf.segments(p)) {
                assertThat(s.left()).as("rule on page " + p).isGreaterThanOrEqualTo(left);
                assertThat(s.right()).as("rule on page " + p).isLessThanOrEqualTo(right);
                assertThat(Math.min(s.y1(), s.y2())).as("rule on page " + p).isGreaterThanOrEqualTo(top - 0.5f);
                assertThat(Math.max(s.y1(), s.y2())).as("rule on page " + p).isLessThanOrEqualTo(bottom + 0.5f);
            }
        }
    }

    /** The nearest horizontal rule under a line of text, no further than a line away. */
    private static Segment below(List<Segment> rules, Line line) {
        return rules.stream()
                .filter(s -> s.y1() > line.y() && s.y1() < line.y() + line.fontSize() * 1.5f)
                .filter(s -> s.centre() > line.x() && s.centre() < line.endX())
                .min((a, b) -> Float.compare(a.y1(), b.y1()))
                .orElseThrow(() -> new AssertionError("no rule under '" + line.text() + "'"));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    static byte[] render(DocumentTree document, String dumpName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(document, out);
        byte[] pdf = out.toByteArray();
        String dir = System.getProperty("vanban.pdf.dump");
        if (dir != null && dumpName != null) {
            try {
                Files.createDirectories(Path.of(dir));
                Files.write(Path.of(dir, dumpName), pdf);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return pdf;
    }

    // ---- documents ------------------------------------------------------------------------------

    static DocumentTree decisionDocument() {
        return decisionDocument(0);
    }

    /** A commune-team decision (the shape of seed 002), with {@code extra} filler paragraphs in Điều 2. */
    static DocumentTree decisionDocument(int extra) {
        StringBuilder x = new StringBuilder("""
                <document>
                  <header>
                    <parent>Ủy ban nhân dân</parent>
                    <issuer>Phường Cẩm Thành</issuer>
                    <number symbol="QĐ-UBND"/>
                    <place-date place="Cẩm Thành" year="2025"/>
                  </header>
                  <title type="Quyết định">Về việc thành lập Tổ công nghệ số cộng đồng phường Cẩm Thành</title>
                  <authority>Ủy ban nhân dân phường Cẩm Thành</authority>
                  <bases>
                    <basis>Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025</basis>
                    <basis>Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát
                      triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia</basis>
                    <basis>Căn cứ Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025 của Ban Chỉ đạo Trung ương về thúc đẩy
                      chuyển đổi số liên thông, đồng bộ, nhanh và hiệu quả đáp ứng yêu cầu sắp xếp tổ chức lại bộ máy
                      của hệ thống chính trị</basis>
                    <basis>Căn cứ Công văn số 335/SKHCN-BCVT&amp;CĐS ngày 22/7/2025 của Sở Khoa học và Công nghệ về
                      việc hướng dẫn thành lập và tổ chức hoạt động Tổ công nghệ số cộng đồng tại các địa phương</basis>
                    <basis>Theo đề nghị của Trưởng Phòng Văn hóa - Xã hội phường Cẩm Thành</basis>
                  </bases>
                  <decides/>
                  <article>
                    <p>Thành lập Tổ công nghệ số cộng đồng phường Cẩm Thành (gọi tắt là Tổ công nghệ số phường),
                      gồm các thành viên sau:</p>
                    <numbered>
                      <group>* Tổ trưởng:</group>
                      <item>Chủ tịch Ủy ban nhân dân phường</item>
                      <group>* Tổ phó thường trực:</group>
                      <item>Phó Chủ tịch Ủy ban nhân dân phường kiêm Giám đốc Trung tâm Phục vụ hành chính công
                        phường</item>
                      <group>* Các tổ phó:</group>
                      <item>Phó Chủ tịch Ủy ban nhân dân phường kiêm Chánh Văn phòng HĐND và UBND phường</item>
                      <item>Trưởng Công an phường</item>
                      <item>Trưởng phòng Văn hóa - Xã hội phường</item>
                      <group>* Các thành viên:</group>
                      <item>Chỉ huy trưởng Ban Chỉ huy Quân sự phường</item>
                      <item>Trưởng phòng Kinh tế - Hạ tầng - Đô thị phường</item>
                      <item>Phó Trưởng phòng Văn hóa - Xã hội phường</item>
                      <item>Phó Trưởng Công an phường phụ trách công nghệ số và Đề án 06</item>
                      <item>Phó Giám đốc Trung tâm Phục vụ hành chính công phường</item>
                      <item>Phó Chánh Văn phòng HĐND và UBND phường (phụ trách công tác chuyển đổi số)</item>
                      <item>Chuyên viên Văn phòng HĐND và UBND phường (theo dõi lĩnh vực chuyển đổi số)</item>
                      <item>Chuyên viên Phòng Văn hóa - Xã hội phường (tham mưu chuyển đổi số)</item>
                      <item>Chuyên viên Trung tâm Phục vụ hành chính công (theo dõi lĩnh vực chuyển đổi số)</item>
                      <item>Giáo viên Tin học trường TH&amp;THCS Nguyễn Nghiêm</item>
                      <item>Giáo viên Tin học trường TH&amp;THCS Trần Hưng Đạo</item>
                      <item>Giáo viên Tin học trường TH&amp;THCS Nghĩa Chánh</item>
                      <item>Giáo viên Tin học trường TH&amp;THCS Chánh Lộ</item>
                      <item>Bà Nguyễn Thị Hằng, công chức Văn hóa - Xã hội phường</item>
                      <item>Ông Trần Quốc Bảo, công chức Tư pháp - Hộ tịch phường</item>
                      <item>Các đồng chí là Tổ trưởng tổ công nghệ số tại các tổ dân phố</item>
                      <item>Mời Chủ tịch Ủy ban MTTQ Việt Nam phường</item>
                      <item>Mời Phó Chủ tịch Ủy ban MTTQ Việt Nam kiêm Chủ tịch Hội Cựu chiến binh phường</item>
                      <item>Mời Phó Chủ tịch Ủy ban MTTQ Việt Nam kiêm Chủ tịch Hội Liên hiệp Phụ nữ phường</item>
                      <item>Mời Phó Chủ tịch Ủy ban MTTQ Việt Nam kiêm Bí thư Đoàn TNCS Hồ Chí Minh phường</item>
                    </numbered>
                  </article>
                  <article>
                    <p>Nhiệm vụ và chế độ làm việc của Tổ công nghệ số phường:</p>
                    <clause><p>Tổ công nghệ số phường có nhiệm vụ tuyên truyền, hướng dẫn người dân sử dụng các
                      nền tảng số, dịch vụ công trực tuyến, thanh toán không dùng tiền mặt và kỹ năng số cơ bản; hoàn
                      thành trước ngày **31/12/2025**.</p></clause>
                    <clause><p>Tổ trưởng phân công nhiệm vụ cụ thể cho từng thành viên; các thành viên làm việc
                      theo chế độ kiêm nhiệm.</p></clause>
                """);
        for (int i = 0; i < extra; i++) {
            x.append("<p>Đoạn bổ sung số ").append(i + 1).append(" để đẩy phần cuối văn bản xuống dưới.</p>\n");
        }
        x.append("""
                    <p indent="false">Ghi chú không thụt lề: Tổ tự giải thể sau khi hoàn thành nhiệm vụ.</p>
                  </article>
                  <article>
                    <p>Quyết định này có hiệu lực thi hành kể từ ngày ký.</p>
                  </article>
                  <article executors="true">
                    <p>Chánh Văn phòng HĐND và UBND phường, Trưởng phòng Văn hóa - Xã hội phường, Thủ trưởng các cơ
                      quan, đơn vị có liên quan và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định
                      này./.</p>
                  </article>
                  <recipients ref="executors" archive="VT, VHXH">
                    <to>Sở Khoa học và Công nghệ (b/c)</to>
                    <to>Thường trực Đảng ủy phường (b/c)</to>
                    <to>Thường trực HĐND phường (b/c)</to>
                    <to>Chủ tịch, các PCT UBND phường</to>
                  </recipients>
                  <signature authority="TM." on-behalf-of="Ủy ban nhân dân" title="Chủ tịch" name="Nguyễn Văn An"/>
                </document>
                """);
        return new DocumentReader().read(x.toString());
    }

    /** A công văn (Mẫu 1.5): V/v under Số, Kính gửi, body, Nơi nhận starting "Như trên". */
    static DocumentTree letterDocument(List<String> addressees) {
        StringBuilder to = new StringBuilder();
        addressees.forEach(a -> to.append("<to>").append(a).append("</to>"));
        return new DocumentReader().read("""
                <document>
                  <header>
                    <parent>UBND tỉnh Đồng Nai</parent>
                    <issuer>Sở Khoa học<br/>và Công nghệ</issuer>
                    <number value="1234" symbol="SKHCN-CĐS"/>
                    <letter-subject>V/v triển khai Tổ công nghệ số<br/>cộng đồng năm 2025</letter-subject>
                    <place-date place="Đồng Nai" date="2025-08-05"/>
                  </header>
                  <addressees>%s</addressees>
                  <p>Thực hiện Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025 của Ban Chỉ đạo Trung ương, Sở Khoa học và
                    Công nghệ đề nghị các đơn vị kiện toàn Tổ công nghệ số cộng đồng và báo cáo kết quả trước ngày
                    **15/9/2025**.</p>
                  <p>Trân trọng./.</p>
                  <recipients ref="addressees" archive="VT, CĐS">
                    <to>Giám đốc Sở (b/c)</to>
                  </recipients>
                  <signature authority="KT." on-behalf-of="Giám đốc" title="Phó Giám đốc" name="Trần Văn Minh"/>
                </document>
                """.formatted(to));
    }

    static final int MEMBERS = 120;

    static String memberName(int i) {
        String[] family = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đỗ", "Vũ", "Trịnh"};
        String[] middle = {"Văn", "Thị", "Minh", "Quốc", "Thu"};
        String[] given = {"Bình", "Hương", "Quyết", "Tuấn", "Lan", "Trường", "Sáng", "Nguyệt", "Thước", "Hằng", "Dũng"};
        return family[i % family.length] + " " + middle[i % middle.length] + " " + given[i % given.length] + " " + i;
    }

    /** The 2025 eight-column member list (seed 004): commune and team cells merge down their groups. */
    static DocumentTree memberListDocument() {
        StringBuilder x = new StringBuilder("""
                <document orientation="landscape">
                  <header>
                    <parent>UBND tỉnh Thanh Hóa</parent>
                    <issuer>Sở Khoa học<br/>và Công nghệ</issuer>
                  </header>
                  <title type="Danh sách" reference="(Kèm theo Công văn số 1234/SKHCN-CĐS ngày 15/8/2025)">Tổ công
                    nghệ số cộng đồng trên địa bàn tỉnh</title>
                  <table widths="4,14,14,16,20,12,12,8">
                    <row kind="header"><c>TT</c><c>Xã, phường</c><c>Tổ công nghệ số</c><c>Quyết định thành lập</c>
                      <c>Họ và tên</c><c>Vai trò trong Tổ</c><c>Số điện thoại</c><c>Ghi chú</c></row>
                """);
        int member = 0;
        int team = 0;
        String[] communes = {"Hạc Thành", "Xuân Bình", "Quảng Phú", "Đông Sơn"};
        while (member < MEMBERS) {
            team++;
            String commune = communes[(team - 1) / 8 % communes.length];
            boolean firstOfCommune = (team - 1) % 8 == 0;
            int size = 3 + team % 4;
            for (int m = 0; m < size && member < MEMBERS; m++) {
                member++;
                boolean top = m == 0;
                x.append("<row>")
                        .append("<c align=\"center\">").append(member).append("</c>")
                        .append(top && firstOfCommune ? "<c>Phường " + commune + "</c>" : "<c merge-up=\"true\"/>")
                        .append(top ? "<c>Tổ KP" + team + " phường " + commune + "</c>" : "<c merge-up=\"true\"/>")
                        .append(top ? "<c>Số " + String.format("%02d", team) + "/QĐ-UBND ngày 10/7/2025</c>"
                                : "<c merge-up=\"true\"/>")
                        .append("<c>").append(memberName(member)).append("</c>")
                        .append("<c>").append(m == 0 ? "Tổ trưởng" : m == 1 ? "Tổ phó" : "Thành viên").append("</c>")
                        .append("<c align=\"center\">0914 994 ").append(String.format("%03d", member)).append("</c>")
                        .append("<c>").append(member % 7 == 0 ? "Đoàn viên" : "").append("</c>")
                        .append("</row>\n");
            }
        }
        x.append("""
                    <row kind="total"><c/><c>Tổng cộng</c><c/><c/><c>120 thành viên</c><c/><c/><c/></row>
                  </table>
                  <signature authority="KT." on-behalf-of="Giám đốc" title="Phó Giám đốc" name="Lê Minh Quân"/>
                </document>
                """);
        return new DocumentReader().read(x.toString());
    }
}
