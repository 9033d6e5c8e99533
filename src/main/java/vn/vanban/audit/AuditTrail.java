package vn.vanban.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import vn.vanban.reference.Commune;
import vn.vanban.reference.CommuneRepository;
import vn.vanban.security.Caller;
import vn.vanban.security.CallerContext;
import vn.vanban.security.SecurityEvent;

/**
 * The audit trail: who (account or key, client address) did what (action) to which commune, province or
 * record, when, with a JSON detail. Append-only: this class inserts and reads; nothing updates or
 * deletes a row. Features call {@link #record}; logins and account and key changes arrive as
 * {@link SecurityEvent}s.
 */
@Service
public class AuditTrail {

    public static final String ROSTER_WRITE = "roster.write";
    public static final String DECISION_CREATE = "decision.create";
    public static final String DECISION_DELETE = "decision.delete";
    public static final String DECISION_REGISTER = "decision.register";
    public static final String EXPORT_UNMASKED = "export.unmasked";

    private static final int MAX_DETAIL = 4000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final CallerContext callers;
    private final CommuneRepository communes;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, CallerContext callers, CommuneRepository communes, Clock clock) {
        this.jdbc = jdbc;
        this.callers = callers;
        this.communes = communes;
        this.clock = clock;
    }

    /**
     * Records an act of the current caller on a commune (its province is filled in).
     *
     * @param detail what a reader of the trail needs, e.g. {@code Map.of("versionBefore", 3, "versionAfter", 4)}
     */
    public void record(String action, String communeCode, Object targetId, Map<String, ?> detail) {
        String province = communeCode == null ? null : communes.findById(communeCode).map(Commune::provinceCode).orElse(null);
        recordCaller(action, communeCode, province, targetId, detail);
    }

    /** The detail of a versioned write: {@code versionBefore} (null for a first save) and {@code versionAfter}. */
    public static Map<String, Object> versions(Object before, Object after) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("versionBefore", before);
        d.put("versionAfter", after);
        return d;
    }

    /** Records an act of the current caller on a province. */
    public void recordProvince(String action, String provinceCode, Object targetId, Map<String, ?> detail) {
        recordCaller(action, null, provinceCode, targetId, detail);
    }

    private void recordCaller(String action, String commune, String province, Object targetId, Map<String, ?> detail) {
        Caller c = callers.current();
        Map<String, Object> d = new LinkedHashMap<>(detail == null ? Map.of() : detail);
        String request = callers.requestLine();
        if (request != null) {
            d.putIfAbsent("request", request);
        }
        insert(c.actor(), c.kind().name().toLowerCase(Locale.ROOT), callers.clientAddress(), action, commune, province,
                targetId == null ? null : String.valueOf(targetId), d);
    }

    @EventListener
    void on(SecurityEvent e) {
        insert(e.actor(), e.actorKind(), e.address(), e.action(), null, null, e.targetId(), e.detail());
    }

    private void insert(String actor, String actorKind, String address, String action, String commune, String province,
                        String targetId, Map<String, ?> detail) {
        String json = detail == null || detail.isEmpty() ? null : JSON.writeValueAsString(detail);
        if (json != null && json.length() > MAX_DETAIL) {
            json = JSON.writeValueAsString(Map.of("truncated", json.substring(0, MAX_DETAIL - 100)));
        }
        jdbc.sql("insert into audit_event (at, actor, actor_kind, client_address, action, commune_code, province_code, "
                        + "target_id, detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(clock.instant().atOffset(ZoneOffset.UTC), truncate(actor, 120), actorKind, truncate(address, 64), action,
                        commune, province, truncate(targetId, 120), json)
                .update();
    }

    /** The filters of a reading; null fields do not filter. {@code province} limits to one province's events. */
    public record Query(String commune, String province, String actor, String action, Instant from, Instant to,
                        int page, int size) {
    }

    public record Page(List<AuditEvent> events, int page, int size, long total) {
    }

    public Page find(Query q) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        condition(where, params, "commune_code = ?", q.commune());
        condition(where, params, "province_code = ?", q.province());
        condition(where, params, "actor = ?", q.actor());
        condition(where, params, "action = ?", q.action());
        condition(where, params, "at >= ?", q.from() == null ? null : q.from().atOffset(ZoneOffset.UTC));
        condition(where, params, "at < ?", q.to() == null ? null : q.to().atOffset(ZoneOffset.UTC));
        long total = jdbc.sql("select count(*) from audit_event" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(q.size());
        pageParams.add((long) q.page() * q.size());
        List<AuditEvent> events = jdbc.sql("select id, at, actor, actor_kind, client_address, action, commune_code, province_code, "
                        + "target_id, detail from audit_event" + where + " order by at desc, id desc limit ? offset ?")
                .params(pageParams).query(AuditTrail::row).list();
        return new Page(events, q.page(), q.size(), total);
    }

    private static void condition(StringBuilder where, List<Object> params, String sql, Object value) {
        if (value != null) {
            where.append(" and ").append(sql);
            params.add(value);
        }
    }

    private static AuditEvent row(ResultSet rs, int n) throws SQLException {
        String detail = rs.getString("detail");
        return new AuditEvent(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                rs.getString("actor_kind"), rs.getString("client_address"), rs.getString("action"), rs.getString("commune_code"),
                rs.getString("province_code"), rs.getString("target_id"), detail == null ? null : JSON.readTree(detail));
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
