package vn.vanban.roster.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TeamCompositionTest {

    @Test
    void aTeamWithOneLeaderCanBeDecidedOn() {
        assertThat(TeamComposition.problem("Tổ KP1", List.of("member", "leader", "deputy"))).isEmpty();
    }

    @Test
    void anEmptyTeamIsNamed() {
        assertThat(TeamComposition.problem("Tổ KP1", List.of())).contains("Tổ KP1 chưa có thành viên nào");
    }

    @Test
    void noLeaderAndTwoLeadersAreRefused() {
        assertThat(TeamComposition.problem("Tổ KP1", List.of("member", "deputy"))).contains("Tổ KP1 chưa có Tổ trưởng");
        assertThat(TeamComposition.problem("Tổ KP1", List.of("leader", "member", "leader")))
                .contains("Tổ KP1 có 2 Tổ trưởng; mỗi tổ chỉ có một Tổ trưởng");
    }
}
