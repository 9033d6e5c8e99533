package vn.vanban.memberlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.docx4j.openpackaging.packages.SpreadsheetMLPackage;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import vn.vanban.render.OutputFormat;
import vn.vanban.render.docx.DocxInspector;
import vn.vanban.render.pdf.PdfInspector;
import vn.vanban.render.pdf.PdfInspector.Line;
import vn.vanban.roster.Role;

/**
 * A province list of 700 members (five communes, the last of 20 teams) written in all three formats and
 * read back: header row on every page and nowhere else, every row whole and once, the groups merged and
 * named again where they run over a page break, a Cộng row under each commune and the TỔNG row. Set
 * {@code -Dvanban.list.dump=DIR} to keep the files for a look.
 */
@Tag("slow")
class StreamedMemberListOutputTest {

    static final int MEMBERS = 700;
    static final int COMMUNES = 5;
    static final int TEAMS = MEMBERS / SyntheticProvince.MEMBERS_PER_TEAM;
    static final int PHONE_DIGITS = 10;
    static final MemberListRequest REQUEST = new MemberListRequest("2025", false, null, "Tỉnh Thanh Hóa");

    private static final StreamedMemberList LISTS = new StreamedMemberList(MemberListCellsTest.DOCUMENTS);
    private static PdfInspector pdf;
    private static byte[] docx;
    private static byte[] xlsx;
    /** The data, by phone number, which is different on every row. */
    private static final Map<String, MemberListRow> BY_PHONE = new HashMap<>();

    @BeforeAll
    static void write() throws Exception {
        new SyntheticProvince(MEMBERS).forEachRemaining(r -> BY_PHONE.put(r.phone(), r));
        pdf = PdfInspector.of(write(OutputFormat.PDF));
        docx = write(OutputFormat.DOCX);
        xlsx = write(OutputFormat.XLSX);
    }

    private static byte[] write(OutputFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LISTS.write(REQUEST, new SyntheticProvince(MEMBERS), format, out);
        String dump = System.getProperty("vanban.list.dump");
        if (dump != null) {
            Files.write(Files.createDirectories(Path.of(dump)).resolve("province." + format.extension()), out.toByteArray());
        }
        return out.toByteArray();
    }

    @AfterAll
    static void close() {
        pdf.close();
    }

    @Test
    void pdfHasTheHeaderRowAtTheTopOfEveryPageAndNowhereElse() {
        assertThat(pdf.pageCount()).isBetween(MEMBERS / 40, MEMBERS / 10);
        for (int p = 1; p <= pdf.pageCount(); p++) {
            List<Line> headers = pdf.lines(p).stream().filter(l -> l.text().contains("Họ tên thành viên")).toList();
            assertThat(headers).as("header rows on page " + p).hasSize(1);
            float headerY = headers.get(0).y();
            assertThat(rowLines(p)).as("rows of page " + p).isNotEmpty()
                    .allSatisfy(row -> assertThat(row.y()).isGreaterThan(headerY));
        }
    }

    @Test
    void pdfHasEveryRowOnceAndWhole() {
        Map<String, Integer> seen = new HashMap<>();
        for (int p = 1; p <= pdf.pageCount(); p++) {
            List<Line> lines = pdf.lines(p);
            for (Line phone : rowLines(p)) {
                MemberListRow row = row(phone);
                assertThat(seen.merge(row.phone(), 1, Integer::sum)).as(row.phone()).isEqualTo(1);
                // Name and phone of a row on one baseline of one page: the row was not split.
                assertThat(lines).as(row.memberName() + " on page " + p)
                        .anySatisfy(l -> {
                            assertThat(l.text()).contains(row.memberName());
                            assertThat(l.y()).isCloseTo(phone.y(), within(0.5f));
                        });
            }
        }
        assertThat(seen).hasSize(MEMBERS);
    }

