package vn.vanban.api;

import java.time.Instant;
import java.util.List;
import vn.vanban.roster.Roster;

/**
 * The body of PUT …/roster, the same shape as GET answers so that a roster read can be edited and sent
 * back. {@code communeCode}, {@code version} and {@code updatedAt} are accepted for that reason and
 * ignored: the path names the commune, If-Match the version.
 */
record RosterRequest(String communeCode, Long version, ProfileRequest profile, List<VillageRequest> villages,
                     List<TeamRequest> teams, Instant updatedAt) {

    Roster toRoster(String communeCode) {
        return new Roster(communeCode, null, profile == null ? null : profile.toProfile(),
                villages == null ? null : villages.stream().map(VillageRequest::toVillage).toList(),
                teams == null ? null : teams.stream().map(TeamRequest::toTeam).toList(), null);
    }
}
