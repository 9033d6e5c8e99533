package vn.vanban.roster.spreadsheet;

/**
 * What a column of the member list holds, whichever form it comes from. The reader recognises a
 * column by its heading folded to bare ASCII letters, so "Tên Phường\xã", "TÊN XÃ, PHƯỜNG" and
 * "Tên xã/phường/thị trấn" all land on {@link #COMMUNE}.
 */
public enum SheetColumn {
    NUMBER, COMMUNE, TEAM, DECISION, NAME, ROLE, PHONE, NOTE;

    /** The column a heading names, or null; {@code folded} comes from {@link Folding#heading}. */
    static SheetColumn ofHeading(String folded) {
        if (folded == null || folded.isEmpty()) {
            return null;
        }
        if (folded.equals("tt") || folded.equals("stt") || folded.equals("sott")) {
            return NUMBER;
        }
        if (folded.startsWith("tenxa") || folded.startsWith("tenphuong") || folded.startsWith("tendonvi")
                || folded.startsWith("tendackhu")) {
            return COMMUNE;
        }
        if (folded.startsWith("tento")) {
            return TEAM;
        }
        if (folded.startsWith("soquyetdinh") || folded.startsWith("quyetdinh")) {
            return DECISION;
        }
        if (folded.startsWith("hoten") || folded.startsWith("hovaten")) {
            return NAME;
        }
        if (folded.startsWith("chucvu") || folded.startsWith("vaitro")) {
            return ROLE;
        }
        if (folded.contains("dienthoai") || folded.equals("sdt")) {
            return PHONE;
        }
        if (folded.startsWith("ghichu")) {
            return NOTE;
        }
        return null;
    }
}
