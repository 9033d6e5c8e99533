package vn.vanban.document;

import java.util.List;

/**
 * The header table of page 1. Left: parent body, issuing body (with its rule), Số, and for a công văn
 * the V/v line. Right: Quốc hiệu, Tiêu ngữ (with its rule), place and date. A null or empty part is
 * not printed.
 */
public record Header(List<String> parentLines, List<String> issuerLines, String numberLine,
                     List<String> letterSubjectLines, String placeDate) {

    public static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    public Header {
        parentLines = List.copyOf(parentLines);
        issuerLines = List.copyOf(issuerLines);
        letterSubjectLines = List.copyOf(letterSubjectLines);
    }
}
