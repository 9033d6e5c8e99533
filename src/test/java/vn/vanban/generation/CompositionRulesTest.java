package vn.vanban.generation;

import vn.vanban.problem.FieldProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.vanban.roster.checks.Finding;
import vn.vanban.roster.checks.RosterChecks;

/** The render path and the roster checks refuse the same team with the same words. */
class CompositionRulesTest {

    private static final Map<String, Object> TWO_LEADERS = Map.of("name", "Tổ Ấp Giao Hòa", "members", List.of(
            Map.of("role", "leader", "fullName", "Nguyễn Văn An"),
            Map.of("role", "leader", "fullName", "Trần Thị Bình"),
            Map.of("role", "member", "fullName", "Lê Văn Cường")));

    @Test
    void renderPathAndChecksAgree() {
        DocumentDataException refused = catchThrowableOfType(DocumentDataException.class,
                () -> new CompositionRules().check(Map.of("teams", List.of(TWO_LEADERS))));
        List<Finding> findings = new RosterChecks(1).check(
                JsonMapper.builder().build().valueToTree(Map.of("teams", List.of(TWO_LEADERS))));

        assertThat(refused.problems()).containsExactly(new FieldProblem("/teams/0/members",
                "Tổ Ấp Giao Hòa có 2 Tổ trưởng; mỗi tổ chỉ có một Tổ trưởng"));
        assertThat(findings).filteredOn(f -> f.rule().equals("one-leader"))
                .extracting(Finding::pointer, Finding::message)
                .containsExactly(Tuple.tuple("/teams/0/members",
                        "Tổ Ấp Giao Hòa có 2 Tổ trưởng; mỗi tổ chỉ có một Tổ trưởng"));
    }

    @Test
    void aTeamWithoutMembersIsRefused() {
        DocumentDataException refused = catchThrowableOfType(DocumentDataException.class,
                () -> new CompositionRules().check(Map.of("team", Map.of("name", "Tổ cấp xã", "members", List.of()))));
        assertThat(refused.problems()).containsExactly(new FieldProblem("/team/members", "Tổ cấp xã chưa có thành viên nào"));
    }
}
