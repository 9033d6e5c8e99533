package vn.vanban.roster;

import java.util.List;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A Tổ công nghệ số cộng đồng: the commune team or the team of one village.
 *
 * @param key        stable within the commune; decisions refer to teams by it
 * @param level      COMMUNE or VILLAGE
 * @param name       official name, "Tổ công nghệ số cộng đồng ấp Giao Hòa A"
 * @param shortName  the short name a decision introduces ("Tổ công nghệ số phường"), may be null
 * @param villageKey the village served (null for the commune team)
 * @param status     proposed, established, reconstituted or dissolved
 * @param zaloGroup  the Zalo group's name or link
 * @param note       free text
 * @param decisionId the registered decision that founded the team; set by registration, never by a PUT
 * @param members    in decision order (leader first); alphabetical order is for lists only
 */
@Table
public record Team(
        @Column("ref") String key,
        TeamLevel level,
        String name,
        String shortName,
        String villageKey,
        TeamStatus status,
        String zaloGroup,
        String note,
        Long decisionId,
        @MappedCollection(idColumn = "commune_code", keyColumn = "member_idx") List<Membership> members) {

    public Team {
        members = members == null ? List.of() : List.copyOf(members);
        status = status == null ? TeamStatus.PROPOSED : status;
    }

    public Team withDecisionId(Long decisionId) {
        return new Team(key, level, name, shortName, villageKey, status, zaloGroup, note, decisionId, members);
    }

    public Team withMembers(List<Membership> members) {
        return new Team(key, level, name, shortName, villageKey, status, zaloGroup, note, decisionId, members);
    }
}
