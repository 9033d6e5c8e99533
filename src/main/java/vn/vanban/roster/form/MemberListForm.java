package vn.vanban.roster.form;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban.text.VietnameseText;
import java.util.List;
import java.util.Optional;
import vn.vanban.roster.Role;

/**
 * The member-list form (Mẫu 2) in its two editions, defined once: the documents, the spreadsheets and
 * the import all print or recognise these headings, widths and labels.
 */
public enum MemberListForm {

    /** Trà Vinh 2022, Mẫu 2: six columns, portrait; the phone must be registered with Zalo. */
    FORM_2022("2022", "DANH SÁCH VÀ THÔNG TIN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG", false, "UBND ", "Tổ viên", List.of(
            new FormColumn(ColumnKind.NUMBER, "TT", 5),
            new FormColumn(ColumnKind.COMMUNE, "Tên xã, phường", 19),
            new FormColumn(ColumnKind.TEAM, "Tên Tổ công nghệ số cộng đồng", 22),
            new FormColumn(ColumnKind.NAME, "Họ tên", 22),
            new FormColumn(ColumnKind.ROLE, "Chức vụ", 13),
            new FormColumn(ColumnKind.PHONE, "Điện thoại di động (đã đăng ký Zalo)", 19))),

    /**
     * Thanh Hóa 2025: eight columns with the founding decision and a note, landscape, a TỔNG row. The
     * note is the one free-text column, so it is the widest, as in the seed's table: a
     * 200-character note takes about ten lines, not twenty.
     */
    FORM_2025("2025", "DANH SÁCH TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG", true, "", "Thành viên", List.of(
            new FormColumn(ColumnKind.NUMBER, "TT", 4),
            new FormColumn(ColumnKind.COMMUNE, "Tên phường, xã", 10),
            new FormColumn(ColumnKind.TEAM, "Tên Tổ", 9),
            new FormColumn(ColumnKind.DECISION, "Số Quyết định", 11),
            new FormColumn(ColumnKind.NAME, "Họ tên thành viên", 16),
            new FormColumn(ColumnKind.ROLE, "Chức vụ trong tổ", 10),
            new FormColumn(ColumnKind.PHONE, "Số điện thoại liên hệ", 11),
            new FormColumn(ColumnKind.NOTE, "Ghi chú", 17)));

    /** The label of the row that closes the list. */
    public static final String TOTAL = "TỔNG";
    /** The label of the row under each commune of a list of several. */
    public static final String SUBTOTAL = "Cộng";
    /** What the counts of a Cộng or TỔNG row count: "3 tổ", "12 thành viên". */
    public static final String TEAM_UNIT = "tổ";
    public static final String MEMBER_UNIT = "thành viên";

    private final String edition;
    private final String title;
    private final boolean landscape;
    private final String communePrefix;
    private final String memberLabel;
    private final List<FormColumn> columns;

    MemberListForm(String edition, String title, boolean landscape, String communePrefix, String memberLabel,
                   List<FormColumn> columns) {
        this.edition = edition;
        this.title = title;
        this.landscape = landscape;
        this.communePrefix = communePrefix;
        this.memberLabel = memberLabel;
        this.columns = columns;
    }

    /** "2022" or "2025", as the HTTP API's {@code layout} parameter and the template data name it. */
    public String edition() {
        return edition;
    }

    public static Optional<MemberListForm> ofEdition(String edition) {
        for (MemberListForm form : values()) {
            if (form.edition.equals(edition)) {
                return Optional.of(form);
            }
        }
        return Optional.empty();
    }

    /** The tên loại line. */
    public String title() {
        return title;
    }

    /** The eight columns of 2025 only fit across an A4 page turned sideways. */
    public boolean landscape() {
        return landscape;
    }

    /** Whether every list ends with a TỔNG row (2025); in 2022 only a list of several communes has one. */
    public boolean alwaysTotalled() {
        return this == FORM_2025;
    }

    public List<FormColumn> columns() {
        return columns;
    }

    public boolean has(ColumnKind kind) {
        return columns.stream().anyMatch(c -> c.kind() == kind);
    }

    /**
     * Trà Vinh's form names the committee, Thanh Hóa's the unit ("Phường Hạc Thành"). After "UBND" the unit's
     * type is a common noun inside a name and takes a small letter, as the seed writes "UBND phường 1".
     */
    public String communeCell(String communeName) {
        if (communePrefix.isEmpty() || communeName == null) {
            return communePrefix + (communeName == null ? "" : communeName);
        }
        Matcher type = UNIT_TYPE.matcher(communeName);
        return communePrefix + (type.find()
                ? type.group().toLowerCase(VietnameseText.VIETNAMESE) + communeName.substring(type.end())
                : communeName);
    }

    private static final Pattern UNIT_TYPE = Pattern.compile("^(Xã|Phường|Đặc khu|Thị trấn)(?= )");

    /** What the commune cell puts before the commune's name. */
    public String communePrefix() {
        return communePrefix;
    }

    /** The role as this edition words it: a plain member is a Tổ viên in 2022 and a Thành viên in 2025. */
    public String label(Role role) {
        return switch (role) {
            case LEADER -> "Tổ trưởng";
            case STANDING_DEPUTY -> "Tổ phó thường trực";
            case DEPUTY -> "Tổ phó";
            case MEMBER -> memberLabel;
        };
    }

    /** The team column of a Cộng or TỔNG row: "3 tổ". */
    public static String teams(long count) {
        return count + " " + TEAM_UNIT;
    }

    /** The name column of a Cộng or TỔNG row: "12 thành viên". */
    public static String members(long count) {
        return count + " " + MEMBER_UNIT;
    }
}
