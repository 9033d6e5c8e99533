package vn.vanban.roster.spreadsheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.vanban.roster.Gender;
import vn.vanban.roster.TeamLevel;

/**
 * What an exported workbook carries beyond the printed form, in its hidden sheet {@value #SHEET}: each
 * village with the one it was merged into, each team's key, level and village, each seat's key, whether it is "Mời", a group entry or a seat named by
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
            "organisation", "gender", "zalo", "order", "note", "village-kind", "village-name", "active", "merged-into");
    /** The column of a village row that holds the key of the village it was merged into. */
    static final int MERGED_INTO = COLUMNS.indexOf("merged-into");

    static final CarriedEntries NONE = new CarriedEntries(List.of(), Map.of(), Map.of());

    /**
     * A village as the roster had it: ended ({@code active} false) and merged into the village keyed
     * {@code mergedInto}, or removed (no such key), or still a unit; {@code row} is where the sheet has it.
     */
    record Village(String key, String kind, String name, boolean active, String mergedInto, int row) {
    }

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

    private final List<Village> villages;
    private final Map<String, Team> teams;
    private final Map<String, Member> members;

    private CarriedEntries(List<Village> villages, Map<String, Team> teams, Map<String, Member> members) {
        this.villages = villages;
        this.teams = teams;
        this.members = members;
    }

    /** The villages in the sheet's order; none in a workbook exported before villages were carried. */
    List<Village> villages() {
        return villages;
    }

    Team team(String teamName) {
        return teams.get(Folding.name(teamName));
    }

    /** The {@code occurrence}-th (from 0) seat listed as {@code name} in the team, or null. */
    Member member(String teamName, String name, int occurrence) {
        return members.get(memberKey(teamName, name, occurrence));
    }

    boolean isEmpty() {
        return villages.isEmpty() && teams.isEmpty() && members.isEmpty();
    }

    /**
     * The entries of the hidden sheet's rows; none when its header is not ours (a sheet of that name made
     * by hand) and a row that cannot be read is left out, so that what remains is read as a hand-made sheet.
     */
    static CarriedEntries of(List<RawRow> rows) {
        if (rows.isEmpty() || !HEADER.equals(text(rows.get(0), 0))) {
            return NONE;
        }
        List<Village> villages = new ArrayList<>();
        Map<String, Team> teams = new HashMap<>();
        Map<String, Member> members = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (RawRow row : rows.subList(1, rows.size())) {
            String kind = text(row, 0);
            if ("village".equals(kind)) {
                village(row, villages);
                continue;
            }
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
        return new CarriedEntries(List.copyOf(villages), Map.copyOf(teams), Map.copyOf(members));
    }

    /** A village row; one without its key or name cannot be matched and is left out. */
    private static void village(RawRow row, List<Village> villages) {
        String key = text(row, COLUMNS.indexOf("village-key"));
        String name = text(row, COLUMNS.indexOf("village-name"));
        if (key == null || name == null) {
            return;
        }
        String mergedInto = text(row, MERGED_INTO);
        // Only an ended village has one it was merged into.
        boolean active = mergedInto == null && !"0".equals(text(row, COLUMNS.indexOf("active")));
        villages.add(new Village(key, text(row, COLUMNS.indexOf("village-kind")), name, active, mergedInto, row.number()));
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
