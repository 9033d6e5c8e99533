package vn.vanban.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vanban.layout.Nd30Layout;
import vn.vanban.layout.PageSpec;
import vn.vanban.render.pdf.PdfInspector;
import vn.vanban.render.pdf.PdfInspector.Line;

/**
 * Nghị định 30 asks for at least 6 pt between paragraphs, list paragraphs included: in the PDF a member
 * item ("1. Ông …") or a dashed item starts at least one line and 6 pt under the line above it.
 */
class ListSpacingPdfTest {

    private static final Nd30Layout LAYOUT = Nd30Layout.standard();
    private static final PageSpec PAGE = LAYOUT.page(false);
    private static final float BODY = (float) Nd30Layout.BODY_SIZE;
    private static final float LINE = (float) (BODY * LAYOUT.lineHeightFactor());
    private static final float INDENT = PdfInspector.mm(PAGE.leftMm() + Nd30Layout.INDENT_MM);
    private static final Pattern ITEM = Pattern.compile("^(\\d+\\. |- ).*");

    @ParameterizedTest
    @ValueSource(strings = {"commune-team-decision", "village-teams-decision"})
    void listItemsStandSixPointsApart(String id) {
        byte[] bytes = PageBreakSweepTest.service.render(id, PageBreakSweepTest.service.catalog().get(id).example(),
                OutputFormat.PDF).bytes();
        int items = 0;
        try (PdfInspector pdf = PdfInspector.of(bytes)) {
            for (int p = 1; p <= pdf.pageCount(); p++) {
                List<Line> lines = pdf.lines(p).stream().filter(l -> Math.abs(l.fontSize() - BODY) < 0.1f
                        && l.y() > PdfInspector.mm(PAGE.topMm())).toList();
                for (int i = 1; i < lines.size(); i++) {
                    Line line = lines.get(i);
                    if (Math.abs(line.x() - INDENT) < 0.5f && ITEM.matcher(line.text()).matches()) {
                        items++;
                        assertThat(line.y() - lines.get(i - 1).y()).as(id + " page " + p + ": " + line.text())
                                .isGreaterThanOrEqualTo(LINE + 6 - 0.1f);
                    }
                }
            }
        }
        assertThat(items).as(id + ": list items found").isGreaterThan(3);
    }
}
