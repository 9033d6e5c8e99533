package vn.vanban.memberlist;

import java.util.Objects;
import vn.vanban.roster.form.MemberListForm;
import vn.vanban.text.VietnameseText;

/**
 * What a member list looks like, apart from its rows.
 *
 * @param form       the 2022 edition (six columns, portrait) or the 2025 one (eight columns, landscape)
 * @param maskPhones print "0914994***" instead of the number
 * @param title      the tên loại line; null for the form's own
 * @param subtitle   the line under it, e.g. "Tỉnh Thanh Hóa" or "Phường Hạc Thành"; null for none
 */
public record MemberListRequest(MemberListForm form, boolean maskPhones, String title, String subtitle) {

    public MemberListRequest {
        Objects.requireNonNull(form, "form");
        title = title == null ? null : VietnameseText.nfc(title);
        subtitle = subtitle == null ? null : VietnameseText.nfc(subtitle);
    }

    /** @param edition "2022" or "2025", as the HTTP API's {@code layout} */
    public MemberListRequest(String edition, boolean maskPhones, String title, String subtitle) {
        this(MemberListForm.ofEdition(edition).orElseThrow(
                () -> new IllegalArgumentException("layout must be 2022 or 2025, not " + edition)), maskPhones, title, subtitle);
    }
}
