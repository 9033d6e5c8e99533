package vn.vanban.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.vanban.decisions.Decision;
import vn.vanban.decisions.DecisionService;
import vn.vanban.roster.RosterService;
import vn.vanban.roster.Team;

/** The first start of an embedded database shows the four sample communes with their registers. */
@SpringBootTest(properties = {"vanban.demo.enabled=true", "vanban.warm-up=false"})
class DemoRostersLoadTest {

    @Autowired
    RosterService rosters;
    @Autowired
    DecisionService decisions;

    @Test
    void theSampleCommunesAreLoadedWithRegisteredDecisionsNumberedAsInTheSamples() {
        for (String code : List.of("21025", "28807", "14797", "16177")) {
            assertThat(rosters.get(code).teams()).as(code).hasSizeGreaterThan(5);
        }
        List<Decision> hacThanh = decisions.list("14797");
        assertThat(hacThanh).extracting(Decision::number).containsExactly(1, 2, 3, 4, 5, 6);
        Team kp1 = rosters.get("14797").teams().stream().filter(t -> t.key().equals("to-khu-pho-1")).findFirst().orElseThrow();
        assertThat(kp1.decisionId()).isEqualTo(hacThanh.get(0).id());
        assertThat(hacThanh.get(0).issueDate()).hasToString("2025-07-10");
        assertThat(decisions.list("21025")).singleElement().satisfies(d -> assertThat(d.registered()).isFalse());
    }
}
