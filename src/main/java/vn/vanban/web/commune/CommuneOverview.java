package vn.vanban.web.commune;

import java.time.LocalDate;
import java.util.List;
import vn.vanban.reference.Commune;
import vn.vanban.roster.Roster;
import vn.vanban.roster.Team;

/**
 * What the commune's home page shows, read once: the roster, the checks' findings with where each is
 * fixed, every village with its team's state, the commune team and the newest decisions.
 */
public record CommuneOverview(Commune commune, Roster roster, boolean canWrite, List<FindingRow> findings, long errors,
                              long warnings, TeamRow communeTeam, List<VillageRow> villages, List<TeamRow> otherTeams,
                              List<DecisionRow> decisions, int decisionCount) {

    public boolean hasRoster() {
        return roster.version() != null;
    }

    public record FindingRow(boolean error, String message, String href, String linkLabel) {
    }

    /** A team with its state; {@code reference} is its decision in force, "01/QĐ-UBND ngày 10/07/2025". */
    public record TeamRow(Team team, Labels.Badge badge, String reference, int members) {
    }

    /** A village and its team, or null team with the "no team" badge. */
    public record VillageRow(String key, String label, TeamRow team) {
    }

    /** {@code reference} null for a draft; {@code date} the issue date of a registered one. */
    public record DecisionRow(long id, String reference, String subject, Labels.Badge badge, LocalDate date) {
    }
}
