package vn.vanban.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanban.layout.Nd30Layout;
import vn.vanban.layout.PageSpec;
import vn.vanban.render.pdf.PdfInspector;
import vn.vanban.render.pdf.PdfInspector.Line;

/**
 * The page rules Word and LibreOffice apply to the DOCX, checked on our PDF over the documents of the
 * LibreOffice sweep (without LibreOffice): where the first line of a page sits, the space between
 * paragraphs, widow and orphan control, and the signature never alone on its page.
 */
@org.junit.jupiter.api.Tag("slow")
class PdfPageRulesTest {

    private static final Nd30Layout LAYOUT = Nd30Layout.standard();
    private static final float BODY = (float) Nd30Layout.BODY_SIZE;
    private static final float LINE = (float) (BODY * LAYOUT.lineHeightFactor());
    /** Liberation Serif's descent, 0.216 em. */
    private static final float DESCENT = 0.216f * BODY;
    private static final PageSpec PAGE = LAYOUT.page(false);
    private static final float LEFT = PdfInspector.mm(PAGE.leftMm());
    private static final float INDENT = LEFT + PdfInspector.mm(Nd30Layout.INDENT_MM);

    private static final java.util.Map<String, byte[]> RENDERED = new java.util.concurrent.ConcurrentHashMap<>();

    static Stream<PageBreakSweepTest.Sample> samples() {
        return PageBreakSweepTest.samples().stream();
    }

    private static PdfInspector pdf(PageBreakSweepTest.Sample s) {
        return PdfInspector.of(RENDERED.computeIfAbsent(s.name(),
                n -> PageBreakSweepTest.service.render(s.template(), s.data(), OutputFormat.PDF).bytes()));
    }

    /** Body lines of a page: 14 pt, under the top margin (the page number stands above it). */
    private static List<Line> body(PdfInspector pdf, int page) {
        return pdf.lines(page).stream()
                .filter(l -> l.y() > PdfInspector.mm(PAGE.topMm()) && Math.abs(l.fontSize() - BODY) < 0.1f).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void aPageAfterTheFirstStartsOneLineBoxLessItsDescentUnderTheMargin(PageBreakSweepTest.Sample s) {
        try (PdfInspector pdf = pdf(s)) {
            for (int p = 2; p <= pdf.pageCount(); p++) {
                Line first = pdf.lines(p).stream().filter(l -> l.y() > PdfInspector.mm(PAGE.topMm())).findFirst()
                        .orElseThrow();
                if (Math.abs(first.fontSize() - BODY) < 0.1f) {
                    assertThat(first.y()).as(s.name() + " page " + p + ": " + first.text())
                            .isCloseTo(PdfInspector.mm(PAGE.topMm()) + LINE - DESCENT, within(0.1f));
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void noLineOfAParagraphStandsAloneAtTheHeadOrFootOfAPage(PageBreakSweepTest.Sample s) {
        try (PdfInspector pdf = pdf(s)) {
            for (int p = 1; p < pdf.pageCount(); p++) {
                List<Line> here = body(pdf, p);
                List<Line> next = body(pdf, p + 1);
                if (here.isEmpty() || next.size() < 2) {
                    continue;
                }
                Line last = here.get(here.size() - 1);
                Line head = next.get(0);
                boolean continues = Math.abs(head.x() - LEFT) < 0.5f;
                // Orphan: a paragraph's first line (indented) alone at the foot, the rest overleaf.
                boolean startsParagraph = Math.abs(last.x() - INDENT) < 0.5f
                        && (here.size() == 1 || here.get(here.size() - 2).y() < last.y() - LINE - 0.5f);
                assertThat(continues && startsParagraph)
                        .as(s.name() + " page " + p + " ends with the first line of a paragraph: " + last.text()).isFalse();
                // Widow: a paragraph's last line alone at the head of the next page.
                boolean alone = next.get(1).y() - head.y() > LINE + 0.5f;
                assertThat(continues && alone)
                        .as(s.name() + " page " + (p + 1) + " starts with the last line of a paragraph: " + head.text())
                        .isFalse();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theSignatureSharesItsPageWithAtLeastTwoLinesOfText(PageBreakSweepTest.Sample s) {
        try (PdfInspector pdf = pdf(s)) {
            int page = pdf.pageOf("Nơi nhận:");
            assertThat(page).as(s.name()).isPositive();
            float label = pdf.line(page, "Nơi nhận:").y();
            long above = body(pdf, page).stream().filter(l -> l.y() < label - 1).count();
            assertThat(above).as(s.name() + ": lines over Nơi nhận on page " + page).isGreaterThanOrEqualTo(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void paragraphsAreApartByTheLargerOfSpaceAfterAndSpaceBefore(PageBreakSweepTest.Sample s) {
        if (!s.template().endsWith("decision")) {
            return;
        }
        try (PdfInspector pdf = pdf(s)) {
            // "QUYẾT ĐỊNH:" asks for 6 pt after, "Điều 1." for 6 pt before: 6 pt apart, not 12.
            int page = pdf.pageOf("QUYẾT ĐỊNH:");
            Line decides = pdf.line(page, "QUYẾT ĐỊNH:");
            Line article = pdf.line(page, "Điều 1.");
            assertThat(article.y() - decides.y()).as(s.name()).isCloseTo(LINE + 6, within(0.1f));
        }
    }
}
