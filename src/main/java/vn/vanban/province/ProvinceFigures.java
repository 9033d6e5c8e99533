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
 * so "as of" applies to the register (decisions are dated); teams, members and villages are as stored now.
 */
@Service
public class ProvinceFigures {

    private static final String DECIDED = """
            select distinct d.commune_code from decision d join commune c on c.code = d.commune_code
            where c.province_code = :province and d.status = 'REGISTERED' and d.issue_date <= :asOf""";

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
        long teamsDecided = count("select count(*) from team t join commune c on c.code = t.commune_code "
                + "join decision d on d.id = t.decision_id where c.province_code = :province and t.status <> 'DISSOLVED' "
                + "and d.status = 'REGISTERED' and d.issue_date <= :asOf", provinceCode, asOf);
        long members = count("select count(*) from membership m join team t on t.commune_code = m.commune_code "
                + "and t.idx = m.idx join commune c on c.code = t.commune_code "
                + "where c.province_code = :province and t.status <> 'DISSOLVED'", provinceCode, asOf);
        long villagesWithoutTeam = count("select count(*) from village v join commune c on c.code = v.commune_code "
                + "where c.province_code = :province and v.active and not exists (select 1 from team t "
                + "where t.commune_code = v.commune_code and t.village_key = v.ref and t.status <> 'DISSOLVED')",
                provinceCode, asOf);
        List<CommuneRef> missing = jdbc.sql("select code, name, type from commune c where province_code = :province "
                        + "and code not in (" + DECIDED + " and d.kind = 'COMMUNE_TEAM') order by code")
                .param("province", provinceCode).param("asOf", asOf)
                .query((rs, n) -> new CommuneRef(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        return new ProvinceSummary(provinceCode, province.name(), asOf, communes, communeTeamDecided, anyDecided,
                withRoster, teams, teamsDecided, members, villagesWithoutTeam, missing);
    }

    private long count(String sql, String province, LocalDate asOf) {
        var spec = jdbc.sql(sql).param("province", province);
        if (sql.contains(":asOf")) {
            spec = spec.param("asOf", asOf);
        }
        return spec.query(Long.class).single();
    }
}
