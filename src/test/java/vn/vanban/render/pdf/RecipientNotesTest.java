package vn.vanban.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanban.document.markup.DocumentReader;
import vn.vanban.fonts.DocumentFonts;
import vn.vanban.layout.Nd30Layout;

/**
 * "(để b/c)" at the end of a Nơi nhận entry is never split across lines: entries of every length put the
 * line's end at every place in and before the note, and no printed line ends "(để" or starts "b/c)".
 */
class RecipientNotesTest {

    @Test
    void aClosingNoteStaysOnOneLineWithTheWordBeforeIt() {
        StringBuilder to = new StringBuilder();
        for (int n = 0; n < 20; n++) {
            to.append("<to>Ban Thường vụ Đảng ủy ").append("phường Hạc Thành xã Giao ".substring(0, Math.min(25, n)))
                    .append("ab".repeat(n % 3)).append(" (để b/c)</to>");
        }
        var tree = new DocumentReader().read("""
                <document>
                  <p>Quyết định này có hiệu lực kể từ ngày ký./.</p>
                  <recipients ref="addressees" archive="VT">%s</recipients>
                  <signature title="Chủ tịch" name="Lê Thanh Phong"/>
                </document>""".formatted(to));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfDocumentWriter(Nd30Layout.standard(), DocumentFonts.load(null)).write(tree, out);
        try (PdfInspector pdf = PdfInspector.of(out.toByteArray())) {
            List<String> lines = new java.util.ArrayList<>();
            for (int p = 1; p <= pdf.pageCount(); p++) {
                pdf.lines(p).forEach(l -> lines.add(l.text().replace('\u00A0', ' ').strip()));
            }
            assertThat(lines).filteredOn(l -> l.contains("b/c")).hasSizeGreaterThan(15);
            assertThat(lines).noneMatch(l -> l.endsWith("(để") || l.endsWith("(") || l.startsWith("b/c)")
                    || l.startsWith("(để b/c);"));
        }
    }
}
