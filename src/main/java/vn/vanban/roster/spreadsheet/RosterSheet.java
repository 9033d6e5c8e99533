package vn.vanban.roster.spreadsheet;

import vn.vanban.roster.form.ColumnKind;
import vn.vanban.roster.form.MemberListForm;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.vanban.roster.Role;

/**
 * What an imported member list says, before it is merged into a roster. Every value is cleaned
 * (legacy encodings converted, NFC, single spaces); the decision column is kept for display only.
 *
 * @param form     the edition of the form the header row matched
 * @param columns  the column letter of each column found ("E" for the names)
 * @param headings each column's heading as written in the file
 * @param teams    in file order; a team's rows are gathered even when they are not adjacent
 * @param carried  what the hidden sheet of an exported workbook says beyond the form; none for a CSV or a
 *                 hand-made sheet
 */
public record RosterSheet(MemberListForm form, Map<ColumnKind, String> columns, Map<ColumnKind, String> headings,
                          List<Team> teams, CarriedEntries carried) {

    public RosterSheet {
        columns = Map.copyOf(columns);
        headings = Map.copyOf(headings);
        teams = List.copyOf(teams);
        carried = carried == null ? CarriedEntries.NONE : carried;
    }

    /** A sheet read from the printed form alone. */
    public RosterSheet(MemberListForm form, Map<ColumnKind, String> columns, Map<ColumnKind, String> headings,
                       List<Team> teams) {
        this(form, columns, headings, teams, CarriedEntries.NONE);
    }

    /** The same sheet with what an export's hidden sheet carries. */
    RosterSheet carrying(CarriedEntries entries) {
        return new RosterSheet(form, columns, headings, teams, entries);
    }

    /** The distinct commune names of the file, as first written. */
    public List<String> communes() {
        Set<String> seen = new HashSet<>();
        return teams.stream().map(Team::commune).filter(Objects::nonNull).filter(c -> seen.add(Folding.name(c)))
                .toList();
    }

    /**
     * @param commune  the commune cell, null when the file has no such column
     * @param name     the team's name as first written
     * @param decision the decision cell, informational
     * @param row      the row where the team first appears
     */
    public record Team(String commune, String name, String decision, int row, List<Member> members) {

        public Team {
            members = List.copyOf(members);
        }
    }

    /**
     * @param name  a full name, or a position's text for a seat without a named person
     * @param phone as written, with a leading zero restored where Excel dropped it; null when blank
     * @param note  the Ghi chú (2025 form only, else null)
     * @param row   where the member is in the file
     */
    public record Member(String name, Role role, String phone, String note, int row) {
    }
}
