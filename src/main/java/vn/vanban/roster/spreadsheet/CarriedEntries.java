package vn.vanban.roster.spreadsheet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.vanban.roster.Gender;
import vn.vanban.roster.TeamLevel;

/**
 * What an exported workbook carries beyond the printed form, in its hidden sheet {@value #SHEET}: each
 * team's key, level and village, each seat's key, whether it is "Mời", a group entry or a seat named by
 * position only, and so on. The printed form cannot show these, and without them an import into a roster
 * that lacks the teams would guess (a commune team taken for a village team, a position for a person).
 *
 * <p>Entries are found by what the printed sheet shows (the team's name; the team, the name column and the
 * how-manieth such name), not by row numbers, so rows inserted, sorted or deleted in Excel do not shift
 * them; an entry whose name was edited is simply not found and is read as a hand-made row is.
 */
public final class CarriedEntries {

    /** The hidden sheet's name; Excel keeps a very hidden sheet when it saves the workbook again. */
    public static final String SHEET = "vanban";
    /** The first cell of the hidden sheet's header row, with the version of its columns. */
    public static final String HEADER = "vanban-roster-1";
    /** The columns of a team's row and a seat's row, in this order. */
    public static final List<String> COLUMNS = List.of("kind", "team", "team-key", "level", "village-key", "short-name",
            "zalo-group", "team-note", "name", "member-key", "invited", "group", "position-only", "position",
            "organisation", "gender", "zalo", "order", "note");

    static final CarriedEntries NONE = new CarriedEntries(Map.of(), Map.of());

    /** A team as the roster had it. */
    record Team(String key, TeamLevel level, String villageKey, String shortName, String zaloGroup, String note) {
    }

    /**
     * A seat as the roster had it; {@code order} is its place in the decision's order, {@code note} is for
     * the 2022 form, which prints none.
     */
    record Member(String key, boolean invited, boolean group, boolean positionOnly, String position,
                  String organisation, Gender gender, boolean zalo, int order, String note) {
    }

    private final Map<String, Team> teams;
    private final Map<String, Member> members;

    private CarriedEntries(Map<String, Team> teams, Map<String, Member> members) {
        this.teams = teams;
        this.members = members;
    }

    Team team(String teamName) {
        return teams.get(Folding.name(teamName));
    }

    /** The {@code occurrence}-th (from 0) seat listed as {@code name} in the team, or null. */
    Member member(String teamName, String name, int occurrence) {
        return members.get(memberKey(teamName, name, occurrence));
    }

    boolean isEmpty() {
        return teams.isEmpty() && members.isEmpty();
    }

    /**
     * The entries of the hidden sheet's rows; none when its header is not ours (a sheet of that name made
     * by hand) and a row that cannot be read is left out, so that what remains is read as a hand-made sheet.
     */
    static CarriedEntries of(List<RawRow> rows) {
        if (rows.isEmpty() || !HEADER.equals(text(rows.get(0), 0))) {
            return NONE;
        }
        Map<String, Team> teams = new HashMap<>();
        Map<String, Member> members = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (RawRow row : rows.subList(1, rows.size())) {
            String kind = text(row, 0);
            String team = text(row, 1);
            if (team == null) {
                continue;
            }
            try {
                if ("team".equals(kind)) {
                    teams.putIfAbsent(Folding.name(team), new Team(text(row, 2), level(text(row, 3)), text(row, 4),
                            text(row, 5), text(row, 6), text(row, 7)));
                } else if ("member".equals(kind)) {
                    String name = text(row, 8);
                    String teamAndName = Folding.name(team) + '\u0000' + Folding.name(name);
                    int occurrence = seen.merge(teamAndName, 1, Integer::sum) - 1;
                    members.put(memberKey(team, name, occurrence), new Member(text(row, 9), flag(row, 10), flag(row, 11),
                            flag(row, 12), text(row, 13), text(row, 14), gender(text(row, 15)), flag(row, 16),
                            Integer.parseInt(text(row, 17)), text(row, 18)));
                }
            } catch (IllegalArgumentException | NullPointerException e) {
                // A row edited by hand: its entry is read from the printed sheet alone.
            }
        }
        return new CarriedEntries(Map.copyOf(teams), Map.copyOf(members));
    }

    private static String memberKey(String teamName, String name, int occurrence) {
        return Folding.name(teamName) + '\u0000' + Folding.name(name) + '\u0000' + occurrence;
    }

    private static String text(RawRow row, int column) {
        RawRow.Cell cell = row.cell(column);
        return cell == null ? null : cell.text();
    }

    private static boolean flag(RawRow row, int column) {
        return "1".equals(text(row, column));
    }

    private static TeamLevel level(String text) {
        return TeamLevel.valueOf(text);
    }

    private static Gender gender(String text) {
        return text == null ? null : Gender.valueOf(text);
    }
}
