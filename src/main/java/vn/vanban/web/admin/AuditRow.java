package vn.vanban.web.admin;

import java.time.Instant;
import java.util.Map;
import vn.vanban.audit.AuditEvent;
import vn.vanban.reference.Commune;

/**
 * One event of the trail as the table shows it: the action in words (its code kept for the filter),
 * who in words, the place with its name, and the detail as the compact JSON it is stored as.
 */
public record AuditRow(long id, Instant at, String actor, String actorKind, String address, String action, String actionLabel,
                       String place, String target, String detail) {

    static AuditRow of(AuditEvent e, Map<String, Commune> communes, Map<String, String> provinces) {
        String place = "";
        if (e.commune() != null) {
            place = AccountRow.communeLine(e.commune(), communes.get(e.commune()));
        } else if (e.province() != null) {
            place = e.province() + " – " + provinces.getOrDefault(e.province(), "");
        }
        return new AuditRow(e.id(), e.at(), e.actor(), kind(e.actorKind()), e.clientAddress() == null ? "" : e.clientAddress(),
                e.action(), AdminLabels.action(e.action()), place, e.targetId() == null ? "" : e.targetId(),
                e.detail() == null ? "" : e.detail().toString());
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
