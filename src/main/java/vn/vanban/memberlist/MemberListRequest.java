package vn.vanban.memberlist;

import java.util.Set;
import vn.vanban.text.VietnameseText;

/**
 * What a streamed member list looks like, apart from its rows.
 *
 * @param layout     "2022" (six columns, portrait) or "2025" (eight columns, landscape), as the
 *                   member-list template
 * @param maskPhones print "0914994***" instead of the number
 * @param title      the tên loại line; null for the template's own
 * @param subtitle   the line under it, e.g. "Tỉnh Thanh Hóa"; null for none
 */
public record MemberListRequest(String layout, boolean maskPhones, String title, String subtitle) {

    private static final Set<String> LAYOUTS = Set.of("2022", "2025");

    public MemberListRequest {
        if (!LAYOUTS.contains(layout)) {
            throw new IllegalArgumentException("layout must be 2022 or 2025, not " + layout);
        }
        title = title == null ? null : VietnameseText.nfc(title);
        subtitle = subtitle == null ? null : VietnameseText.nfc(subtitle);
    }

    boolean modern() {
        return "2025".equals(layout);
    }
}
