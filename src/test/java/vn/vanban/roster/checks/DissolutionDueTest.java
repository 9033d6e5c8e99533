package vn.vanban.roster.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanban.roster.Profile;
import vn.vanban.roster.Roster;
import vn.vanban.roster.Team;
import vn.vanban.roster.TeamLevel;
import vn.vanban.roster.TeamStatus;
import vn.vanban.roster.Village;

class DissolutionDueTest {

    private static final Village DONG = new Village("thon-dong", "Thôn", "Đông", true);

    private static Team team(String village, TeamStatus status, Long decisionId) {
        return new Team("to-" + village, TeamLevel.VILLAGE, "Tổ công nghệ số cộng đồng " + village, null, village, status,
                null, null, decisionId, List.of());
    }

    private static List<Finding> check(Village tay, Team team) {
        Roster roster = new Roster("12586", 1L, Profile.EMPTY, List.of(DONG, tay), List.of(team), null);
        return DissolutionDue.check(roster, id -> id == 7L ? "01/QĐ-UBND ngày 10/7/2025" : null);
    }

    @Test
    void aMergedVillageWhoseTeamStillStandsOnItsDecisionAsksForADissolutionNamingTheVillageItJoined() {
        List<Finding> findings = check(new Village("thon-tay", "Thôn", "Tây", false, "thon-dong"),
                team("thon-tay", TeamStatus.ESTABLISHED, 7L));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(DissolutionDue.RULE);
            assertThat(f.message()).contains("Thôn Tây đã sáp nhập vào Đông").contains("01/QĐ-UBND ngày 10/7/2025").contains("giải thể");
            assertThat(f.pointer()).isEqualTo("/teams/0");
        });
    }

    @Test
    void aRemovedVillageIsSaidToBeNoMore() {
        assertThat(check(new Village("thon-tay", "Thôn", "Tây", false), team("thon-tay", TeamStatus.RECONSTITUTED, 7L)))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("Thôn Tây không còn"));
    }

    @Test
    void nothingIsDueForALiveVillageATeamWithoutDecisionOrADissolvedTeam() {
        Village ended = new Village("thon-tay", "Thôn", "Tây", false, "thon-dong");
        assertThat(check(new Village("thon-tay", "Thôn", "Tây", true), team("thon-tay", TeamStatus.ESTABLISHED, 7L))).isEmpty();
        assertThat(check(ended, team("thon-tay", TeamStatus.PROPOSED, null))).isEmpty();
        assertThat(check(ended, team("thon-tay", TeamStatus.DISSOLVED, 8L))).isEmpty();
    }
}
