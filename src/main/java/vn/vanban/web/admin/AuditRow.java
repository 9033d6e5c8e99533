package vn.vanban.web.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import vn.vanban.audit.AuditEvent;
import vn.vanban.reference.Commune;

/**
 * One event of the trail as the table shows it: the action and the detail in words (the action's code
 * kept, for those who filter the API by it), who, and the place with its name.
 *
 * @param details the stored JSON detail, one labelled line per field
 */
public record AuditRow(long id, Instant at, String actor, String actorKind, String address, String action, String actionLabel,
                       String place, String target, List<Detail> details) {

    /** A field of the detail: its Vietnamese label and its value in words. */
    public record Detail(String label, String value) {
    }

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("name", "Tên"), Map.entry("prefix", "Tiền tố"), Map.entry("scope", "Phạm vi"),
            Map.entry("write", "Được ghi"), Map.entry("role", "Vai trò"), Map.entry("communes", "Xã"),
            Map.entry("province", "Tỉnh"), Map.entry("registrar", "Văn thư"), Map.entry("enabled", "Cho phép đăng nhập"),
            Map.entry("passwordReset", "Đặt lại mật khẩu"), Map.entry("versionBefore", "Phiên bản trước"),
            Map.entry("versionAfter", "Phiên bản sau"), Map.entry("request", "Yêu cầu"), Map.entry("number", "Số"),
            Map.entry("date", "Ngày"), Map.entry("subject", "Trích yếu"), Map.entry("template", "Mẫu"),
            Map.entry("truncated", "Rút gọn"));

    static AuditRow of(AuditEvent e, Map<String, Commune> communes, Map<String, String> provinces) {
        String place = "";
        if (e.commune() != null) {
            place = AccountRow.communeLine(e.commune(), communes.get(e.commune()));
        } else if (e.province() != null) {
            place = e.province() + " – " + provinces.getOrDefault(e.province(), "");
        }
        return new AuditRow(e.id(), e.at(), e.actor(), kind(e.actorKind()), e.clientAddress() == null ? "" : e.clientAddress(),
                e.action(), AdminLabels.action(e.action()), place, target(e.action(), e.targetId()), details(e.detail()));
    }

    /** What the target id is, where the action says it: a key or a decision is known by its number here. */
    static String target(String action, String targetId) {
        if (targetId == null) {
            return "";
        }
        if (action.startsWith("key.")) {
            return "Khóa #" + targetId;
        }
        if (action.startsWith("decision.")) {
            return "Quyết định #" + targetId;
        }
        return targetId;
    }

    static List<Detail> details(JsonNode detail) {
        List<Detail> lines = new ArrayList<>();
        if (detail == null || !detail.isObject()) {
            if (detail != null && !detail.isNull()) {
                lines.add(new Detail("Chi tiết", detail.toString()));
            }
            return lines;
        }
        for (Map.Entry<String, JsonNode> field : detail.properties()) {
            lines.add(new Detail(LABELS.getOrDefault(field.getKey(), field.getKey()), value(field.getKey(), field.getValue())));
        }
        return lines;
    }

    private static String value(String key, JsonNode v) {
        if (v == null || v.isNull()) {
            return "—";
        }
        if (v.isBoolean()) {
            return v.asBoolean() ? "Có" : "Không";
        }
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            v.forEach(item -> items.add(value(key, item)));
            return items.isEmpty() ? "—" : String.join(", ", items);
        }
        if (v.isString()) {
            String s = v.asString();
            if (key.equals("role")) {
                return AdminLabels.ROLES.getOrDefault(s, s);
            }
            if (key.equals("scope")) {
                return s.equals("render") ? "Chỉ tạo văn bản từ mẫu"
                        : s.replaceFirst("^commune:", "Xã ").replaceFirst("^province:", "Tỉnh ");
            }
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                try {
                    return SHOWN.format(LocalDate.parse(s));
                } catch (DateTimeParseException e) {
                    return s;
                }
            }
            return s;
        }
        return v.isNumber() ? v.asString() : v.toString();
    }

    static String kind(String actorKind) {
        if (actorKind == null) {
            return "";
        }
        return switch (actorKind) {
            case "user" -> "Tài khoản";
            case "key" -> "Khóa truy cập";
            case "system" -> "Hệ thống";
            case "anonymous" -> "Chưa đăng nhập";
            default -> actorKind;
        };
    }
}
