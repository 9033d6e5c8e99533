package vn.vanban.roster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One commune's roster: its profile, villages and teams. It is one aggregate, stored and replaced as a
 * whole, so a PUT can never leave half a roster; the version is the ETag. Its parts are edited through
 * it: each edit returns a new roster, and one naming a village, team or member the roster does not
 * have fails with {@link RosterItemNotFoundException}.
 *
 * @param communeCode the commune's official code ("28807"), also the key
 * @param version     bumped on every save; null before the first save
 * @param profile     what the commune's documents draw on (issuing body, signers, bases, recipients)
 * @param villages    thôn, ấp, khu phố … in display order
 * @param teams       the commune team and the village teams, in display order
 * @param updatedAt   when the roster was last saved
 */
@Table
public record Roster(
        @Id String communeCode,
        @Version Long version,
        @Embedded.Empty Profile profile,
        @MappedCollection(idColumn = "commune_code", keyColumn = "idx") List<Village> villages,
        @MappedCollection(idColumn = "commune_code", keyColumn = "idx") List<Team> teams,
        Instant updatedAt) {

    public Roster {
        profile = profile == null ? Profile.EMPTY : profile;
        villages = villages == null ? List.of() : List.copyOf(villages);
        teams = teams == null ? List.of() : List.copyOf(teams);
    }

    public static Roster empty(String communeCode) {
        return new Roster(communeCode, null, Profile.EMPTY, List.of(), List.of(), null);
    }

    public Roster withContent(Profile profile, List<Village> villages, List<Team> teams) {
        return new Roster(communeCode, version, profile, villages, teams, updatedAt);
    }

    public Roster withUpdatedAt(Instant updatedAt) {
        return new Roster(communeCode, version, profile, villages, teams, updatedAt);
    }

    public Roster withVersion(Long version) {
        return new Roster(communeCode, version, profile, villages, teams, updatedAt);
    }

    public Roster withProfile(Profile profile) {
        return withContent(profile, villages, teams);
    }

    public Village village(String key) {
        return villages.stream().filter(v -> v.key().equals(key)).findFirst()
                .orElseThrow(() -> new RosterItemNotFoundException("thôn, ấp, khu phố", key, communeCode));
    }

    public Roster addVillage(Village village) {
        return withContent(profile, append(villages, village), teams);
    }

    /** Puts {@code village} in place of the one with its key. */
    public Roster replaceVillage(Village village) {
        village(village.key());
        return withContent(profile, villages.stream().map(v -> v.key().equals(village.key()) ? village : v).toList(), teams);
    }

    public Roster removeVillage(String key) {
        village(key);
        return withContent(profile, villages.stream().filter(v -> !v.key().equals(key)).toList(), teams);
    }

    public Team team(String key) {
        return teams.stream().filter(t -> t.key().equals(key)).findFirst()
                .orElseThrow(() -> new RosterItemNotFoundException("tổ", key, communeCode));
    }

    public Roster addTeam(Team team) {
        return withContent(profile, villages, append(teams, team));
    }

    /** Puts {@code team} in place of the one with its key. */
    public Roster replaceTeam(Team team) {
        return changeTeam(team.key(), t -> team);
    }

    public Roster removeTeam(String key) {
        team(key);
        return withContent(profile, villages, teams.stream().filter(t -> !t.key().equals(key)).toList());
    }

    public Membership member(String teamKey, String memberKey) {
        return team(teamKey).members().stream().filter(m -> m.key().equals(memberKey)).findFirst()
                .orElseThrow(() -> new RosterItemNotFoundException("thành viên", memberKey, communeCode));
    }

    /** Adds a seat at the end of the team, after those the decision already lists. */
    public Roster addMember(String teamKey, Membership member) {
        return changeTeam(teamKey, t -> t.withMembers(append(t.members(), member)));
    }

    /** Puts {@code member} in place of the seat with its key in team {@code teamKey}. */
    public Roster replaceMember(String teamKey, Membership member) {
        member(teamKey, member.key());
        return changeTeam(teamKey, t -> t.withMembers(t.members().stream()
                .map(m -> m.key().equals(member.key()) ? member : m).toList()));
    }

    public Roster removeMember(String teamKey, String memberKey) {
        member(teamKey, memberKey);
        return changeTeam(teamKey, t -> t.withMembers(t.members().stream().filter(m -> !m.key().equals(memberKey)).toList()));
    }

    private Roster changeTeam(String key, UnaryOperator<Team> change) {
        team(key);
        return withContent(profile, villages, teams.stream().map(t -> t.key().equals(key) ? change.apply(t) : t).toList());
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }
}
