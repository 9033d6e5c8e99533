package vn.vanban.memberlist;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.vanban.decisions.DecisionService;
import vn.vanban.generation.DocumentService;
import vn.vanban.render.OutputFormat;
import vn.vanban.generation.RenderedFile;
import vn.vanban.roster.InvalidRosterException;
import vn.vanban.roster.Roster;
import vn.vanban.roster.RosterProblem;
import vn.vanban.roster.RosterService;
import vn.vanban.reference.Commune;
import vn.vanban.reference.CommuneRepository;
import vn.vanban.reference.UnknownCommuneException;

/** Member lists (Mẫu 2) of a commune, drawn from its stored roster and register. */
@Service
public class MemberLists {

    private final RosterService rosters;
    private final DecisionService decisions;
    private final CommuneRepository communes;
    private final DocumentService documents;

    public MemberLists(RosterService rosters, DecisionService decisions, CommuneRepository communes, DocumentService documents) {
        this.rosters = rosters;
        this.decisions = decisions;
        this.communes = communes;
        this.documents = documents;
    }

    public RenderedFile commune(String code, String layout, boolean mask, OutputFormat format) {
        Commune commune = communes.findById(code).orElseThrow(() -> new UnknownCommuneException(code));
        Roster roster = rosters.get(code);
        MemberListData data = new MemberListData(layout, mask);
        if (!data.add(commune, roster, decisions.registeredById(code))) {
            throw new InvalidRosterException("Chưa lập được danh sách thành viên", List.of(new RosterProblem("/teams",
                    "Danh sách của " + commune.fullName() + " chưa có tổ nào có thành viên")));
        }
        return documents.render(documents.catalog().get("member-list"), data.json(), format);
    }
}
