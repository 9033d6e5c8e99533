package vn.vanban.memberlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.vanban.roster.Roster;
import vn.vanban.roster.Team;
import vn.vanban.roster.form.MemberListForm;
import vn.vanban.roster.spreadsheet.SampleRosters;

/** The roster as the member-list form in XLSX and CSV, as the export writes it for import back. */
class MemberListSpreadsheetTest {

    private static final Function<Team, String> NO_DECISIONS = t -> null;

    private final Roster roster = SampleRosters.hacThanh();

    private static XSSFSheet open(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx)).getSheetAt(0);
    }

    private static String text(XSSFSheet sheet, int row, int col) {
        Row r = sheet.getRow(row - 1);
        Cell c = r == null ? null : r.getCell(col);
        return c == null ? "" : new DataFormatter().formatCellValue(c);
    }

    /** The name column (E in 2025) of a team's rows, from its first row. */
    private static List<String> column(XSSFSheet sheet, int col, int fromRow, int toRow) {
        List<String> values = new ArrayList<>();
        for (int r = fromRow; r <= toRow; r++) {
            values.add(text(sheet, r, col));
        }
        return values;
    }

    @Test
    void the2025SheetIsTheThanhHoaForm() throws IOException {
        XSSFSheet sheet = open(SpreadsheetExports.xlsx(roster, MemberListForm.FORM_2025, false,
                t -> t.key().equals("to-kp1") ? "01/QĐ-UBND ngày 10/7/2025" : null));

        assertThat(text(sheet, 1, 0)).isEqualTo("DANH SÁCH TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG");
        assertThat(text(sheet, 2, 0)).isEqualTo("Phường Hạc Thành");
        assertThat(column(sheet, 0, 4, 4)).containsExactly("TT");
        List<String> header = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            header.add(text(sheet, 4, c));
        }
        assertThat(header).containsExactly("TT", "Tên phường, xã", "Tên Tổ", "Số Quyết định", "Họ tên thành viên",
                "Chức vụ trong tổ", "Số điện thoại liên hệ", "Ghi chú");
        assertThat(sheet.getRow(3).getCell(4).getCellStyle().getFont().getBold()).isTrue();
        assertThat(sheet.getRow(3).getCell(4).getCellStyle().getWrapText()).isTrue();
        assertThat(sheet.getRow(5).getCell(4).getCellStyle().getFont().getFontName()).isEqualTo("Times New Roman");

        // Commune team: rows 5-10; Tổ KP1: 11-16; Tổ KP2 (no members): 17; TỔNG: 18.
        assertThat(sheet.getMergedRegions()).containsExactlyInAnyOrder(
                CellRangeAddress.valueOf("A1:H1"), CellRangeAddress.valueOf("A2:H2"),
                CellRangeAddress.valueOf("A5:A17"), CellRangeAddress.valueOf("B5:B17"),
                CellRangeAddress.valueOf("C5:C10"), CellRangeAddress.valueOf("D5:D10"),
                CellRangeAddress.valueOf("C11:C16"), CellRangeAddress.valueOf("D11:D16"));
        assertThat(sheet.getRow(4).getCell(0).getNumericCellValue()).isEqualTo(1);
        assertThat(text(sheet, 11, 2)).isEqualTo("Tổ KP1");
        assertThat(text(sheet, 11, 3)).isEqualTo("01/QĐ-UBND ngày 10/7/2025");
        assertThat(text(sheet, 12, 2)).isEmpty();
        assertThat(text(sheet, 17, 2)).isEqualTo("Tổ KP2");
        assertThat(text(sheet, 17, 4)).isEmpty();
        assertThat(column(sheet, 0, 18, 18)).containsExactly("");
        assertThat(text(sheet, 18, 1)).isEqualTo("TỔNG");
        assertThat(text(sheet, 18, 2)).isEqualTo("3 tổ");
        // Twelve seats, one of them the group of Tổ trưởng: eleven members.
        assertThat(text(sheet, 18, 4)).isEqualTo("11 thành viên");
        assertThat(sheet.getLastRowNum()).isEqualTo(17);
        assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        assertThat(sheet.getRepeatingRows().getFirstRow()).isEqualTo(3);
        assertThat(sheet.getRepeatingRows().getLastRow()).isEqualTo(3);
    }

    @Test
    void membersAreInVietnameseNameOrderAndSeatsShowTheirPosition() throws IOException {
        XSSFSheet sheet = open(SpreadsheetExports.xlsx(roster, MemberListForm.FORM_2025, false, NO_DECISIONS));

        // The Tổ trưởng, the Tổ phó, then the members by given name first (An < Ánh < Trường < Tú), not the family name.
        assertThat(column(sheet, 4, 11, 16)).containsExactly("Hoàng Minh Tuấn", "Đỗ Thị Lan", "Bùi Thị An",
                "Nguyễn Thị Ánh", "Mai Xuân Trường", "Hoàng Anh Tú");
        assertThat(column(sheet, 5, 11, 16))
                .containsExactly("Tổ trưởng", "Tổ phó", "Thành viên", "Thành viên", "Thành viên", "Thành viên");
        // By role; within a role named people first, then the seats named by a position in decision order.
        assertThat(column(sheet, 4, 5, 10)).containsExactly("Nguyễn Văn Bình", "Phó Chủ tịch UBND phường",
                "Lê Thị Hương", "Trưởng Công an phường", "Trịnh Văn Quyết",
                "Các đồng chí là Tổ trưởng tổ công nghệ số tại các khu phố");
        assertThat(column(sheet, 7, 5, 7)).containsExactly("", "", "Phụ trách, chuyên môn");
    }

    @Test
    void phonesAreTextCellsKeepingTheZeroAndMaskedOnRequest() throws IOException {
        XSSFSheet plain = open(SpreadsheetExports.xlsx(roster, MemberListForm.FORM_2022, false, NO_DECISIONS));
        Cell phone = plain.getRow(13).getCell(5);
        assertThat(phone.getCellType()).isEqualTo(CellType.STRING);
        assertThat(phone.getStringCellValue()).isEqualTo("0977 001 122");
        assertThat(column(plain, 5, 5, 7)).containsExactly("0914994123", "", "0914 994 456");

        XSSFSheet masked = open(SpreadsheetExports.xlsx(roster, MemberListForm.FORM_2022, true, NO_DECISIONS));
        assertThat(column(masked, 5, 5, 7)).containsExactly("0914994***", "", "0914994***");
        assertThat(text(masked, 14, 5)).isEqualTo("0977001***");
        assertThat(text(masked, 13, 5)).isEmpty();
    }

    @Test
    void the2022SheetHasSixColumnsTheCommitteeAndNoTotal() throws IOException {
        XSSFSheet sheet = open(SpreadsheetExports.xlsx(roster, MemberListForm.FORM_2022, false, NO_DECISIONS));

        assertThat(text(sheet, 1, 0)).isEqualTo("DANH SÁCH VÀ THÔNG TIN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG");
        assertThat(text(sheet, 4, 5)).isEqualTo("Điện thoại di động (đã đăng ký Zalo)");
        assertThat(text(sheet, 4, 6)).isEmpty();
        assertThat(text(sheet, 5, 1)).isEqualTo("UBND phường Hạc Thành");
        assertThat(text(sheet, 5, 4)).isEqualTo("Tổ trưởng");
        assertThat(column(sheet, 4, 11, 13)).containsExactly("Tổ trưởng", "Tổ phó", "Tổ viên");
        assertThat(sheet.getLastRowNum()).isEqualTo(16);
        assertThat(sheet.getPrintSetup().getLandscape()).isFalse();
    }

    @Test
    void csvIsUtf8WithBomCommasAndQuotesWhereNeeded() {
        byte[] csv = SpreadsheetExports.csv(roster, MemberListForm.FORM_2025, true, NO_DECISIONS);

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String[] lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n", -1);
        assertThat(lines[0]).isEqualTo("TT,\"Tên phường, xã\",Tên Tổ,Số Quyết định,Họ tên thành viên,Chức vụ trong tổ,"
                + "Số điện thoại liên hệ,Ghi chú");
        assertThat(lines[3]).isEqualTo("1,Phường Hạc Thành,Tổ công nghệ số cộng đồng phường Hạc Thành,,Lê Thị Hương,"
                + "Tổ phó,0914994***,\"Phụ trách, chuyên môn\"");
        assertThat(lines[12]).isEqualTo("1,Phường Hạc Thành,Tổ KP1,,Hoàng Anh Tú,Thành viên,0912345***,Đoàn viên");
        assertThat(lines[13]).isEqualTo("1,Phường Hạc Thành,Tổ KP2,,,,,");
        // Header, 12 members, the empty team, and the final line break.
        assertThat(lines).hasSize(15);
        assertThat(lines[14]).isEmpty();
    }

    @Test
    void csvQuotesRfc4180() {
        assertThat(MemberListCsv.field("Nguyễn \"Tư\" Anh")).isEqualTo("\"Nguyễn \"\"Tư\"\" Anh\"");
        assertThat(MemberListCsv.field("hai\ndòng")).isEqualTo("\"hai\ndòng\"");
        assertThat(MemberListCsv.field("a;b")).isEqualTo("\"a;b\"");
        assertThat(MemberListCsv.field("0914994123")).isEqualTo("0914994123");
    }
}
