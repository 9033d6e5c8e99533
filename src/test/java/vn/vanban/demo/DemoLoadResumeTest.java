package vn.vanban.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vanban.decisions.Decision;
import vn.vanban.decisions.DecisionService;
import vn.vanban.decisions.draft.DecisionDrafts;
import vn.vanban.decisions.register.DecisionRegister;
import vn.vanban.roster.RosterRepository;
import vn.vanban.roster.RosterService;

/**
 * A demo load cut off half way (here by a manifest that fails in the third commune, after its roster and six
 * registrations were committed: the state a kill at that point leaves) is completed by the next start, with
 * every demo roster and decision exactly once and the register numbered from 1 again. The context itself starts
 * with the demo off, on a database of its own, so that the test drives both starts.
 */
@SpringBootTest(properties = {"vanban.demo.enabled=false", "vanban.warm-up=false",
        "spring.datasource.url=jdbc:h2:mem:demo-resume;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class DemoLoadResumeTest {

    private static final List<String> DEMO = List.of("21025", "28807", "14797", "16177");

    @Autowired
    DataSource dataSource;
    @Autowired
    RosterRepository repository;
    @Autowired
    RosterService rosters;
    @Autowired
    DecisionDrafts drafts;
    @Autowired
    DecisionRegister register;
    @Autowired
    DecisionService decisions;
    @Autowired
    DemoLoadLedger ledger;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void emptyDatabase() {
        DEMO.forEach(ledger::clear);
        jdbc.sql("delete from demo_load").update();
    }

    @Test
    void aLoadCutOffHalfWayIsCompletedByTheNextStartWithEveryDemoRowOnce() throws Exception {
        assertThatThrownBy(() -> start("classpath:demo-cut-off/demo.json")).isInstanceOf(RuntimeException.class);
        assertThat(ledger.unfinished()).containsExactly("14797", "16177");
        assertThat(decisions.list("14797")).hasSize(6);
        assertThat(repository.existsById("16177")).isFalse();

        start("classpath:demo/demo.json");

        assertThat(ledger.unfinished()).isEmpty();
        for (String code : DEMO) {
            assertThat(repository.existsById(code)).as(code).isTrue();
        }
        assertThat(decisions.list("21025")).hasSize(1);
        assertThat(decisions.list("28807")).extracting(Decision::number).containsExactly(1);
        assertThat(decisions.list("14797")).extracting(Decision::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(decisions.list("16177")).extracting(Decision::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(jdbc.sql("select count(*) from decision").query(Integer.class).single()).isEqualTo(14);

        start("classpath:demo/demo.json");
        assertThat(jdbc.sql("select count(*) from decision").query(Integer.class).single())
                .as("a complete demo is never loaded again").isEqualTo(14);
    }

    @Test
    void aDatabaseWithRostersOfItsOwnAndNoDemoLedgerGetsNoDemo() throws Exception {
        start("classpath:demo/demo.json");
        jdbc.sql("delete from demo_load").update();
        long before = jdbc.sql("select count(*) from decision").query(Long.class).single();
        start("classpath:demo/demo.json");
        assertThat(ledger.started()).isFalse();
        assertThat(jdbc.sql("select count(*) from decision").query(Long.class).single()).isEqualTo(before);
    }

    private void start(String manifest) throws Exception {
        new DemoRosters(new DemoProperties(true), dataSource, repository, rosters, drafts, register, ledger, manifest)
                .run(null);
    }
}