    @Test
    void pdfKeepsATeamOnOnePageAndNamesItsCommuneWhereAPageStarts() {
        for (int p = 2; p <= pdf.pageCount(); p++) {
            Line first = rowLines(p).get(0);
            MemberListRow row = row(first);
            // A team's rows keep together, as the DOCX tells Word: a page starts with a team's first row
            // (or the total), never inside a team.
            assertThat(row == null || row.role() == Role.LEADER).as("page " + p + " starts with " + first.text()).isTrue();
            if (row == null) {
                continue;
            }
            List<Line> lines = pdf.lines(p);
            // The team's and commune's names stand in the first row, level with it or wrapped above it.
            assertThat(lines).as("team on page " + p).anySatisfy(l -> {
                assertThat(l.text()).contains(row.teamName());
                assertThat(l.y()).isLessThanOrEqualTo(first.y() + 0.5f);
            });
            String communeStart = row.communeName().substring(0, row.communeName().indexOf(' ', 3));
            assertThat(lines).as("commune on page " + p).anySatisfy(l -> {
                assertThat(l.text()).contains(communeStart);
                assertThat(l.y()).isLessThanOrEqualTo(first.y() + 0.5f);
            });
        }
    }

    @Test
    void pdfHasACongRowUnderEachCommuneAndTheTongRowLast() {
        String text = pdf.text();
        assertThat(count(text, "Cộng 30 tổ 150 thành viên")).isEqualTo(COMMUNES - 1);
        assertThat(count(text, "Cộng 20 tổ 100 thành viên")).isEqualTo(1);
        assertThat(pdf.text(pdf.pageCount())).contains("TỔNG " + TEAMS + " tổ " + MEMBERS + " thành viên");
    }

    @Test
    void docxRepeatsItsHeaderRowKeepsRowsWholeAndMergesGroups() throws Exception {
        DocxInspector doc = DocxInspector.read(docx);
        List<Element> rows = doc.elements("word/document.xml", "//w:tbl/w:tr");
        assertThat(rows).hasSize(1 + MEMBERS + COMMUNES + 1);
        assertThat(rows).allSatisfy(r -> assertThat(doc.has(r, "w:trPr/w:cantSplit")).isTrue());
        assertThat(doc.has(rows.get(0), "w:trPr/w:tblHeader")).isTrue();
        assertThat(rows.subList(1, rows.size())).noneSatisfy(r -> assertThat(doc.has(r, "w:trPr/w:tblHeader")).isTrue());
        // Row 1 starts commune and team; row 2 continues both; row 6 starts the second team.
        for (int cell = 1; cell <= 4; cell++) {
            assertThat(doc.string(rows.get(1), "w:tc[" + cell + "]/w:tcPr/w:vMerge/@w:val")).isEqualTo("restart");
            assertThat(doc.has(rows.get(2), "w:tc[" + cell + "]/w:tcPr/w:vMerge[not(@w:val)]")).isTrue();
        }
        // A commune of 30 teams cannot keep to one page: each team's first row names it again, because
        // Word would leave a merged commune cell blank on the page a team starts.
        assertThat(doc.string(rows.get(6), "w:tc[2]/w:tcPr/w:vMerge/@w:val")).isEqualTo("restart");
        assertThat(doc.string(rows.get(6), "string(w:tc[2])")).isEqualTo(doc.string(rows.get(1), "string(w:tc[2])"));
        assertThat(doc.string(rows.get(6), "w:tc[3]/w:tcPr/w:vMerge/@w:val")).isEqualTo("restart");
        Element cong = rows.get(1 + 150);
        assertThat(doc.string(cong, "string(.)")).isEqualTo("Cộng30 tổ150 thành viên");
        assertThat(doc.has(cong, "w:tc/w:tcPr/w:vMerge")).isFalse();
        assertThat(doc.string(rows.get(rows.size() - 1), "string(.)")).isEqualTo("TỔNG" + TEAMS + " tổ" + MEMBERS + " thành viên");
        assertThat(doc.string("word/document.xml", "//w:sectPr/w:pgSz/@w:orient")).isEqualTo("landscape");
        // And Word's own object model reads it.
        WordprocessingMLPackage word = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
        assertThat(word.getMainDocumentPart().getContent()).isNotEmpty();
    }

