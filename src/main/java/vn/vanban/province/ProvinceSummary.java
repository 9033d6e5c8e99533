package vn.vanban.province;

import java.time.LocalDate;
import java.util.List;

/**
 * A province's figures as of a date, the numbers a Sở reports upward.
 *
 * @param communes                communes of the province
 * @param communesWithDecision    communes whose commune-level team had a registered founding decision on or
 *                                before {@code asOf}
 * @param communesWithAnyDecision communes with any registered founding decision (commune or village teams) by then
 * @param communesWithRoster      communes that have a roster in vanban: what the village and member figures
 *                                are counted over
 * @param teams                   teams in the stored rosters (not dissolved)
 * @param teamsWithDecision       of those, teams named by a decision (founding or kiện toàn) registered on or
 *                                before {@code asOf}, each counted once however many decisions name it
 * @param members                 people in the stored teams (a group entry is not a person)
 * @param membersWithDecision     people in the teams of {@code teamsWithDecision}, as the rosters list them now
 * @param villagesWithoutTeam     active villages of the stored rosters with no team
 * @param villagesWithoutFoundedTeam active villages of the stored rosters whose team (if any) no decision
 *                                registered by {@code asOf} names
 * @param communesWithoutDecision the communes counted out of {@code communesWithDecision}, in code order
 */
public record ProvinceSummary(String provinceCode, String provinceName, LocalDate asOf, long communes,
                              long communesWithDecision, long communesWithAnyDecision, long communesWithRoster,
                              long teams, long teamsWithDecision, long members, long membersWithDecision,
                              long villagesWithoutTeam, long villagesWithoutFoundedTeam,
                              List<CommuneRef> communesWithoutDecision) {

    /**
     * @param missing what the register holds for a commune without a commune-team decision
     */
    public record CommuneRef(String code, String name, String type, Missing missing) {
    }

    /** Which founding decision a commune still lacks, as the register shows it on {@code asOf}. */
    public enum Missing {
        /** Village teams founded by a registered decision, no commune-level team yet. */
        COMMUNE_TEAM_ONLY,
        /** A roster in vanban, but no registered founding decision at all. */
        ANY_TEAM,
        /** No roster in vanban: the register knows nothing of its teams. */
        NO_ROSTER;

        /** As the summary letter's data and the API name it: "commune-team-only", "any-team", "no-roster". */
        @com.fasterxml.jackson.annotation.JsonValue
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
