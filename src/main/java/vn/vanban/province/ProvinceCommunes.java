package vn.vanban.province;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vanban.reference.ProvinceRepository;
import vn.vanban.reference.UnknownProvinceException;
import vn.vanban.security.AccessPolicy;
import vn.vanban.text.Folding;
import vn.vanban.text.VietnameseText;

/**
 * Every commune of a province with where it stands, for the province's table. One query, whatever the
 * number of communes: a query per commune would cost a province of 300 communes 300 round trips on every
 * keystroke of the search. The counts mean what {@link ProvinceFigures} counts,
 * so the table adds up to the figures above it.
 */
@Service
public class ProvinceCommunes {

    /**
     * Each count is a subquery on the commune's own rows (every table is keyed by commune code first), run
     * only for communes with a roster: most communes of a province have none, and H2 plans grouped joins
     * over the whole province far worse than these index lookups.
     */
    private static final String STANDINGS = """
            select c.code, c.name, c.full_name, c.type, r.commune_code as roster,
              case when r.commune_code is null then 0 else (select count(*) from team t
                where t.commune_code = c.code and t.status <> 'DISSOLVED') end as teams,
              case when r.commune_code is null then 0 else (select count(*) from team t join decision x on x.id = t.decision_id
                where t.commune_code = c.code and t.status <> 'DISSOLVED' and x.status = 'REGISTERED'
                and x.issue_date <= :asOf) end as teams_decided,
              case when r.commune_code is null then 0 else (select count(*) from membership m join team t
                on t.commune_code = m.commune_code and t.idx = m.idx
                where m.commune_code = c.code and t.status <> 'DISSOLVED') end as members,
              case when r.commune_code is null then 0 else (select count(*) from village v
                where v.commune_code = c.code and v.active and not exists (select 1 from team t
                where t.commune_code = v.commune_code and t.village_key = v.ref and t.status <> 'DISSOLVED')) end as villages_open,
              case when r.commune_code is null then 0 else (select count(*) from decision d
                where d.commune_code = c.code and d.status = 'DRAFT') end as drafts,
              case when r.commune_code is null then 0 else (select count(*) from decision d
                where d.commune_code = c.code and d.status = 'REGISTERED' and d.kind = 'COMMUNE_TEAM'
                and d.issue_date <= :asOf) end as decided
            from commune c left join roster r on r.commune_code = c.code
            where c.province_code = :province
            order by c.code""";

    private final JdbcClient jdbc;
    private final ProvinceRepository provinces;
    private final AccessPolicy access;

    public ProvinceCommunes(JdbcClient jdbc, ProvinceRepository provinces, AccessPolicy access) {
        this.jdbc = jdbc;
        this.provinces = provinces;
        this.access = access;
    }

    /** The communes of {@code provinceCode} that {@code query} asks for, in its order; decisions count as of {@code asOf}. */
    @Transactional(readOnly = true)
    public List<CommuneStanding> list(String provinceCode, LocalDate asOf, CommuneQuery query) {
        if (!provinces.existsById(provinceCode)) {
            throw new UnknownProvinceException(provinceCode);
        }
        access.requireProvinceRead(provinceCode);
        List<CommuneStanding> all = jdbc.sql(STANDINGS).param("province", provinceCode).param("asOf", asOf)
                .query((rs, n) -> new CommuneStanding(rs.getString("code"), rs.getString("name"), rs.getString("full_name"),
                        rs.getString("type"), state(rs.getString("roster") != null, rs.getLong("drafts"), rs.getLong("decided")),
                        rs.getLong("teams"), rs.getLong("teams_decided"), rs.getLong("members"), rs.getLong("villages_open")))
                .list();
        return select(all, query);
    }

    /** The filter, search and order of a query over the communes already read: plain Java, tested without a database. */
    static List<CommuneStanding> select(List<CommuneStanding> communes, CommuneQuery query) {
        String search = Folding.ascii(query.search());
        return communes.stream()
                .filter(c -> query.state() == null || c.state() == query.state())
                .filter(c -> search.isEmpty() || c.code().startsWith(search) || Folding.ascii(c.fullName()).contains(search))
                .sorted(order(query))
                .toList();
    }

    static CommuneState state(boolean roster, long drafts, long decided) {
        if (decided > 0) {
            return CommuneState.DECIDED;
        }
        if (drafts > 0) {
            return CommuneState.DRAFT;
        }
        return roster ? CommuneState.ROSTER : CommuneState.NONE;
    }

    private static Comparator<CommuneStanding> order(CommuneQuery query) {
        Collator collator = Collator.getInstance(VietnameseText.VIETNAMESE);
        Comparator<CommuneStanding> byName = Comparator.comparing(CommuneStanding::name, collator)
                .thenComparing(CommuneStanding::code);
        Comparator<CommuneStanding> primary = switch (query.sort()) {
            case NAME -> byName;
            case STATE -> Comparator.comparing(CommuneStanding::state);
            case TEAMS -> Comparator.comparingLong((ToLongFunction<CommuneStanding>) CommuneStanding::teams);
            case MEMBERS -> Comparator.comparingLong((ToLongFunction<CommuneStanding>) CommuneStanding::members);
        };
        if (query.descending()) {
            primary = primary.reversed();
        }
        // Ties read in alphabetical order whichever way the column goes.
        return query.sort() == CommuneQuery.Sort.NAME ? primary : primary.thenComparing(byName);
    }
}
