package vn.vanban.api;

import java.util.List;
import vn.vanban.roster.Team;
import vn.vanban.roster.TeamLevel;
import vn.vanban.roster.TeamStatus;

/**
 * A team as a client sends it, with its members. {@code decisionId} is accepted so that a team read can
 * be sent back, and ignored: only registering a decision sets a team's founding decision.
 */
record TeamRequest(String key, TeamLevel level, String name, String shortName, String villageKey, TeamStatus status,
                   String zaloGroup, String note, Long decisionId, List<MemberRequest> members) {

    Team toTeam() {
        return toTeam(key);
    }

    /** The team under {@code key}, whatever key the body carries: the path names the team edited. */
    Team toTeam(String key) {
        return new Team(key, level, name, shortName, villageKey, status, zaloGroup, note, null,
                members == null ? null : members.stream().map(MemberRequest::toMembership).toList());
    }
}
