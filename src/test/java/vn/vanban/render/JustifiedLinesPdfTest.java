package vn.vanban.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanban.layout.Nd30Layout;
import vn.vanban.layout.PageSpec;
import vn.vanban.render.pdf.PdfInspector;
import vn.vanban.render.pdf.PdfInspector.Line;

/**
 * Justified lines end at the right margin, their final punctuation included, as Word sets them (OpenPDF
 * would hang a final . , ; : ' up to 1.9 pt into the margin). Measured on the glyphs of decisions, letters
 * and summary letters of the sweep and of each template's example: every line of a paragraph that is not
 * its last (it starts on the margin or the indent, and the next line, one line lower, starts on the margin) ends within half a point short of the
 * margin and never past it. Tagged slow: it renders 25 documents (about 20 s on a busy machine).
 */
@org.junit.jupiter.api.Tag("slow")
class JustifiedLinesPdfTest {

    private static final Nd30Layout LAYOUT = Nd30Layout.standard();
    private static final PageSpec PAGE = LAYOUT.page(false);
    private static final float BODY = (float) Nd30Layout.BODY_SIZE;
    private static final float LINE = (float) (BODY * LAYOUT.lineHeightFactor());
    private static final float LEFT = PdfInspector.mm(PAGE.leftMm());
    private static final float RIGHT = PdfInspector.mm(PAGE.widthMm() - PAGE.rightMm());
    private static final float INDENT = LEFT + PdfInspector.mm(Nd30Layout.INDENT_MM);

    /** A third of the sweep's documents (every template, short to long) and the examples. */
    static Stream<PageBreakSweepTest.Sample> samples() {
        List<PageBreakSweepTest.Sample> all = PageBreakSweepTest.samples();
        List<PageBreakSweepTest.Sample> some = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 3) {
            some.add(all.get(i));
        }
        for (String id : List.of("commune-team-decision", "village-teams-decision", "official-letter", "summary-letter")) {
            some.add(new PageBreakSweepTest.Sample(id + "-example", id,
                    PageBreakSweepTest.service.catalog().get(id).example()));
        }
        return some.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyJustifiedLineEndsAtTheMarginWithItsPunctuation(PageBreakSweepTest.Sample s) {
        byte[] bytes = PageBreakSweepTest.service.render(s.template(), s.data(), OutputFormat.PDF).bytes();
        int checked = 0;
        int punctuated = 0;
        try (PdfInspector pdf = PdfInspector.of(bytes)) {
            for (int p = 1; p <= pdf.pageCount(); p++) {
                List<Line> lines = pdf.lines(p).stream().filter(l -> Math.abs(l.fontSize() - BODY) < 0.1f).toList();
                for (int i = 0; i + 1 < lines.size(); i++) {
                    Line line = lines.get(i);
                    Line next = lines.get(i + 1);
                    // A body line starts on the margin or at the first-line indent (a centred heading does not).
                    boolean body = Math.abs(line.x() - LEFT) < 0.5f || Math.abs(line.x() - INDENT) < 0.5f;
                    boolean continued = body && Math.abs(next.y() - line.y() - LINE) < 0.1f
                            && Math.abs(next.x() - LEFT) < 0.5f;
                    if (!continued) {
                        continue;
                    }
                    checked++;
                    if (".,;:'".indexOf(line.text().charAt(line.text().length() - 1)) >= 0) {
                        punctuated++;
                    }
                    assertThat(line.endX()).as(s.name() + " page " + p + ": " + line.text())
                            .isBetween(RIGHT - 0.5f, RIGHT + 0.05f);
                }
            }
        }
        assertThat(checked).as(s.name() + ": justified lines found").isPositive();
        if (s.name().contains("decision")) {
            assertThat(punctuated).as(s.name() + ": justified lines ending in punctuation").isPositive();
        }
    }
}
