package vn.vanban.province;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vanban.province.ProvinceSummary.CommuneRef;
import vn.vanban.reference.Province;
import vn.vanban.reference.ProvinceRepository;
import vn.vanban.reference.UnknownProvinceException;
import vn.vanban.security.AccessPolicy;

/**
 * Counts straight from the tables, in the database: a province has up to a few hundred communes and
 * tens of thousands of seats, which is no reason to load rosters into memory. Rosters keep no history,
 * so "as of" applies to the register (decisions are dated): which teams were founded by then; their members
 * and the villages are as stored now. A group entry ("Các đồng chí Tổ trưởng …") is a seat, not a member.
 */
@Service
public class ProvinceFigures {

    private static final String DECIDED = """
            select distinct d.commune_code from decision d join commune c on c.code = d.commune_code
            where c.province_code = :province and d.status = 'REGISTERED' and d.issue_date <= :asOf""";

    /**
     * A team named by a registered decision of its commune by {@code asOf}: founding or kiện toàn, so a
     * reconstituted team is still one team, and one founded before {@code asOf} and reconstituted after
     * still counts (its decision in force is then the later one).
     */
    private static final String TEAM_DECIDED = """
            exists (select 1 from decision d where d.commune_code = t.commune_code and d.status = 'REGISTERED'
            and d.issue_date <= :asOf and position(',' || t.ref || ',' in ',' || d.team_keys || ',') > 0)""";

    private static final String PROVINCE_TEAMS = """
            from team t join commune c on c.code = t.commune_code
            where c.province_code = :province and t.status <> 'DISSOLVED'""";

    private final JdbcClient jdbc;
    private final ProvinceRepository provinces;

    private final AccessPolicy access;

    public ProvinceFigures(JdbcClient jdbc, ProvinceRepository provinces, AccessPolicy access) {
        this.access = access;
        this.jdbc = jdbc;
        this.provinces = provinces;
    }

    @Transactional(readOnly = true)
    public ProvinceSummary summary(String provinceCode, LocalDate asOf) {
        Province province = provinces.findById(provinceCode).orElseThrow(() -> new UnknownProvinceException(provinceCode));
        access.requireProvinceRead(provinceCode);
        long communes = count("select count(*) from commune where province_code = :province", provinceCode, asOf);
        long communeTeamDecided = count("select count(*) from (" + DECIDED + " and d.kind = 'COMMUNE_TEAM') x", provinceCode, asOf);
        long anyDecided = count("select count(*) from (" + DECIDED + ") x", provinceCode, asOf);
        long withRoster = count("select count(*) from roster r join commune c on c.code = r.commune_code "
                + "where c.province_code = :province", provinceCode, asOf);
        long teams = count("select count(*) from team t join commune c on c.code = t.commune_code "
                + "where c.province_code = :province and t.status <> 'DISSOLVED'", provinceCode, asOf);
        long teamsDecided = count("select count(*) " + PROVINCE_TEAMS + " and " + TEAM_DECIDED, provinceCode, asOf);
        long members = count("select count(*) from membership m join team t on t.commune_code = m.commune_code "
                + "and t.idx = m.idx join commune c on c.code = t.commune_code "
                + "where c.province_code = :province and t.status <> 'DISSOLVED' and not m.group_entry", provinceCode, asOf);
        long membersDecided = count("select count(*) from membership m join team t on t.commune_code = m.commune_code "
                + "and t.idx = m.idx join commune c on c.code = t.commune_code "
                + "where c.province_code = :province and t.status <> 'DISSOLVED' and not m.group_entry and " + TEAM_DECIDED,
                provinceCode, asOf);
        long villagesWithoutTeam = count("select count(*) from village v join commune c on c.code = v.commune_code "
                + "where c.province_code = :province and v.active and not exists (select 1 from team t "
                + "where t.commune_code = v.commune_code and t.village_key = v.ref and t.status <> 'DISSOLVED')",
                provinceCode, asOf);
        long villagesWithoutFoundedTeam = count("select count(*) from village v join commune c on c.code = v.commune_code "
                + "where c.province_code = :province and v.active and not exists (select 1 from team t "
                + "where t.commune_code = v.commune_code and t.village_key = v.ref and t.status <> 'DISSOLVED' and "
                + TEAM_DECIDED + ")", provinceCode, asOf);
        List<CommuneRef> missing = jdbc.sql("select c.code, c.name, c.type, "
                        + "case when r.commune_code is null then 'NO_ROSTER' "
                        + "when c.code in (" + DECIDED + ") then 'COMMUNE_TEAM_ONLY' else 'ANY_TEAM' end "
                        + "from commune c left join roster r on r.commune_code = c.code where c.province_code = :province "
                        + "and c.code not in (" + DECIDED + " and d.kind = 'COMMUNE_TEAM') order by c.code")
                .param("province", provinceCode).param("asOf", asOf)
                .query((rs, n) -> new CommuneRef(rs.getString(1), rs.getString(2), rs.getString(3),
                        ProvinceSummary.Missing.valueOf(rs.getString(4)))).list();
        return new ProvinceSummary(provinceCode, province.name(), asOf, communes, communeTeamDecided, anyDecided,
                withRoster, teams, teamsDecided, members, membersDecided, villagesWithoutTeam, villagesWithoutFoundedTeam,
                missing);
    }

    private long count(String sql, String province, LocalDate asOf) {
        var spec = jdbc.sql(sql).param("province", province);
        if (sql.contains(":asOf")) {
            spec = spec.param("asOf", asOf);
        }
        return spec.query(Long.class).single();
    }
}
