package vn.vanban.roster.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.vanban.roster.form.ColumnKind;
import vn.vanban.roster.form.MemberListForm;
import vn.vanban.roster.Role;

class RosterSheetReaderTest {

    private static final String[] HEADER_2025 = {"TT", "Tên phường, xã", "Tên Tổ", "Số Quyết định",
        "Họ tên thành viên", "Chức vụ trong tổ", "Số điện thoại liên hệ", "Ghi chú"};

    private static RosterSheet read(byte[] bytes) {
        return new RosterSheetReader().read(new ByteArrayInputStream(bytes));
    }

    private static List<SheetProblem> problems(byte[] bytes) {
        return catchThrowableOfType(SheetFormatException.class, () -> read(bytes)).problems();
    }

    private static List<String> names(RosterSheet.Team team) {
        return team.members().stream().map(RosterSheet.Member::name).toList();
    }

    /** The 2025 form as a commune fills it in: title, commune, blank row, header on row 4. */
    private static TestWorkbooks form2025() {
        return new TestWorkbooks()
                .row(1, "DANH SÁCH TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG")
                .row(2, "Phường Hạc Thành")
                .row(4, HEADER_2025);
    }

    @Test
    void aMalformedFileGivesEveryProblemWithItsRowAndColumnAndNothingElse() {
        byte[] file = form2025()
                .row(5, "1", "Phường Hạc Thành", "Tổ KP1", "01/QĐ-UBND ngày 10/7/2025", "Hoàng Minh Tuấn", "Tổ trưởng",
                        "0385112233")
                .row(6, null, null, null, null, "Đỗ Thị Lan", "Tổ phó", "0385445566")
                .row(7, null, null, null, null, "Mai Xuân Trường", "Tổ phôs", "0385778899")
                .row(8, null, null, "Tổ KP2", null, "Bùi Thị An", "tổ  TRƯỞNG")
                // Two leaders in a team is for the roster checks, not the reader.
                .row(9, null, null, null, null, null, "Thành viên", "0977001122", "Đoàn viên")
                .row(10, null, null, null, null, "Lê Văn Hai", "Tổ trưởng")
                .row(11, null, "TỔNG", "2 tổ", null, "6 thành viên")
                .row(13, null, null, null, null, "NGƯỜI LẬP BIỂU")
                .bytes();

        assertThat(problems(file)).containsExactly(
                new SheetProblem(7, "F", "Chức vụ trong tổ",
                        "Chức vụ \"Tổ phôs\" không rõ; cần là Tổ trưởng, Tổ phó thường trực, Tổ phó, Tổ viên hoặc Thành viên"),
                new SheetProblem(9, "E", "Họ tên thành viên", "Thiếu họ tên"));
        assertThat(problems(file).get(0)).hasToString("Dòng 7, cột F (Chức vụ trong tổ): Chức vụ \"Tổ phôs\" không rõ; "
                + "cần là Tổ trưởng, Tổ phó thường trực, Tổ phó, Tổ viên hoặc Thành viên");
    }

    @Test
    void mergedAndBlankCellsCarryDownAndTheFormsExtrasAreSkipped() {
        RosterSheet sheet = read(form2025()
                .row(5, "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)")
                .row(6, "VD", "Phường Hạc Thành", "Tổ KP1", "01/QĐ-UBND ngày 10/7/2025", "Nguyễn Văn A", "Tổ trưởng",
                        "0914994***")
                .row(7, "1", "Phường  Hạc Thành", "Tổ  KP1", "01/QĐ-UBND ngày 10/7/2025", "Hoàng  Minh Tuấn ",
                        "TỔ TRƯỞNG", "0385112233")
                .row(9, null, null, null, null, "Đỗ Thị Lan", "Tổ phó thường trực")
                .row(10, null, null, "Tổ KP2", "02/QĐ-UBND ngày 10/7/2025", "Bùi Thị An", "Tổ viên", null, "Đoàn viên")
                .row(11, null, null, "Tổ KP3")
                .row(12, null, "TỔNG", "3 tổ", null, "3 thành viên")
                .bytes());

        assertThat(sheet.form()).isEqualTo(MemberListForm.FORM_2025);
        assertThat(sheet.columns()).containsEntry(ColumnKind.NAME, "E").containsEntry(ColumnKind.NOTE, "H");
        assertThat(sheet.communes()).containsExactly("Phường Hạc Thành");
        assertThat(sheet.teams()).extracting(RosterSheet.Team::name).containsExactly("Tổ KP1", "Tổ KP2", "Tổ KP3");
        RosterSheet.Team kp1 = sheet.teams().get(0);
        assertThat(kp1.decision()).isEqualTo("01/QĐ-UBND ngày 10/7/2025");
        assertThat(kp1.row()).isEqualTo(7);
        assertThat(kp1.members()).containsExactly(
                new RosterSheet.Member("Hoàng Minh Tuấn", Role.LEADER, "0385112233", null, 7),
                new RosterSheet.Member("Đỗ Thị Lan", Role.STANDING_DEPUTY, null, null, 9));
        assertThat(sheet.teams().get(1).members()).containsExactly(
                new RosterSheet.Member("Bùi Thị An", Role.MEMBER, null, "Đoàn viên", 10));
        assertThat(sheet.teams().get(2).members()).isEmpty();
    }

