package vn.vanban.memberlist;

import java.util.ArrayList;
import java.util.List;
import vn.vanban.document.Run;
import vn.vanban.document.TableCell;
import vn.vanban.document.TableRow;
import vn.vanban.layout.Align;
import vn.vanban.roster.Role;
import vn.vanban.text.PhoneNumbers;

/**
 * The rows of the member-list template ({@code templates/member-list/template.ftlx}), cell for cell, for
 * lists too long to go through the template: a member's row, the TỔNG row, and the "Cộng" row that a
 * list of several communes adds under each. The test holds these rows to the template's own.
 */
final class MemberListCells {

    private static final String TOTAL = "TỔNG";
    private static final String SUBTOTAL = "Cộng";

    private final boolean modern;
    private final boolean maskPhones;

    MemberListCells(MemberListRequest request) {
        this.modern = request.modern();
        this.maskPhones = request.maskPhones();
    }

    /** Whether the layout closes every list with a TỔNG row (2025), or only a list of several communes. */
    boolean alwaysTotalled() {
        return modern;
    }

    /**
     * A member's row. TT and commune are printed where the commune starts and merged down the rest of
     * it; team and decision likewise for the team.
     */
    TableRow member(MemberListRow row, int communeNumber, boolean startsCommune, boolean startsTeam) {
        List<TableCell> cells = new ArrayList<>(8);
        cells.add(cell(Integer.toString(communeNumber), Align.CENTER, !startsCommune));
        cells.add(cell(modern ? row.communeName() : "UBND " + row.communeName(), Align.LEFT, !startsCommune));
        cells.add(cell(row.teamName(), Align.LEFT, !startsTeam));
        if (modern) {
            cells.add(cell(row.decisionText(), Align.LEFT, !startsTeam));
        }
        cells.add(cell(row.memberName(), Align.LEFT, false));
        cells.add(cell(roleLabel(row.role()), Align.LEFT, false));
        cells.add(cell(maskPhones ? PhoneNumbers.mask(row.phone()) : row.phone(), Align.CENTER, false));
        if (modern) {
            cells.add(cell(row.note(), Align.LEFT, false));
        }
        return new TableRow(TableRow.Kind.BODY, cells);
    }

    /** "Cộng" under a commune of a list of several: its teams and members. */
    TableRow subtotal(int teams, int members) {
        return counts(SUBTOTAL, teams, members);
    }

    /** "TỔNG" under the list: all teams and members. */
    TableRow total(int teams, int members) {
        return counts(TOTAL, teams, members);
    }

    /** The TỔNG row of the template: the word under the commune, the counts under team and member. */
    private TableRow counts(String label, int teams, int members) {
        List<TableCell> cells = new ArrayList<>(8);
        cells.add(bold(""));
        cells.add(bold(label));
        cells.add(bold(teams + " tổ"));
        if (modern) {
            cells.add(bold(""));
        }
        cells.add(bold(members + " thành viên"));
        while (cells.size() < (modern ? 8 : 6)) {
            cells.add(bold(""));
        }
        return new TableRow(TableRow.Kind.TOTAL, cells);
    }

    /** The template's labels: a plain member is a Tổ viên in 2022 and a Thành viên in 2025. */
    String roleLabel(Role role) {
        return switch (role) {
            case LEADER -> "Tổ trưởng";
            case STANDING_DEPUTY -> "Tổ phó thường trực";
            case DEPUTY -> "Tổ phó";
            case MEMBER -> modern ? "Thành viên" : "Tổ viên";
        };
    }

    /** A merged cell carries no text: the writers print the group's text where the group starts or goes on. */
    private static TableCell cell(String text, Align align, boolean mergedUp) {
        List<Run> runs = mergedUp || text.isEmpty() ? List.of() : List.of(Run.plain(text));
        return new TableCell(runs, align, mergedUp);
    }

    /** As the document reader makes every run of a total row bold. */
    private static TableCell bold(String text) {
        return new TableCell(text.isEmpty() ? List.of() : List.of(Run.bold(text)), Align.LEFT, false);
    }
}
