package vn.vanban.province;

/**
 * One commune of a province as its table shows it, as of a date.
 *
 * @param teams               teams of its stored roster (not dissolved)
 * @param teamsWithDecision   of those, teams founded by a decision registered by the date
 * @param members             seats in those teams
 * @param villagesWithoutTeam active villages of its roster with no team
 */
public record CommuneStanding(String code, String name, String fullName, String type, CommuneState state, long teams,
                              long teamsWithDecision, long members, long villagesWithoutTeam) {
}
