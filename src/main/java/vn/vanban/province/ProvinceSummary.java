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
 * @param teams                   teams in the stored rosters (not dissolved)
 * @param teamsWithDecision       of those, teams founded by a decision registered on or before {@code asOf}
 * @param members                 seats in those teams
 * @param villagesWithoutTeam     active villages of the stored rosters with no team
 * @param communesWithoutDecision the communes counted out of {@code communesWithDecision}, in code order
 */
public record ProvinceSummary(String provinceCode, String provinceName, LocalDate asOf, long communes,
                              long communesWithDecision, long communesWithAnyDecision, long communesWithRoster,
                              long teams, long teamsWithDecision, long members, long villagesWithoutTeam,
                              List<CommuneRef> communesWithoutDecision) {

    public record CommuneRef(String code, String name, String type) {
    }
}
