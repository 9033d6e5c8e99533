package vn.vanban.province;

import java.io.OutputStream;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.vanban.decisions.DecisionService;
import vn.vanban.render.OutputFormat;
import vn.vanban.memberlist.MemberListRequest;
import vn.vanban.memberlist.StreamedMemberList;
import vn.vanban.roster.form.MemberListForm;
import vn.vanban.roster.InvalidRosterException;
import vn.vanban.roster.RosterProblem;
import vn.vanban.roster.RosterRepository;
import vn.vanban.reference.Commune;
import vn.vanban.reference.Province;
import vn.vanban.reference.ProvinceRepository;
import vn.vanban.reference.UnknownProvinceException;
import vn.vanban.security.AccessPolicy;

/**
 * The consolidated member list of a province: every commune with a stored roster, in code order, each
 * with its subtotal, then TỔNG. Written as a stream, one commune's roster in memory at a time.
 */
@Service
public class ProvinceMemberLists {

    private final JdbcClient jdbc;
    private final ProvinceRepository provinces;
    private final RosterRepository rosters;
    private final DecisionService decisions;
    private final StreamedMemberList writer;
    private final AccessPolicy access;

    public ProvinceMemberLists(JdbcClient jdbc, ProvinceRepository provinces, RosterRepository rosters,
                               DecisionService decisions, StreamedMemberList writer, AccessPolicy access) {
        this.access = access;
        this.jdbc = jdbc;
        this.provinces = provinces;
        this.rosters = rosters;
        this.decisions = decisions;
        this.writer = writer;
    }

    /** A list that can be written: checked before the response starts, since a stream cannot turn into a problem. */
    public record Prepared(MemberListRequest request, List<Commune> communes, OutputFormat format, String fileName) {
    }

    public Prepared prepare(String provinceCode, MemberListForm form, boolean mask, OutputFormat format) {
        Province province = provinces.findById(provinceCode).orElseThrow(() -> new UnknownProvinceException(provinceCode));
        access.requireProvinceRead(provinceCode);
        List<Commune> communes = jdbc.sql("select c.code, c.province_code, c.name, c.full_name, c.type from commune c "
                        + "join roster r on r.commune_code = c.code where c.province_code = ? order by c.code")
                .param(provinceCode)
                .query((rs, n) -> new Commune(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
        if (communes.isEmpty()) {
            throw new InvalidRosterException("Chưa lập được danh sách của tỉnh", List.of(new RosterProblem("/province",
                    "Chưa xã, phường, đặc khu nào của " + province.name() + " có danh sách tổ trong hệ thống")));
        }
        MemberListRequest request = new MemberListRequest(form, mask, null, province.name());
        return new Prepared(request, communes, format, writer.fileName(request, format));
    }

    public void write(Prepared list, OutputStream out) {
        writer.write(list.request(), new ProvinceMemberRows(list.communes(), rosters, decisions), list.format(), out);
    }
}
