package vn.vanban.web.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.vanban.reference.Commune;
import vn.vanban.security.Account;
import vn.vanban.security.Role;
import vn.vanban.text.Folding;

/**
 * One account as the table shows it: the role in words, its communes or province with their names, and
 * whether logins are refused after too many failures.
 *
 * @param scope one line per commune ("16177 – Xã Xuân Bình"), the province, or "Toàn hệ thống"
 */
public record AccountRow(String username, String role, String roleLabel, List<String> scope, boolean registrar,
                         boolean write, boolean enabled, Instant lockedUntil, Instant passwordChangedAt) {

    static AccountRow of(Account a, Map<String, Commune> communes, Map<String, String> provinces, Instant lockedUntil) {
        return new AccountRow(a.username(), a.role().code(), AdminLabels.role(a.role()), scope(a, communes, provinces),
                a.registrar(), a.write(), a.enabled(), lockedUntil, a.passwordChangedAt());
    }

    static List<String> scope(Account a, Map<String, Commune> communes, Map<String, String> provinces) {
        List<String> lines = new ArrayList<>();
        if (a.role() == Role.COMMUNE) {
            for (String code : a.communes()) {
                lines.add(communeLine(code, communes.get(code)));
            }
        } else if (a.role() == Role.PROVINCE) {
            lines.add(a.province() + " – " + provinces.getOrDefault(a.province(), "(không có trong danh mục)"));
        } else {
            lines.add("Toàn hệ thống");
        }
        return lines;
    }

    static String communeLine(String code, Commune commune) {
        return code + " – " + (commune == null ? "(không có trong danh mục)" : commune.fullName());
    }

    /**
     * Whether the row answers a search: every word typed appears in the name or the scope, without
     * regard to case or diacritics ("xuan binh" finds "Xã Xuân Bình", "16177" finds its accounts).
     */
    boolean matches(String search) {
        String q = Folding.ascii(search);
        if (q.isEmpty()) {
            return true;
        }
        String text = Folding.ascii(username + " " + String.join(" ", scope));
        for (String word : q.split(" ")) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
