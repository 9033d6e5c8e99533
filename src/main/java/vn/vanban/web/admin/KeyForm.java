package vn.vanban.web.admin;

import vn.vanban.web.TypedDates;
import java.time.Instant;
import java.time.LocalDate;
import vn.vanban.security.InvalidAccountException;
import vn.vanban.web.WebFormats;

/**
 * What the key form posts: a scope chosen in two fields (what kind, which code) instead of the API's
 * {@code commune:16177}, which nobody outside the programmers would type right.
 *
 * @param scopeKind {@code render}, {@code commune} or {@code province}
 * @param expires   the last day the key works, {@code yyyy-MM-dd} (a date field) or {@code dd/MM/yyyy} (typed); empty: never expires
 */
public record KeyForm(String name, String scopeKind, String scopeCode, Boolean write, String expires) {


    static KeyForm blank() {
        return new KeyForm("", "commune", "", false, "");
    }

    /** The API's scope; a code of the wrong shape is refused here, in words about the code field. */
    String scope() {
        String kind = scopeKind == null ? "" : scopeKind.strip();
        String code = scopeCode == null ? "" : scopeCode.strip();
        return switch (kind) {
            case "render" -> "render";
            case "commune" -> {
                if (!code.matches("\\d{5}")) {
                    throw new InvalidAccountException("/scope", "Nhập mã xã gồm 5 chữ số, ví dụ 16177");
                }
                yield "commune:" + code;
            }
            case "province" -> {
                if (!code.matches("\\d{2}")) {
                    throw new InvalidAccountException("/scope", "Nhập mã tỉnh gồm 2 chữ số, ví dụ 38");
                }
                yield "province:" + code;
            }
            default -> throw new InvalidAccountException("/scopeKind", "Chọn phạm vi của khóa");
        };
    }

    /**
     * The instant the key stops working: the end of the day chosen, in Vietnam, since "đến ngày 31/12"
     * means the whole of that day to the person who typed it.
     */
    Instant expiresAt() {
        if (expires == null || expires.isBlank()) {
            return null;
        }
        LocalDate day = TypedDates.parse(expires);
        if (day == null) {
            throw new InvalidAccountException("/expiresAt", "Ngày hết hạn phải là một ngày, dạng ngày/tháng/năm (31/12/2026)");
        }
        return day.plusDays(1).atStartOfDay(WebFormats.VIETNAM).toInstant();
    }
}
