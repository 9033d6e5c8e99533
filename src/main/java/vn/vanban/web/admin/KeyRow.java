package vn.vanban.web.admin;

import java.time.Instant;
import java.util.Map;
import vn.vanban.reference.Commune;
import vn.vanban.security.ApiKey;

/**
 * One key as the table shows it: the scope in words with the place's name, and its state now.
 *
 * @param state "Đang dùng", "Đã thu hồi" or "Hết hạn"
 * @param badge the CSS badge of that state
 */
public record KeyRow(long id, String name, String prefix, String scope, boolean write, String createdBy, Instant createdAt,
                     Instant expiresAt, Instant lastUsedAt, Instant revokedAt, String state, String badge) {

    static KeyRow of(ApiKey k, Map<String, Commune> communes, Map<String, String> provinces, Instant now) {
        String state;
        String badge;
        if (k.revokedAt() != null) {
            state = "Đã thu hồi";
            badge = "dissolved";
        } else if (!k.usableAt(now)) {
            state = "Hết hạn";
            badge = "replaced";
        } else {
            state = "Đang dùng";
            badge = "established";
        }
        return new KeyRow(k.id(), k.name(), k.prefix(), scope(k.scope(), communes, provinces), k.write(), k.createdBy(),
                k.createdAt(), k.expiresAt(), k.lastUsedAt(), k.revokedAt(), state, badge);
    }

    /** "Chỉ tạo văn bản từ mẫu", "Xã: 16177 – Xã Xuân Bình", "Tỉnh: 38 – Tỉnh Thanh Hóa". */
    static String scope(String scope, Map<String, Commune> communes, Map<String, String> provinces) {
        if (scope.equals("render")) {
            return "Chỉ tạo văn bản từ mẫu";
        }
        String code = scope.substring(scope.indexOf(':') + 1);
        if (scope.startsWith("commune:")) {
            return "Xã: " + AccountRow.communeLine(code, communes.get(code));
        }
        return "Tỉnh: " + code + " – " + provinces.getOrDefault(code, "(không có trong danh mục)");
    }

    /** The commune code of a commune key, for reading all names of a page in one query. */
    static String communeOf(ApiKey k) {
        return k.scope().startsWith("commune:") ? k.scope().substring("commune:".length()) : null;
    }
}