    @Test
    void xlsxHasTheRowsTheHeaderAndTheMergedGroups() throws Exception {
        DocxInspector book = DocxInspector.read(xlsx);
        String sheet = "xl/worksheets/sheet1.xml";
        // Title, subtitle, an empty row, the header: the table starts on row 5.
        List<Element> rows = book.elements(sheet, "//x:sheetData/x:row");
        assertThat(rows).hasSize(2 + 1 + MEMBERS + COMMUNES + 1);
        assertThat(book.string(rows.get(0), "string(.)")).isEqualTo("DANH SÁCH TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG");
        assertThat(book.string(rows.get(1), "string(.)")).isEqualTo("Tỉnh Thanh Hóa");
        Element header = rows.get(2);
        assertThat(book.string(header, "@r")).isEqualTo("4");
        assertThat(book.elements(header, "x:c").stream().map(c -> book.string(c, "string(.)")).toList())
                .containsExactly("TT", "Tên phường, xã", "Tên Tổ", "Số Quyết định", "Họ tên thành viên",
                        "Chức vụ trong tổ", "Số điện thoại liên hệ", "Ghi chú");
        Element first = rows.get(3);
        assertThat(book.string(first, "x:c[1]/x:v")).isEqualTo("1");
        assertThat(book.string(first, "x:c[7]")).isEqualTo(new SyntheticProvince(1).next().phone());
        assertThat(book.string(rows.get(rows.size() - 1), "x:c[2]")).isEqualTo("TỔNG");
        List<String> merges = book.elements(sheet, "//x:mergeCell").stream().map(m -> book.string(m, "@ref")).toList();
        // Title and subtitle across the table; TT and commune down each commune; team and decision down each team.
        assertThat(merges).hasSize(2 + 2 * COMMUNES + 2 * TEAMS);
        assertThat(merges).contains("A1:H1", "A5:A154", "B5:B154", "C5:C9", "D5:D9", "C10:C14");
        assertThat(book.string("xl/workbook.xml", "//x:definedName[@name='_xlnm.Print_Titles']"))
                .isEqualTo("'Danh sách'!$4:$4");
        assertThat(book.string(sheet, "//x:pane/@ySplit")).isEqualTo("4");
        assertThat(book.string(sheet, "//x:pageSetup/@orientation")).isEqualTo("landscape");
        // And a spreadsheet object model reads it.
        SpreadsheetMLPackage excel = SpreadsheetMLPackage.load(new ByteArrayInputStream(xlsx));
        assertThat(excel.getWorkbookPart().getContents().getSheets().getSheet()).hasSize(1);
    }

    @Test
    void fileNameIsTheTitle() {
        assertThat(LISTS.fileName(REQUEST, OutputFormat.XLSX))
                .isEqualTo("Danh sách tổ công nghệ số cộng đồng Tỉnh Thanh Hóa.xlsx");
    }

    /**
     * The phone cell of every body row of a page, top to bottom. The inspector joins cells that stand
     * close on one baseline, so a line may hold the phone and the note after it.
     */
    private static List<Line> rowLines(int page) {
        List<Line> rows = new ArrayList<>();
        for (Line line : pdf.lines(page)) {
            if (line.text().length() >= PHONE_DIGITS && BY_PHONE.containsKey(line.text().substring(0, PHONE_DIGITS))) {
                rows.add(line);
            }
        }
        return rows;
    }

    private static MemberListRow row(Line phoneLine) {
        return BY_PHONE.get(phoneLine.text().substring(0, PHONE_DIGITS));
    }

    private static int count(String text, String part) {
        String flat = text.replaceAll("\\s+", " ");
        int n = 0;
        for (int i = flat.indexOf(part); i >= 0; i = flat.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
