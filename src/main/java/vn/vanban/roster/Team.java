package vn.vanban.roster;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
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
 * @param decidedMembers the digest ({@link #digest}) of the members as the decision in force lists them; set
 *                   by registration with the decision id, so the checks see when a kiện toàn is due
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
        @MappedCollection(idColumn = "commune_code", keyColumn = "member_idx") List<Membership> members,
        @JsonIgnore String decidedMembers) {

    public Team(String key, TeamLevel level, String name, String shortName, String villageKey, TeamStatus status,
                String zaloGroup, String note, Long decisionId, List<Membership> members) {
        this(key, level, name, shortName, villageKey, status, zaloGroup, note, decisionId, members, null);
    }

    public Team {
        members = members == null ? List.of() : List.copyOf(members);
        status = status == null ? TeamStatus.PROPOSED : status;
    }

    public Team withDecisionId(Long decisionId) {
        return new Team(key, level, name, shortName, villageKey, status, zaloGroup, note, decisionId, members, decidedMembers);
    }

    /** The decision in force and the digest of the members it lists, as the register records them. */
    public Team withDecision(Long decisionId, String decidedMembers, TeamStatus status) {
        return new Team(key, level, name, shortName, villageKey, status, zaloGroup, note, decisionId, members, decidedMembers);
    }

    public Team withMembers(List<Membership> members) {
        return new Team(key, level, name, shortName, villageKey, status, zaloGroup, note, decisionId, members, decidedMembers);
    }

    /**
     * A digest of who sits in a team as a decision prints it (role, name or position, organisation, Mời,
     * group entry), in any order: two lists with the same digest need no kiện toàn.
     */
    public static String digest(List<Membership> members) {
        List<String> seats = new ArrayList<>();
        for (Membership m : members) {
            seats.add(String.join("\u001f", String.valueOf(m.role()), m.person() == null || m.person().fullName() == null ? "" : m.person().fullName(),
                    String.valueOf(m.position()), String.valueOf(m.organisation()), String.valueOf(m.invited()), String.valueOf(m.group())));
        }
        Collections.sort(seats);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(String.join("\u001e", seats).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
