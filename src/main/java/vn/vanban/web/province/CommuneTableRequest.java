package vn.vanban.web.province;

import vn.vanban.web.TypedDates;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import vn.vanban.province.CommuneQuery;
import vn.vanban.province.CommuneState;

/**
 * What the province home page is asked for, as the query string carries it: the date of the figures
 * ({@code asOf}, yyyy-MM-dd as a date input sends it), the search text, a state, the column to sort by
 * and its direction. Anything unknown falls back to the default rather than failing: these are links
 * people share and edit by hand.
 */
public record CommuneTableRequest(String asOf, String q, String state, String sort, String dir) {

    /** The date asked for, or {@code today} when none or an unreadable one was given. */
    public LocalDate date(LocalDate today) {
        LocalDate parsed = parsedDate();
        return parsed == null ? today : parsed;
    }

    /** True when a date was given that is not one: the page says so next to the date field. */
    public boolean dateInvalid() {
        return asOf != null && !asOf.isBlank() && parsedDate() == null;
    }

    private LocalDate parsedDate() {
        return TypedDates.parse(asOf);
    }

    CommuneQuery query() {
        return new CommuneQuery(q, stateOrNull(), sortOrDefault(), "desc".equals(dir));
    }

    public CommuneState stateOrNull() {
        return enumOrNull(CommuneState.class, state);
    }

    public CommuneQuery.Sort sortOrDefault() {
        CommuneQuery.Sort s = enumOrNull(CommuneQuery.Sort.class, sort);
        return s == null ? CommuneQuery.Sort.NAME : s;
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The address of this page ordered by {@code column}: the same filters, and the direction flipped when
     * it is already the column in use (a second click reverses it), ascending otherwise.
     */
    String sortLink(String base, String column) {
        boolean current = sortOrDefault().name().equalsIgnoreCase(column);
        boolean descending = current && !"desc".equals(dir);
        StringBuilder link = new StringBuilder(base).append("?sort=").append(column.toLowerCase(Locale.ROOT));
        if (descending) {
            link.append("&dir=desc");
        }
        append(link, "asOf", asOf);
        append(link, "q", q);
        append(link, "state", state);
        return link.toString();
    }

    private static void append(StringBuilder link, String name, String value) {
        if (value != null && !value.isBlank()) {
            link.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
