package vn.vanban.roster;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A village-level unit of a commune (thôn, ấp, khóm, khu phố, tổ dân phố, bản, …). There is no national
 * code at this level, so the roster gives each one a key of its own.
 *
 * @param key    stable within the commune ("ap-giao-hoa-a"); teams refer to it
 * @param kind   "thôn", "ấp", "khu phố" …
 * @param name   "Giao Hòa A", "Thôn 1", "KP1" (as the commune writes it)
 * @param active false for a unit merged away but kept for history
 */
@Table
public record Village(@Column("ref") String key, String kind, String name, boolean active) {
}
