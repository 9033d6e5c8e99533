package vn.vanban.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import vn.vanban.document.DocumentTree;
import vn.vanban.document.markup.DocumentReader;
import vn.vanban.fonts.DocumentFonts;
import vn.vanban.layout.Nd30Layout;

/**
 * Where Word may break a member list's pages. Word never repeats the text of a merged cell on a new
 * page, so the DOCX must not let a page start inside a merge whose text is above it: each row that can
 * start a page says its commune and team, and "Cộng" and "TỔNG" never stand alone at the top of a page.
 */
class DocxMemberListPagesTest {

    private static final DocxDocumentWriter WRITER = new DocxDocumentWriter(Nd30Layout.standard(),
            DocumentFonts.load(null));

    /** One commune of {@code teams} teams of {@code members}, its TT and name merged over all of them. */
    static DocumentTree list(int teams, int members) {
        StringBuilder rows = new StringBuilder();
        for (int t = 0; t < teams; t++) {
            for (int m = 0; m < members; m++) {
                String commune = t == 0 && m == 0 ? "" : " merge-up=\"true\"";
                String team = m == 0 ? "" : " merge-up=\"true\"";
                rows.append("<row><cell").append(commune).append(">1</cell><cell").append(commune)
                        .append(">Phường Hạc Thành</cell><cell").append(team).append(">Tổ khu phố ").append(t + 1)
                        .append("</cell><cell").append(team).append(">0").append(t + 1)
                        .append("/QĐ-UBND ngày 10/7/2025</cell><cell>Người ").append(t).append('-').append(m)
                        .append("</cell><cell>").append(m == 0 ? "Tổ trưởng" : "Thành viên")
                        .append("</cell><cell>0914994").append(String.format("%03d", t * members + m))
                        .append("</cell><cell></cell></row>");
            }
        }
        return new DocumentReader().read("""
                <document orientation="landscape">
                  <title type="DANH SÁCH">Tổ công nghệ số cộng đồng</title>
                  <table widths="4,12,12,14,18,12,12,16">
                    <row kind="header"><cell>TT</cell><cell>Tên Phường/xã</cell><cell>Tên Tổ</cell><cell>Số Quyết định</cell><cell>Họ tên thành viên</cell><cell>Chức vụ trong tổ</cell><cell>Số điện thoại liên hệ</cell><cell>Ghi chú</cell></row>
                    %s
                    <row kind="total"><cell></cell><cell>Cộng</cell><cell>%d tổ</cell><cell></cell><cell>%d thành viên</cell><cell></cell><cell></cell><cell></cell></row>
                    <row kind="total"><cell></cell><cell>TỔNG</cell><cell>%d tổ</cell><cell></cell><cell>%d thành viên</cell><cell></cell><cell></cell><cell></cell></row>
                  </table>
                </document>
                """.formatted(rows, teams, teams * members, teams, teams * members));
    }

    private static List<Element> rows(DocxInspector docx) {
        return docx.elements("word/document.xml", "//w:tbl[w:tblGrid/w:gridCol[8]]/w:tr");
    }

    private static DocxInspector write(DocumentTree doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WRITER.write(doc, out);
        return DocxInspector.read(out.toByteArray());
    }

    private static boolean keptWithNext(DocxInspector docx, Element row) {
        List<Element> paragraphs = docx.elements(row, "w:tc/w:p");
        return !paragraphs.isEmpty() && paragraphs.stream().allMatch(p -> docx.has(p, "w:pPr/w:keepNext"));
    }

    @Test
    void everyTeamOfALongCommuneSaysItsCommuneAndKeepsItsRowsTogether() {
        DocxInspector docx = write(list(10, 6));
        List<Element> body = rows(docx).subList(1, 1 + 60);

        for (int t = 0; t < 10; t++) {
            Element first = body.get(t * 6);
            assertThat(docx.string(first, "string(w:tc[2])")).as("team %d's first row", t + 1).isEqualTo("Phường Hạc Thành");
            assertThat(docx.string(first, "string(w:tc[3])")).isEqualTo("Tổ khu phố " + (t + 1));
            assertThat(docx.has(first, "w:tc[2]/w:tcPr/w:vMerge[not(@w:val)]")).as("commune cell continues a merge").isFalse();
            for (int m = 0; m < 5; m++) {
                assertThat(keptWithNext(docx, body.get(t * 6 + m))).as("team %d row %d kept with the next", t + 1, m + 1)
                        .isTrue();
            }
        }
        assertThat(rows(docx)).allMatch(r -> docx.has(r, "w:trPr/w:cantSplit"));
    }

    @Test
    void totalsNeverStartAPageAlone() {
        DocxInspector docx = write(list(10, 6));
        List<Element> rows = rows(docx);
        Element lastMember = rows.get(rows.size() - 3);
        Element subtotal = rows.get(rows.size() - 2);

        assertThat(docx.string(subtotal, "string(w:tc[2])")).isEqualTo("Cộng");
        assertThat(keptWithNext(docx, lastMember)).as("last member kept with Cộng").isTrue();
        assertThat(keptWithNext(docx, subtotal)).as("Cộng kept with TỔNG").isTrue();
        // Between two teams a page may break: that is where a long commune's pages turn.
        assertThat(keptWithNext(docx, rows.get(6))).isFalse();
    }

    @Test
    void aShortCommuneStaysMergedAndWhole() {
        DocxInspector docx = write(list(2, 3));
        List<Element> body = rows(docx).subList(1, 7);

        assertThat(docx.has(body.get(3), "w:tc[2]/w:tcPr/w:vMerge[not(@w:val)]")).as("merged over both teams").isTrue();
        assertThat(docx.string(body.get(3), "string(w:tc[2])")).isEmpty();
        assertThat(body).allMatch(r -> keptWithNext(docx, r));
    }
}