    /**
     * POI's streaming writer, as other generators, leaves the sizes out of the zip's local headers and
     * gives them after the data; the central directory has them, so the file reads as any other.
     */
    @Test
    void aStreamedWorkbookWithSharedStringsAndDataDescriptorsIsRead() throws Exception {
        byte[] file;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 10, true, true)) {
            Sheet sheet = workbook.createSheet("Danh sách");
            String[][] rows = {{"Tên Tổ", "Họ tên", "Chức vụ", "Số điện thoại"}, {"Tổ KP1", "Hoàng Minh Tuấn", "Tổ trưởng"},
                {null, "Đỗ Thị Lan", "Tổ viên"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            sheet.getRow(1).createCell(3).setCellValue(918234567);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            file = out.toByteArray();
        }
        RosterSheet sheet = read(file);
        assertThat(sheet.teams()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("Tổ KP1");
            assertThat(t.members()).extracting(RosterSheet.Member::name).containsExactly("Hoàng Minh Tuấn", "Đỗ Thị Lan");
            assertThat(t.members().get(0).phone()).isEqualTo("0918234567");
        });
    }

    @Test
    void anExcelNumberPhoneGetsItsLeadingZeroBack() {
        RosterSheet sheet = read(form2025()
                .row(5, "1", "Phường Hạc Thành", "Tổ KP1", null, "Hoàng Minh Tuấn", "Tổ trưởng")
                .number(5, 6, 918234567)
                .row(6, null, null, null, null, "Đỗ Thị Lan", "Tổ phó")
                .number(6, 6, 2.943850853E9)
                .bytes());

        assertThat(sheet.teams().get(0).members()).extracting(RosterSheet.Member::phone)
                .containsExactly("0918234567", "2943850853");
    }

    @Test
    void tcvn3CellsAreReadAsUnicodeByTheirFont() {
        String vnTime = ".VnTime";
        byte[] file = new TestWorkbooks()
                .rowInFont(1, ".VnTimeH", "danh s\u00B8ch vµ th\u00F4ng tin")
                .rowInFont(3, vnTime, "TT", "T\u00AAn x\u00B7, ph\u00AD\u00EAng", "T\u00AAn T\u00E6 c\u00ABng ngh\u00D6 s\u00E8 "
                        + "c\u00E9ng \u00AE\u00E5ng", "H\u00E4 t\u00AAn", "Ch\u00F8c v\u00F4",
                        "\u00A7i\u00D6n tho\u00B9i di \u00AE\u00E9ng (\u00AE\u00B7 \u00AE\u00A8ng k\u00FD Zalo)")
                .rowInFont(4, vnTime, "1", "UBND x\u00B7 Giao Long", "T\u00E6 \u00CAp Giao H\u00DFa A", "NguyÔn V¨n T©m",
                        "T\u00E6 tr\u00AD\u00EBng", "0918234567")
                .rowInFont(5, vnTime, null, null, null, "L\u00AA Th\u00DE H\u00AD\u00ACng", "T\u00E6 vi\u00AAn")
                // Capitals with tones were typed in .VnTimeH at the lowercase code points.
                .rich(6, 3, vnTime, "tr\u00C7n", ".VnTimeH", " V\u00A8n T\u00A9m", vnTime)
                .rowInFont(6, vnTime, null, null, null, null, "T\u00E6 vi\u00AAn")
                .bytes();

        RosterSheet sheet = read(file);

        assertThat(sheet.form()).isEqualTo(MemberListForm.FORM_2022);
        assertThat(sheet.headings()).containsEntry(ColumnKind.COMMUNE, "Tên xã, phường")
                .containsEntry(ColumnKind.PHONE, "Điện thoại di động (đã đăng ký Zalo)");
        RosterSheet.Team team = sheet.teams().get(0);
        assertThat(team.commune()).isEqualTo("UBND xã Giao Long");
        assertThat(team.name()).isEqualTo("Tổ ấp Giao Hòa A");
        assertThat(names(team)).containsExactly("Nguyễn Văn Tâm", "Lê Thị Hương", "TRẦN Văn Tâm");
        assertThat(team.members()).extracting(RosterSheet.Member::role)
                .containsExactly(Role.LEADER, Role.MEMBER, Role.MEMBER);
    }

    @Test
    void aWindows1252CsvWithVniTextAndSemicolonsIsReadAsUnicode() {
        String csv = "DANH SAÙCH VAØ THOÂNG TIN TOÅ COÂNG NGHEÄ SOÁ COÄNG ÑOÀNG;;;;;\r\n"
                + ";;;;;\r\n"
                + "TT;Teân xaõ, phöôøng;Teân Toå coâng ngheä soá coäng ñoàng;Hoï teân;Chöùc vuï;"
                + "Ñieän thoaïi di ñoäng (ñaõ ñaêng kyù Zalo)\r\n"
                + "1;UBND xaõ Giao Long;Toå aáp Giao Hoøa A;Nguyeãn Vaên Taâm;Toå tröôûng;918234567\r\n"
                + ";;;Leâ Thò Höông;Toå phoù;0914994456\r\n"
                + ";;;\"Traàn Thò \"\"UÙt\"\"\";Toå vieân;\r\n";
        byte[] bytes = csv.getBytes(Charset.forName("windows-1252"));

        RosterSheet sheet = read(bytes);

        assertThat(sheet.form()).isEqualTo(MemberListForm.FORM_2022);
        RosterSheet.Team team = sheet.teams().get(0);
        assertThat(team.commune()).isEqualTo("UBND xã Giao Long");
        assertThat(team.name()).isEqualTo("Tổ ấp Giao Hòa A");
        assertThat(team.members()).containsExactly(
                new RosterSheet.Member("Nguyễn Văn Tâm", Role.LEADER, "0918234567", null, 4),
                new RosterSheet.Member("Lê Thị Hương", Role.DEPUTY, "0914994456", null, 5),
                new RosterSheet.Member("Trần Thị \"Út\"", Role.MEMBER, null, null, 6));
    }

    @Test
    void unicodeWordsThatLookLikeVniStayAsTypedButTcvn3PastedIntoAUnicodeFileIsConverted() {
        String csv = "\uFEFFTên Tổ,Họ tên,Chức vụ,Ghi chú\r\n"
                + "Thôn Xuân Bình,Hoàng Anh Tú,Tổ trưởng,Đoàn viên\r\n"
                + ",Toàn,Tổ viên,\r\n"
                + ",NguyÔn V¨n T©m,Tổ viên,\r\n";

        RosterSheet sheet = read(csv.getBytes(StandardCharsets.UTF_8));

        RosterSheet.Team team = sheet.teams().get(0);
        assertThat(team.name()).isEqualTo("Thôn Xuân Bình");
        assertThat(names(team)).containsExactly("Hoàng Anh Tú", "Toàn", "Nguyễn Văn Tâm");
        assertThat(team.members().get(0).note()).isEqualTo("Đoàn viên");
    }

    @Test
    void aLegacyFontCellInAUnicodeWorkbookIsConvertedByItsFont() {
        RosterSheet sheet = read(form2025()
                .row(5, "1", "Phường Hạc Thành", "Tổ KP1", null, "Hoàng Anh Tú", "Tổ trưởng")
                .rowInFont(6, ".VnTime", null, null, null, null, "L\u00AA Th\u00DE H\u00AD\u00ACng")
                .row(6, null, null, null, null, null, "Tổ phó")
                .rowInFont(7, "VNI-Times", null, null, null, null, "Nguyeãn Vaên Taâm", "Toå vieân")
                .bytes());

        assertThat(names(sheet.teams().get(0))).containsExactly("Hoàng Anh Tú", "Lê Thị Hương", "Nguyễn Văn Tâm");
    }

    @Test
    void utf8CsvWithoutBomAndDecomposedTextIsComposed() {
        String decomposed = java.text.Normalizer.normalize("Nguyễn Văn Tâm", java.text.Normalizer.Form.NFD);
        String csv = "Tên Tổ,Họ tên,Chức vụ\nTổ 1," + decomposed + ",Tổ trưởng\n";

        RosterSheet sheet = read(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(names(sheet.teams().get(0))).containsExactly("Nguyễn Văn Tâm");
    }

    @Test
    void aFileWithoutTheHeadingsSaysSo() {
        byte[] csv = "Danh sách\nTên,Điện thoại\nAn,0914994123\n".getBytes(StandardCharsets.UTF_8);

        assertThat(problems(csv)).singleElement().satisfies(p -> {
            assertThat(p.row()).isZero();
            assertThat(p.message()).startsWith("Không tìm thấy dòng tiêu đề cột trong 15 dòng đầu");
        });
        byte[] partial = "TT,Họ tên,Chức vụ\n1,An,Tổ trưởng\n".getBytes(StandardCharsets.UTF_8);
        assertThat(problems(partial)).containsExactly(new SheetProblem(1, null, null, "Dòng tiêu đề thiếu cột Tên Tổ"));
    }

    @Test
    void sizeAndRowCapsAndUnreadableFilesAreProblemsNotCrashes() {
        StringBuilder csv = new StringBuilder("Tên Tổ,Họ tên,Chức vụ\n");
        for (int i = 0; i < 60; i++) {
            csv.append("Tổ 1,Người ").append(i).append(",Tổ viên\n");
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(new RosterSheetReader(100, 1 << 20).read(new ByteArrayInputStream(bytes)).teams().get(0).members())
                .hasSize(60);
        assertThatThrownBy(() -> new RosterSheetReader(10, 1 << 20).read(new ByteArrayInputStream(bytes)))
                .isInstanceOf(SpreadsheetTooLargeException.class).hasMessageContaining("dài quá 10 dòng")
                .extracting(e -> ((SpreadsheetTooLargeException) e).setting()).isEqualTo("vanban.limits.max-rows");
        assertThatThrownBy(() -> new RosterSheetReader(100, 1000).read(new ByteArrayInputStream(bytes)))
                .isInstanceOf(SpreadsheetTooLargeException.class).hasMessageStartingWith("Tệp lớn quá")
                .extracting(e -> ((SpreadsheetTooLargeException) e).setting()).isEqualTo("vanban.limits.max-body-bytes");
        assertThatThrownBy(() -> read(new byte[] {'P', 'K', 3, 4, 1, 2, 3}))
                .isInstanceOf(SheetFormatException.class).hasMessageContaining("XLSX bị hỏng");
        assertThatThrownBy(() -> read(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}))
                .isInstanceOf(SheetFormatException.class).hasMessageContaining(".xls");
        assertThatThrownBy(() -> read(new byte[0])).isInstanceOf(SheetFormatException.class).hasMessage("Tệp rỗng");
        assertThatThrownBy(() -> read("Tên Tổ,Họ tên,Chức vụ\nTổ 1,\"An,Tổ viên\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SheetFormatException.class).hasMessageStartingWith("Dòng 2: Dấu ngoặc kép");
    }

    @Test
    void anEmptyListIsRefusedRatherThanEmptyingTheRoster() {
        assertThat(problems(form2025().row(5, null, "TỔNG", "0 tổ").bytes()))
                .containsExactly(new SheetProblem(4, null, null, "Không có dòng thành viên nào dưới dòng tiêu đề"));
    }
}
