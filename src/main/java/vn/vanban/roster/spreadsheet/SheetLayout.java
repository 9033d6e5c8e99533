package vn.vanban.roster.spreadsheet;

import java.util.List;
import vn.vanban.roster.Role;

/**
 * The two member-list forms of the seeds. Sheet 1 of an export copies the form's headings word for
 * word, because the Sở compares what communes send against the form it issued.
 */
public enum SheetLayout {

    /** Trà Vinh 2022, Mẫu 2: six columns, the phone must be registered with Zalo. */
    FORM_2022("DANH SÁCH VÀ THÔNG TIN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG", "Tổ viên", false, List.of(
            new Column(SheetColumn.NUMBER, "TT", 6),
            new Column(SheetColumn.COMMUNE, "Tên xã, phường", 24),
            new Column(SheetColumn.TEAM, "Tên Tổ công nghệ số cộng đồng", 28),
            new Column(SheetColumn.NAME, "Họ tên", 26),
            new Column(SheetColumn.ROLE, "Chức vụ", 17),
            new Column(SheetColumn.PHONE, "Điện thoại di động (đã đăng ký Zalo)", 18))),

    /** Thanh Hóa 2025: eight columns with the founding decision, a note and a TỔNG row. */
    FORM_2025("DANH SÁCH TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG", "Thành viên", true, List.of(
            new Column(SheetColumn.NUMBER, "TT", 6),
            new Column(SheetColumn.COMMUNE, "Tên phường, xã", 18),
            new Column(SheetColumn.TEAM, "Tên Tổ", 18),
            new Column(SheetColumn.DECISION, "Số Quyết định", 22),
            new Column(SheetColumn.NAME, "Họ tên thành viên", 25),
            new Column(SheetColumn.ROLE, "Chức vụ trong tổ", 17),
            new Column(SheetColumn.PHONE, "Số điện thoại liên hệ", 16),
            new Column(SheetColumn.NOTE, "Ghi chú", 18)));

    /** A column as the form prints it; the width is in characters of the body font. */
    public record Column(SheetColumn kind, String heading, int width) {
    }

    private final String title;
    private final String memberLabel;
    private final boolean totals;
    private final List<Column> columns;

    SheetLayout(String title, String memberLabel, boolean totals, List<Column> columns) {
        this.title = title;
        this.memberLabel = memberLabel;
        this.totals = totals;
        this.columns = columns;
    }

    public String title() {
        return title;
    }

    public List<Column> columns() {
        return columns;
    }

    /** Whether the form ends with a TỔNG row. */
    public boolean hasTotals() {
        return totals;
    }

    public boolean has(SheetColumn kind) {
        return columns.stream().anyMatch(c -> c.kind() == kind);
    }

    /** The role as this form words it: the two forms call an ordinary member differently. */
    public String label(Role role) {
        return switch (role) {
            case LEADER -> "Tổ trưởng";
            case STANDING_DEPUTY -> "Tổ phó thường trực";
            case DEPUTY -> "Tổ phó";
            case MEMBER -> memberLabel;
        };
    }
}
