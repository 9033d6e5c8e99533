package vn.vanban.province;

/**
 * Where a commune stands, as the province follows it, in the order of progress: no roster stored; a
 * roster; a draft decision waiting for the records clerk; its commune team's founding decision in the
 * register (the one the province's figures count).
 */
public enum CommuneState {
    NONE("Chưa có danh sách"),
    ROSTER("Đã có danh sách"),
    DRAFT("Có dự thảo quyết định"),
    DECIDED("Đã ban hành quyết định");

    private final String label;

    CommuneState(String label) {
        this.label = label;
    }

    /** What the pages print. */
    public String label() {
        return label;
    }

    /** "none", "draft" …: the spelling of URLs and style classes. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
