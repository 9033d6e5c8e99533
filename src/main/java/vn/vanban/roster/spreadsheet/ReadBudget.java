package vn.vanban.roster.spreadsheet;

import vn.vanban.limits.SpreadsheetLimits;

/**
 * The work one import may still do, counted as the file is read: cells, characters and inflated bytes.
 * Each count fails as soon as it passes its limit, so that a hostile file costs at most what the limits
 * allow, in time and in heap, whatever it holds further on. One budget per file read, not shared.
 */
final class ReadBudget {

    private static final String PREFIX = "vanban.limits.spreadsheet.";

    private final SpreadsheetLimits limits;
    private long cells;
    private long chars;
    private long inflated;

    ReadBudget(SpreadsheetLimits limits) {
        this.limits = limits;
    }

    SpreadsheetLimits limits() {
        return limits;
    }

    /** One more cell (or shared string), empty or not. */
    void cell() {
        if (++cells > limits.maxCells()) {
            throw new SpreadsheetTooLargeException(PREFIX + "max-cells", limits.maxCells(), "Tệp có hơn "
                    + limits.maxCells() + " ô (kể cả ô trống đã định dạng); một danh sách tổ không cần nhiều như vậy. "
                    + "Hãy chỉ giữ bảng danh sách rồi gửi lại");
        }
    }

    /** The length of one cell's text so far, checked against the per-cell limit. */
    void cellLength(long length, int row) {
        if (length > limits.maxCellChars()) {
            throw new SpreadsheetTooLargeException(PREFIX + "max-cell-chars", limits.maxCellChars(),
                    (row > 0 ? "Dòng " + row + ": một ô" : "Một ô") + " có hơn " + limits.maxCellChars()
                            + " ký tự (có thể do một dấu ngoặc kép không được đóng); không ô nào của danh sách dài như vậy");
        }
    }

    /** Characters that decoding will work on: a shared string once per cell that shows it. */
    void chars(long n) {
        chars += n;
        if (chars > limits.maxTotalChars()) {
            throw new SpreadsheetTooLargeException(PREFIX + "max-total-chars", limits.maxTotalChars(), "Các ô của tệp có hơn "
                    + limits.maxTotalChars() + " ký tự; một danh sách tổ không dài như vậy");
        }
    }

    /** Bytes inflated from the zip: {@code partSoFar} of the part being read, {@code n} new ones. */
    void inflated(long partSoFar, long n) {
        if (partSoFar > limits.maxPartBytes()) {
            throw new SpreadsheetTooLargeException(PREFIX + "max-part-bytes", limits.maxPartBytes(), "Một phần của tệp XLSX "
                    + "giải nén ra hơn " + limits.maxPartBytes() + " byte; đây không phải một danh sách bình thường");
        }
        inflated += n;
        if (inflated > limits.maxInflatedBytes()) {
            throw new SpreadsheetTooLargeException(PREFIX + "max-inflated-bytes", limits.maxInflatedBytes(), "Tệp XLSX "
                    + "giải nén ra hơn " + limits.maxInflatedBytes() + " byte; đây không phải một danh sách bình thường");
        }
    }

    /** The number of zip entries, or of relationships in one part. */
    void parts(long count) {
        if (count > limits.maxParts()) {
            throw new SpreadsheetTooLargeException(PREFIX + "max-parts", limits.maxParts(), "Tệp XLSX có hơn "
                    + limits.maxParts() + " phần; một danh sách tổ chỉ cần vài phần");
        }
    }

    /** The depth of the XML element being opened. */
    void depth(int depth) {
        if (depth > limits.maxXmlDepth()) {
            throw new SpreadsheetTooLargeException(PREFIX + "max-xml-depth", limits.maxXmlDepth(), "Tệp XLSX lồng các thẻ XML "
                    + "sâu hơn " + limits.maxXmlDepth() + " mức; bảng tính bình thường không như vậy");
        }
    }

    /** The number of fields in one CSV record. */
    void fields(int count, int row) {
        if (count > limits.maxFields()) {
            throw new SpreadsheetTooLargeException(PREFIX + "max-fields", limits.maxFields(), "Dòng " + row + " có hơn "
                    + limits.maxFields() + " cột; mẫu danh sách chỉ có tám cột");
        }
    }
}
