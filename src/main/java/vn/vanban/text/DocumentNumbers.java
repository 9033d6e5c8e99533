package vn.vanban.text;

/** Số and ký hiệu of a document: "Số: 05/QĐ-UBND", or a blank number on a draft. */
public final class DocumentNumbers {

    private static final String DRAFT_BLANK = "\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0";

    private DocumentNumbers() {
    }

    /** Numbers below 10 take a leading zero (01 … 09). */
    public static String pad(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("Số văn bản phải lớn hơn 0: " + number);
        }
        return number < 10 ? "0" + number : Integer.toString(number);
    }

    /**
     * The ký hiệu with the spaces some offices type around the dash removed ("SKHCN - CĐS" becomes
     * "SKHCN-CĐS"), in capitals.
     */
    public static String symbol(String symbol) {
        if (symbol == null || symbol.isBlank()) {
            return "";
        }
        return VietnameseText.upper(symbol.strip().replaceAll("\\s*-\\s*", "-").replaceAll("\\s*/\\s*", "/"));
    }

    /** "05/QĐ-UBND" for a registered document, "      /QĐ-UBND" for a draft. */
    public static String numberAndSymbol(Integer number, String symbol) {
        String n = number == null ? DRAFT_BLANK : pad(number);
        String s = symbol(symbol);
        return s.isEmpty() ? n : n + "/" + s;
    }

    /** The header line "Số: 05/QĐ-UBND". */
    public static String numberLine(Integer number, String symbol) {
        return "Số: " + numberAndSymbol(number, symbol);
    }
}
