package vn.vanban.memberlist;

import java.util.ArrayList;
import java.util.List;
import vn.vanban.document.Run;
import vn.vanban.document.TableCell;
import vn.vanban.document.TableRow;
import vn.vanban.layout.Align;
import vn.vanban.roster.form.FormColumn;
import vn.vanban.roster.form.MemberListForm;
import vn.vanban.text.PhoneNumbers;

/**
 * The rows of the member-list template ({@code templates/member-list/template.ftlx}), cell for cell, for
 * lists that do not go through the template: a member's row, the TỔNG row, and the "Cộng" row that a
 * list of several communes adds under each. The test holds these rows to the template's own.
 */
final class MemberListCells {

    private final MemberListForm form;
    private final boolean maskPhones;

    MemberListCells(MemberListRequest request) {
        this.form = request.form();
        this.maskPhones = request.maskPhones();
    }

    /** Whether the form closes every list with a TỔNG row (2025), or only a list of several communes. */
    boolean alwaysTotalled() {
        return form.alwaysTotalled();
    }

    /**
     * A member's row, or the row of a team nobody sits in yet. TT and commune are printed where the
     * commune starts and merged down the rest of it; team and decision likewise for the team.
     */
    TableRow member(MemberListRow row, int communeNumber, boolean startsCommune, boolean startsTeam) {
        List<TableCell> cells = new ArrayList<>(form.columns().size());
        for (FormColumn column : form.columns()) {
            cells.add(switch (column.kind()) {
                case NUMBER -> cell(Integer.toString(communeNumber), Align.CENTER, !startsCommune);
                case COMMUNE -> cell(form.communeCell(row.communeName()), Align.LEFT, !startsCommune);
                case TEAM -> cell(row.teamName(), Align.LEFT, !startsTeam);
                case DECISION -> cell(row.decisionText(), Align.LEFT, !startsTeam);
                case NAME -> cell(row.memberName(), Align.LEFT, false);
                case ROLE -> cell(row.role() == null ? "" : form.label(row.role()), Align.LEFT, false);
                case PHONE -> cell(maskPhones ? PhoneNumbers.mask(row.phone()) : row.phone(), Align.CENTER, false);
                case NOTE -> cell(row.note(), Align.LEFT, false);
            });
        }
        return new TableRow(TableRow.Kind.BODY, cells);
    }

    /** "Cộng" under a commune of a list of several: its teams and members. */
    TableRow subtotal(int teams, int members) {
        return counts(MemberListForm.SUBTOTAL, teams, members);
    }

    /** "TỔNG" under the list: all teams and members. */
    TableRow total(int teams, int members) {
        return counts(MemberListForm.TOTAL, teams, members);
    }

    /** The TỔNG row of the template: the word under the commune, the counts under team and member. */
    private TableRow counts(String label, int teams, int members) {
        List<TableCell> cells = new ArrayList<>(form.columns().size());
        for (FormColumn column : form.columns()) {
            cells.add(bold(switch (column.kind()) {
                case COMMUNE -> label;
                case TEAM -> MemberListForm.teams(teams);
                case NAME -> MemberListForm.members(members);
                default -> "";
            }));
        }
        return new TableRow(TableRow.Kind.TOTAL, cells);
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
