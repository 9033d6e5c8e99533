package vn.vanban.roster.spreadsheet;

/**
 * Keeps a CSV value from being taken for a formula (OWASP "CSV injection"): Excel and LibreOffice run a
 * field beginning with {@code = + - @}, a tab or a carriage return, so {@code =HYPERLINK(…)} typed as a
 * name would become a live link in the clerk's sheet. Such a value is written with an apostrophe in front,
 * which spreadsheets show as text. So is a value that already begins with an apostrophe: the import takes
 * one apostrophe off a field only where the exporter could have put it (before one of those characters or
 * before another apostrophe), and every value, "'Tổ 1" typed with its apostrophe too, comes back as it was.
 *
 * <p>An XLSX needs none of this: its cells are written as text, never as formulas.
 */
public final class FormulaGuard {

    private static final char PREFIX = '\'';
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private FormulaGuard() {
    }

    /** The value as a CSV field must hold it to be shown, and read back, as text. */
    public static String protect(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == PREFIX || FORMULA_STARTS.indexOf(first) >= 0 ? PREFIX + value : value;
    }

    /** The value {@link #protect} was given, for a field it wrote; any other field as it is. */
    static String unprotect(String field) {
        if (field.length() < 2 || field.charAt(0) != PREFIX) {
            return field;
        }
        char second = field.charAt(1);
        return second == PREFIX || FORMULA_STARTS.indexOf(second) >= 0 ? field.substring(1) : field;
    }
}
