package vn.vanban.roster.spreadsheet;

import vn.vanban.roster.form.ColumnKind;

/**
 * Which column of the member-list form a heading names, whichever edition or retyped copy of the form
 * it comes from. A heading is compared folded to bare ASCII letters, so "Tên Phường\xã",
 * "TÊN XÃ, PHƯỜNG" and "Tên xã/phường/thị trấn" all name {@link ColumnKind#COMMUNE}.
 */
final class ColumnHeadings {

    private ColumnHeadings() {
    }

    /** The column a heading names, or null; {@code folded} comes from {@link Folding#heading}. */
    static ColumnKind kindOf(String folded) {
        if (folded == null || folded.isEmpty()) {
            return null;
        }
        if (folded.equals("tt") || folded.equals("stt") || folded.equals("sott")) {
            return ColumnKind.NUMBER;
        }
        if (folded.startsWith("tenxa") || folded.startsWith("tenphuong") || folded.startsWith("tendonvi")
                || folded.startsWith("tendackhu")) {
            return ColumnKind.COMMUNE;
        }
        if (folded.startsWith("tento")) {
            return ColumnKind.TEAM;
        }
        if (folded.startsWith("soquyetdinh") || folded.startsWith("quyetdinh")) {
            return ColumnKind.DECISION;
        }
        if (folded.startsWith("hoten") || folded.startsWith("hovaten")) {
            return ColumnKind.NAME;
        }
        if (folded.startsWith("chucvu") || folded.startsWith("vaitro")) {
            return ColumnKind.ROLE;
        }
        if (folded.contains("dienthoai") || folded.equals("sdt")) {
            return ColumnKind.PHONE;
        }
        if (folded.startsWith("ghichu")) {
            return ColumnKind.NOTE;
        }
        return null;
    }
}
