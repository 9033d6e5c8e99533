package vn.vanban.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.vanban.text.VietnameseText;

/**
 * How the pages write dates, times and numbers, as {@code fmt} in every view: dates {@code dd/MM/yyyy},
 * times in Vietnam's zone, numbers with the Vietnamese grouping ({@code 1.234}).
 */
public final class WebFormats {

    /** The pages' zone: the people reading them are in Vietnam, wherever the server runs. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    public String date(LocalDate date) {
        return TypedDates.shown(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(VIETNAM));
    }

    public String number(Number n) {
        return n == null ? "" : NumberFormat.getIntegerInstance(VietnameseText.VIETNAMESE).format(n);
    }

    /** "45 %" of a share, whole percent, rounded down so that 99.6 % never reads as done. */
    public String percent(long part, long whole) {
        return whole <= 0 ? "0 %" : (part * 100 / whole) + " %";
    }

    public LocalDate today() {
        return LocalDate.now(VIETNAM);
    }
}
