package vn.vanban.web.commune;

import java.util.List;
import java.util.Set;
import vn.vanban.roster.Team;
import vn.vanban.roster.TeamLevel;
import vn.vanban.roster.TeamStatus;

/**
 * A team's own fields as the new-team and edit forms post them. The state and the decision in force are
 * not here: registering a decision sets them.
 */
public record TeamForm(Long version, String level, String villageKey, String name, String shortName, String zaloGroup,
                       String note) {

    static final Set<String> INPUTS = Set.of("level", "villageKey", "name", "shortName", "zaloGroup", "note");

    static TeamForm of(Long version, Team t) {
        return new TeamForm(version, t.level() == null ? "village" : t.level().json(), t.villageKey(), t.name(), t.shortName(),
                t.zaloGroup(), t.note());
    }

    TeamLevel teamLevel() {
        return "commune".equals(level) ? TeamLevel.COMMUNE : TeamLevel.VILLAGE;
    }

    /** A new team: proposed, without members yet (they are added on the team's page). */
    Team toNewTeam() {
        return new Team(null, teamLevel(), Lines.blankToNull(name), Lines.blankToNull(shortName), villageFor(teamLevel()),
                TeamStatus.PROPOSED, Lines.blankToNull(zaloGroup), Lines.blankToNull(note), null, List.of());
    }

    /** The stored team with this form's fields; its members, state and decision stay. */
    Team applyTo(Team t) {
        return new Team(t.key(), teamLevel(), Lines.blankToNull(name), Lines.blankToNull(shortName), villageFor(teamLevel()),
                t.status(), Lines.blankToNull(zaloGroup), Lines.blankToNull(note), t.decisionId(), t.members(), t.decidedMembers());
    }

    private String villageFor(TeamLevel level) {
        return level == TeamLevel.COMMUNE ? null : Lines.blankToNull(villageKey);
    }

    TeamForm withVersion(Long version) {
        return new TeamForm(version, level, villageKey, name, shortName, zaloGroup, note);
    }

    List<Conflict.Field> fields() {
        return List.of(new Conflict.Field("Cấp", "commune".equals(level) ? "Cấp xã" : "Thôn, ấp"),
                new Conflict.Field("Thôn, ấp", villageKey), new Conflict.Field("Tên tổ", name),
                new Conflict.Field("Tên gọi tắt", shortName), new Conflict.Field("Nhóm Zalo", zaloGroup),
                new Conflict.Field("Ghi chú", note));
    }
}
