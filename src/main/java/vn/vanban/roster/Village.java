package vn.vanban.roster;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A village-level unit of a commune (thôn, ấp, khu phố, tổ dân phố, bản, …). There is no national
 * code at this level, so the roster gives each one a key of its own.
 *
 * @param key        stable within the commune ("ap-giao-hoa-a"); teams refer to it
 * @param kind       "thôn", "ấp", "khu phố" …
 * @param name       "Giao Hòa A", "Thôn 1", "KP1" (as the commune writes it)
 * @param active     false for a unit merged away or removed, kept for history (and for its team's dissolution)
 * @param mergedInto the key of the village this one was merged into (2025 mergers), null when it was removed
 *                   outright or still exists; only an inactive village has one
 */
@Table
public record Village(@Column("ref") String key, String kind, String name, boolean active, String mergedInto) {

    public Village(String key, String kind, String name, boolean active) {
        this(key, kind, name, active, null);
    }

    /** No longer a unit of the commune: merged into another or removed. */
    public boolean ended() {
        return !active;
    }
}
