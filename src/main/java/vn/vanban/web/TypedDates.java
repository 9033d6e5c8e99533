package vn.vanban.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Dates in the pages' fields. People type them as they write them, {@code dd/MM/yyyy} ("05/8/2025" too);
 * links and the API's values carry {@code yyyy-MM-dd}. A browser's date picker shows the browser's own
 * order (a US-English Chromium shows 11/30/2026), so the pages use text fields and this one reading.
 */
public final class TypedDates {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private TypedDates() {
    }

    /** The day typed either way, or null when nothing or no day was typed. */
    public static LocalDate parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String v = typed.strip();
        try {
            return v.contains("/") ? LocalDate.parse(v, TYPED) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** {@code dd/MM/yyyy}, as the pages show a day and as a field shows it again. */
    public static String shown(LocalDate day) {
        return day == null ? "" : SHOWN.format(day);
    }

    /** A typed day as the field shows it again: {@code dd/MM/yyyy}, or what was typed when it is no day. */
    public static String shownAgain(String typed) {
        LocalDate day = parse(typed);
        return day != null ? shown(day) : typed == null ? "" : typed;
    }

    /** A typed day as the services take it ({@code yyyy-MM-dd}), or the text unchanged, so that they say why it is none. */
    public static String iso(String typed) {
        LocalDate day = parse(typed);
        return day != null ? day.toString() : typed;
    }
}
