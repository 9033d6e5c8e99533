package vn.vanban.web.admin;

import vn.vanban.web.TypedDates;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vanban.audit.AuditTrail;
import vn.vanban.web.WebFormats;

/**
 * The filters of the audit page, as the query string carries them. Dates are whole days in Vietnam:
 * "to 05/08/2025" takes in all of that day, as a reader means it.
 *
 * @param from a day as typed, {@code dd/MM/yyyy} (or {@code yyyy-MM-dd}, as a link or a date field sends it)
 * @param page from 1, as the page links show it
 */
public record AuditFilter(String commune, String province, String actor, String action, String from, String to, Integer page) {

    static final int PAGE_SIZE = 50;

    /** A link of the pager: its label, its address, whether it is the page shown. */
    public record PageLink(String label, String href, boolean current) {
    }

    /** Problems with the dates typed, by field; a filter that cannot be read is left out rather than guessed. */
    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (day(from) == null && has(from)) {
            errors.put("from", "Ngày không hợp lệ; nhập dạng ngày/tháng/năm, ví dụ 01/08/2025");
        }
        if (day(to) == null && has(to)) {
            errors.put("to", "Ngày không hợp lệ; nhập dạng ngày/tháng/năm, ví dụ 31/08/2025");
        }
        return errors;
    }

    int pageNumber() {
        return page == null || page < 1 ? 1 : page;
    }

    AuditTrail.Query query() {
        LocalDate f = day(from);
        LocalDate t = day(to);
        Instant fromInstant = f == null ? null : f.atStartOfDay(WebFormats.VIETNAM).toInstant();
        Instant toInstant = t == null ? null : t.plusDays(1).atStartOfDay(WebFormats.VIETNAM).toInstant();
        return new AuditTrail.Query(clean(commune), clean(province), clean(actor), clean(action), fromInstant, toInstant,
                pageNumber() - 1, PAGE_SIZE);
    }

    /** A day typed either way as the field shows it again ({@code dd/MM/yyyy}), or what was typed if it is no day. */
    String fromValue() {
        return dateValue(from);
    }

    String toValue() {
        return dateValue(to);
    }

    /**
     * The pager: first, previous, up to two pages either side of this one, next, last; every link keeps
     * the filters. Nothing when everything fits on one page.
     */
    List<PageLink> pager(long total) {
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(pageNumber(), pages);
        List<PageLink> links = new ArrayList<>();
        if (pages == 1) {
            return links;
        }
        if (current > 1) {
            links.add(new PageLink("« Trang trước", href(current - 1), false));
        }
        int first = Math.max(1, current - 2);
        int last = Math.min(pages, current + 2);
        if (first > 1) {
            links.add(new PageLink("1", href(1), false));
            if (first > 2) {
                links.add(new PageLink("…", null, false));
            }
        }
        for (int p = first; p <= last; p++) {
            links.add(new PageLink(String.valueOf(p), href(p), p == current));
        }
        if (last < pages) {
            if (last < pages - 1) {
                links.add(new PageLink("…", null, false));
            }
            links.add(new PageLink(String.valueOf(pages), href(pages), false));
        }
        if (current < pages) {
            links.add(new PageLink("Trang sau »", href(current + 1), false));
        }
        return links;
    }

    /** This page's address with another page number, the filters kept and the empty ones left out. */
    String href(int p) {
        StringBuilder q = new StringBuilder("/admin/audit?");
        param(q, "commune", commune);
        param(q, "province", province);
        param(q, "actor", actor);
        param(q, "action", action);
        param(q, "from", from);
        param(q, "to", to);
        q.append("page=").append(p);
        return q.toString();
    }

    private static void param(StringBuilder q, String name, String value) {
        if (has(value)) {
            q.append(name).append('=').append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8)).append('&');
        }
    }

    private static String dateValue(String s) {
        LocalDate d = day(s);
        return d != null ? TypedDates.shown(d) : s == null ? "" : s;
    }

    static LocalDate day(String s) {
        if (!has(s)) {
            return null;
        }
        return TypedDates.parse(s);
    }

    private static boolean has(String s) {
        return s != null && !s.isBlank();
    }

    private static String clean(String s) {
        return has(s) ? s.strip() : null;
    }
}
