package vn.vanban.roster;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One commune's roster: its profile, villages and teams. It is one aggregate, stored and replaced as a
 * whole, so a PUT can never leave half a roster; the version is the ETag.
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
}
