package vn.vanban.roster;

import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A seat in a team. It may stand for a position with nobody named (the Cẩm Thành decision lists
 * "Trưởng Công an phường", not a person), so the person is optional.
 *
 * @param key          stable within the commune
 * @param role         leader, standing deputy, deputy or member
 * @param invited      printed under "Mời" (mass organisations, which a commune invites but does not appoint)
 * @param group        one entry standing for a group ("Các đồng chí là Tổ trưởng … tại các tổ dân phố")
 * @param position     the position text printed after the name ("Trưởng ấp")
 * @param organisation Công an, Đoàn TN, Hội LHPN, MTTQ, a school …
 * @param person       who holds the seat, or null for a position-only seat
 */
@Table
public record Membership(
        @Column("ref") String key,
        Role role,
        boolean invited,
        @Column("group_entry") boolean group,
        @Column("position_text") String position,
        String organisation,
        @Embedded.Nullable Person person) {
}
