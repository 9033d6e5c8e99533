package vn.vanban.memberlist;

import java.io.ByteArrayOutputStream;
import java.util.Iterator;
import java.util.function.Function;
import vn.vanban.render.OutputFormat;
import vn.vanban.roster.Roster;
import vn.vanban.roster.Team;
import vn.vanban.roster.form.MemberListForm;
import vn.vanban.roster.spreadsheet.SampleRosters;

/** A sample commune's roster exported as the HTTP export writes it, without the HTTP. */
final class SpreadsheetExports {

    private static final StreamedMemberList LISTS = new StreamedMemberList(MemberListCellsTest.DOCUMENTS);

    private SpreadsheetExports() {
    }

    static byte[] xlsx(Roster roster, MemberListForm form, boolean mask, Function<Team, String> decisions) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LISTS.write(request(form, mask), rows(roster, decisions), OutputFormat.XLSX, out);
        return out.toByteArray();
    }

    /** As the HTTP export writes it: the list and the hidden sheet of what the form cannot show. */
    static byte[] xlsxCarrying(Roster roster, MemberListForm form, boolean mask, Function<Team, String> decisions) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CarriedSheet.addTo(xlsx(roster, form, mask, decisions), roster, out);
        return out.toByteArray();
    }

    static byte[] csv(Roster roster, MemberListForm form, boolean mask, Function<Team, String> decisions) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LISTS.writeCsv(request(form, mask), rows(roster, decisions), out);
        return out.toByteArray();
    }

    private static MemberListRequest request(MemberListForm form, boolean mask) {
        return new MemberListRequest(form, mask, null, SampleRosters.COMMUNE);
    }

    private static Iterator<MemberListRow> rows(Roster roster, Function<Team, String> decisions) {
        return RosterMemberRows.of(roster.communeCode(), SampleRosters.COMMUNE, roster, decisions,
                RosterMemberRows.Teams.ALL).iterator();
    }
}
