package vn.vanban.text;

import java.time.LocalDate;

/**
 * Dates as Nghị định 30 writes them: the day below 10 and the months 1 and 2 take a leading zero
 * (so that nobody can add a digit by hand later); months 3 to 12 never do.
 */
public final class VietnameseDates {

    /** Width of a blank left for the records clerk to fill in by hand. */
    static final String BLANK = "\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0";

    private VietnameseDates() {
    }

    public static String day(int day) {
        return day < 10 ? "0" + day : Integer.toString(day);
    }

    public static String month(int month) {
        return month < 3 ? "0" + month : Integer.toString(month);
    }

    /** "ngày 05 tháng 3 năm 2022". */
    public static String longDate(LocalDate date) {
        return "ngày " + day(date.getDayOfMonth()) + " tháng " + month(date.getMonthValue()) + " năm " + date.getYear();
    }

    /**
     * The place-and-date line of the header: "Cẩm Thành, ngày 05 tháng 3 năm 2025", or for a draft
     * "Cẩm Thành, ngày      tháng      năm 2025" with the year taken from the data.
     */
    public static String placeAndDate(String place, LocalDate date, Integer draftYear) {
        String when;
        if (date != null) {
            when = longDate(date);
        } else {
            String year = draftYear == null ? BLANK : Integer.toString(draftYear);
            when = "ngày" + BLANK + "tháng" + BLANK + "năm " + year;
        }
        return place == null || place.isBlank() ? capitalize(when) : place.strip() + ", " + when;
    }

    /**
     * The short form of running text, lists and letters, padded as the long form and as the seeds write
     * it: "05/3/2022", "01/8/2025", "10/7/2025", "03/02/2026".
     */
    public static String shortDate(LocalDate date) {
        return day(date.getDayOfMonth()) + "/" + month(date.getMonthValue()) + "/" + date.getYear();
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
