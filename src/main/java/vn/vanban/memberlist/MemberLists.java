package vn.vanban.memberlist;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.vanban.decisions.DecisionService;
import vn.vanban.generation.RenderedFile;
import vn.vanban.reference.Commune;
import vn.vanban.reference.CommuneRepository;
import vn.vanban.reference.UnknownCommuneException;
import vn.vanban.render.OutputFormat;
import vn.vanban.roster.InvalidRosterException;
import vn.vanban.roster.Roster;
import vn.vanban.roster.RosterProblem;
import vn.vanban.roster.RosterService;
import vn.vanban.roster.form.MemberListForm;

/**
 * Member lists (Mẫu 2) of a commune, drawn from its stored roster and register: printed (PDF, DOCX) or
 * as a spreadsheet (XLSX, CSV) that can be typed over and imported back.
 */
@Service
public class MemberLists {

    private final RosterService rosters;
    private final DecisionService decisions;
    private final CommuneRepository communes;
    private final StreamedMemberList lists;

    public MemberLists(RosterService rosters, DecisionService decisions, CommuneRepository communes,
                       StreamedMemberList lists) {
        this.rosters = rosters;
        this.decisions = decisions;
        this.communes = communes;
        this.lists = lists;
    }

    /** The printed list: teams with members, each with its founding decision. */
    public RenderedFile commune(String code, MemberListForm form, boolean mask, OutputFormat format) {
        Commune commune = commune(code);
        List<MemberListRow> rows = rows(commune, rosters.get(commune.code()), RosterMemberRows.Teams.SEATED);
        if (rows.isEmpty()) {
            throw new InvalidRosterException("Chưa lập được danh sách thành viên", List.of(new RosterProblem("/teams",
                    "Danh sách của " + commune.fullName() + " chưa có tổ nào có thành viên")));
        }
        MemberListRequest request = request(commune, form, mask);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        lists.write(request, rows.iterator(), format, out);
        return new RenderedFile(out.toByteArray(), lists.fileName(request, format), format);
    }

    /**
     * The whole roster as an XLSX sheet, every team listed, even one without members, and a very hidden
     * sheet with what the form cannot show ({@link CarriedSheet}), so that the file imported back changes
     * nothing, even into a roster that lost the teams. A commune's list is small enough to hold once.
     */
    public void xlsx(String code, MemberListForm form, boolean mask, OutputStream out) {
        Commune commune = commune(code);
        Roster roster = rosters.get(commune.code());
        ByteArrayOutputStream list = new ByteArrayOutputStream(64 * 1024);
        lists.write(request(commune, form, mask), rows(commune, roster, RosterMemberRows.Teams.ALL).iterator(),
                OutputFormat.XLSX, list);
        CarriedSheet.addTo(list.toByteArray(), roster, out);
    }

    /** The same as CSV. */
    public void csv(String code, MemberListForm form, boolean mask, OutputStream out) {
        Commune commune = commune(code);
        lists.writeCsv(request(commune, form, mask),
                rows(commune, rosters.get(commune.code()), RosterMemberRows.Teams.ALL).iterator(), out);
    }

    private List<MemberListRow> rows(Commune commune, Roster roster, RosterMemberRows.Teams teams) {
        return RosterMemberRows.of(commune.code(), commune.fullName(), roster,
                RosterMemberRows.foundingDecisions(decisions.registeredById(commune.code())), teams);
    }

    private static MemberListRequest request(Commune commune, MemberListForm form, boolean mask) {
        return new MemberListRequest(form, mask, null, commune.fullName());
    }

    private Commune commune(String code) {
        return communes.findById(code).orElseThrow(() -> new UnknownCommuneException(code));
    }
}
