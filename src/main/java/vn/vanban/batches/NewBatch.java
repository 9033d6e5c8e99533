package vn.vanban.batches;

/**
 * A batch request.
 *
 * @param province the province code ("51")
 * @param kind     what to make per commune
 * @param format   "pdf" or "docx"
 * @param layout   member lists: "2022" or "2025" (default)
 * @param mask     member lists: print phones masked
 */
public record NewBatch(String province, BatchKind kind, String format, String layout, boolean mask) {
}
