package vn.vanban.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which demo communes are fully loaded (table {@code demo_load}). The load cannot be one transaction (a
 * registration creates its number counter outside any transaction), so each commune is claimed first and
 * marked loaded last; a commune claimed but not marked was cut off and is cleared before it is loaded again.
 */
@Component
class DemoLoadLedger {

    private final JdbcClient jdbc;
    private final Clock clock;

    DemoLoadLedger(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True once any demo commune has been claimed: the demo then owns those communes until it completes. */
    boolean started() {
        return jdbc.sql("select count(*) from demo_load").query(Integer.class).single() > 0;
    }

    @Transactional
    void claim(List<String> communeCodes) {
        for (String code : communeCodes) {
            jdbc.sql("insert into demo_load (commune_code) values (?)").params(code).update();
        }
    }

    List<String> unfinished() {
        return jdbc.sql("select commune_code from demo_load where loaded_at is null order by commune_code")
                .query(String.class).list();
    }

    /**
     * Removes what a cut-off load left of a claimed commune (its decisions, their files and numbers, its
     * roster), so that loading it again makes every demo row exactly once. The audit events stay: those
     * writes did happen.
     */
    @Transactional
    void clear(String communeCode) {
        jdbc.sql("delete from decision_file where decision_id in (select id from decision where commune_code = ?)")
                .params(communeCode).update();
        jdbc.sql("update decision set replaces = null, replaced_by = null where commune_code = ?").params(communeCode).update();
        jdbc.sql("delete from decision where commune_code = ?").params(communeCode).update();
        jdbc.sql("delete from decision_counter where commune_code = ?").params(communeCode).update();
        for (String child : List.of("membership", "team", "village", "recipient", "legal_basis", "profile_deputy", "roster")) {
            jdbc.sql("delete from " + child + " where commune_code = ?").params(communeCode).update();
        }
    }

    void loaded(String communeCode) {
        jdbc.sql("update demo_load set loaded_at = ? where commune_code = ?")
                .params(Timestamp.from(clock.instant()), communeCode).update();
    }
}
