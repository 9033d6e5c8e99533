package vn.vanban.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.vanban.api.RosterJson;
import vn.vanban.decisions.Decision;
import vn.vanban.decisions.draft.DecisionDrafts;
import vn.vanban.decisions.draft.NewDecision;
import vn.vanban.decisions.register.DecisionRegister;
import vn.vanban.roster.Roster;
import vn.vanban.roster.RosterService;

/**
 * The communes table's one query on whatever database runs (the PostgreSQL run of {@code .ci/run}
 * includes this class; the demo data, which the other province page tests read, load only on H2): a
 * commune without a roster, one with a roster, one with a draft, one decided, in a province no other
 * test writes to (Tuyên Quang; Cao Bằng is ProvinceSummaryApiTest's, and the PostgreSQL run shares one database).
 */
@SpringBootTest(properties = "vanban.warm-up=false")
class ProvinceCommunesDatabaseTest {

    private static final String PROVINCE = "08";
    /** As the demo loader reads rosters: a missing flag is false. */
    private static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    @Autowired
    ProvinceCommunes communes;
    @Autowired
    ProvinceFigures figures;
    @Autowired
    RosterService rosters;
    @Autowired
    DecisionDrafts drafts;
    @Autowired
    DecisionRegister register;

    @Test
    void eachCommuneHasTheStateOfItsRosterAndDecisions() {
        rosters.replace("00691", roster("PHƯỜNG HÀ GIANG 2"), null);
        rosters.replace("00694", roster("PHƯỜNG HÀ GIANG 1"), null);
        rosters.replace("00700", roster("XÃ NGỌC ĐƯỜNG"), null);
        drafts.create("00694", new NewDecision("commune-team", null, null, null));
        List<Decision> decided = drafts.create("00700", new NewDecision("commune-team", null, null, null));
        decided.forEach(d -> register.register(d.id(), LocalDate.of(2025, 8, 5)));

        LocalDate asOf = LocalDate.of(2025, 9, 1);
        Map<String, CommuneStanding> byCode = communes.list(PROVINCE, asOf, CommuneQuery.ALL).stream()
                .collect(Collectors.toMap(CommuneStanding::code, Function.identity()));
        assertThat(byCode.get("00691").state()).isEqualTo(CommuneState.ROSTER);
        assertThat(byCode.get("00694").state()).isEqualTo(CommuneState.DRAFT);
        assertThat(byCode.get("00700").state()).isEqualTo(CommuneState.DECIDED);
        assertThat(byCode.get("00700").teamsWithDecision()).isEqualTo(1);
        assertThat(byCode.values().stream().filter(c -> c.state() == CommuneState.NONE).count())
                .isEqualTo(byCode.size() - 3L);
        assertThat(byCode.get("00700").members()).isEqualTo(byCode.get("00691").members()).isPositive();

        ProvinceSummary summary = figures.summary(PROVINCE, asOf);
        assertThat(summary.communesWithDecision()).isEqualTo(1);
        assertThat(summary.communesWithRoster()).isEqualTo(3);
        // As of a day before its registration, the decision does not count yet.
        assertThat(communes.list(PROVINCE, LocalDate.of(2025, 8, 4), new CommuneQuery("ngoc duong", null, null, false))
                .get(0).state()).isEqualTo(CommuneState.ROSTER);
    }

    private static Roster roster(String issuer) {
        return JSON.readValue(RosterJson.roster(2, "ỦY BAN NHÂN DÂN " + issuer), Roster.class);
    }
}
