package vn.vanban.memberlist;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.vanban.decisions.Decision;
import vn.vanban.roster.Membership;
import vn.vanban.roster.Roster;
import vn.vanban.roster.Team;
import vn.vanban.roster.TeamStatus;
import vn.vanban.roster.form.ListedSeats;

/**
 * A commune's stored roster as the rows of its member list: teams in roster order, each team's seats
 * in the form's list order ({@link ListedSeats}).
 */
public final class RosterMemberRows {

    /** Which teams a list shows. */
    public enum Teams {
        /** A printed list: teams that have members and are not dissolved. */
        SEATED,
        /**
         * A spreadsheet to be typed over and imported back: every team, one without members as a row of
         * its own, so that the import does not take it for a team to remove.
         */
        ALL
    }

    private RosterMemberRows() {
    }

    /** "01/QĐ-UBND ngày 10/7/2025" for a team founded by one of the commune's registered decisions. */
    public static Function<Team, String> foundingDecisions(Map<Long, Decision> registered) {
        return team -> {
            Decision d = team.decisionId() == null ? null : registered.get(team.decisionId());
            return d == null ? null : d.reference();
        };
    }

    /**
     * @param communeName  as printed, "Phường Hạc Thành"
     * @param decisionText a team's founding decision as the list prints it, or null
     */
    public static List<MemberListRow> of(String communeCode, String communeName, Roster roster,
                                         Function<Team, String> decisionText, Teams teams) {
        List<MemberListRow> rows = new ArrayList<>();
        for (Team team : roster.teams()) {
            boolean shown = teams == Teams.ALL || !team.members().isEmpty() && team.status() != TeamStatus.DISSOLVED;
            if (!shown) {
                continue;
            }
            String decision = decisionText.apply(team);
            if (team.members().isEmpty()) {
                rows.add(MemberListRow.teamWithoutMembers(communeCode, communeName, team.name(), decision));
            }
            for (Membership m : ListedSeats.inListOrder(team.members())) {
                String phone = m.person() == null ? null : m.person().phone();
                String note = m.person() == null ? null : m.person().note();
                rows.add(new MemberListRow(communeCode, communeName, team.name(), decision, ListedSeats.name(m),
                        m.role(), phone, note, m.group()));
            }
        }
        return rows;
    }
}
