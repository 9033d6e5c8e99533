package vn.vanban.web.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanban.decisions.draft.DraftChoices;
import vn.vanban.decisions.draft.NewDecision;
import vn.vanban.roster.RosterProblem;

/** How the decision forms map to the services' requests, and the services' problems back to the fields. */
class DecisionFormTest {

    private static final String COMMUNE_SUBJECT = "Về việc thành lập Tổ công nghệ số cộng đồng xã Xuân Bình";
    private static final String VILLAGES_SUBJECT = "Về việc thành lập các Tổ công nghệ số cộng đồng trên địa bàn xã Xuân Bình";

    private static final DraftChoices CHOICES = new DraftChoices("16177", "Xã Xuân Bình", List.of(), false, "Lương Đình Tuyên",
            List.of("Hà Văn Chiến"), List.of(
            new DraftChoices.Kind("commune-team", List.of(), List.of(), COMMUNE_SUBJECT, "Tổ cấp xã đã có quyết định"),
            new DraftChoices.Kind("village-teams", List.of("to-thon-7", "to-thon-8"), List.of("to-thon-7"), VILLAGES_SUBJECT, null),
            new DraftChoices.Kind("each-team", List.of("to-thon-7"), List.of("to-thon-7"), null, null),
            new DraftChoices.Kind("reconstitute", List.of("to-thon-1"), List.of("to-thon-1"), null, null)),
            List.of());

    @Test
    void theFormOpensOnTheFirstKindThatCanBeDraftedWithTheServicesDefaults() {
        DecisionForm form = DecisionForm.start(CHOICES, null, null, null);
        assertThat(form.kind()).isEqualTo("village-teams");
        assertThat(form.teams()).containsExactly("to-thon-7");
        assertThat(form.subject()).isEqualTo(VILLAGES_SUBJECT);
        assertThat(form.signer()).isEqualTo(DecisionForm.CHAIR);
        // A kind that cannot be drafted, or one that does not exist, is not where the form opens.
        assertThat(DecisionForm.start(CHOICES, "commune-team", null, null).kind()).isEqualTo("village-teams");
        assertThat(DecisionForm.start(CHOICES, "founding", null, null).kind()).isEqualTo("village-teams");
    }

    @Test
    void aTypedSubjectSurvivesAChangeOfKindAndADefaultWordingFollowsIt() {
        assertThat(DecisionForm.start(CHOICES, "reconstitute", VILLAGES_SUBJECT, null).subject()).isNull();
        assertThat(DecisionForm.start(CHOICES, "reconstitute", "  ", null).subject()).isNull();
        assertThat(DecisionForm.start(CHOICES, "reconstitute", "Về việc kiện toàn Tổ Thôn 1", "Hà Văn Chiến"))
                .isEqualTo(new DecisionForm("reconstitute", List.of("to-thon-1"), "Về việc kiện toàn Tổ Thôn 1", "Hà Văn Chiến"));
    }

    @Test
    void theRequestCarriesTheTickedTeamsTheSubjectWhereItAppliesAndTheViceChairWhoSigns() {
        assertThat(new DecisionForm("village-teams", List.of("to-thon-7"), " " + VILLAGES_SUBJECT + " ", "chair").toRequest())
                .isEqualTo(new NewDecision("village-teams", List.of("to-thon-7"), VILLAGES_SUBJECT, null));
        assertThat(new DecisionForm("each-team", List.of("a", "b"), VILLAGES_SUBJECT, "Hà Văn Chiến").toRequest())
                .isEqualTo(new NewDecision("each-team", List.of("a", "b"), null, "Hà Văn Chiến"));
        assertThat(new DecisionForm("reconstitute", null, "", null).toRequest())
                .isEqualTo(new NewDecision("reconstitute", List.of(), null, null));
    }

    @Test
    void theServicesProblemsGoNextToTheFieldsTheyConcernInTheFormsWords() {
        var errors = FormErrors.of(List.of(
                new RosterProblem("/teams/0", "Tổ Thôn 1 đã có Quyết định số 01/QĐ-UBND ngày 10/7/2025 đang có hiệu lực; không thành lập "
                        + "lại, khi thành viên thay đổi hãy lập quyết định kiện toàn (kind reconstitute)"),
                new RosterProblem("/deputy", "\"X\" không có trong danh sách Phó Chủ tịch của hồ sơ xã"),
                new RosterProblem("/profile/chair", "Hồ sơ của xã chưa có họ tên người ký")));
        assertThat(errors).containsOnlyKeys("teams", "signer", FormErrors.GENERAL);
        assertThat(errors.get("teams")).singleElement().asString().endsWith("(chọn “Kiện toàn”)").doesNotContain("kind");
    }

    @Test
    void aRegistrationNeedsADateAndTheConfirmationThatItCannotBeUndone() {
        assertThat(new RegistrationForm("2026-11-30", true, null).problems()).isEmpty();
        assertThat(new RegistrationForm("2026-11-30", true, null).issueDate()).hasToString("2026-11-30");
        assertThat(new RegistrationForm("", null, null).problems()).containsOnlyKeys("date", "confirm");
        assertThat(new RegistrationForm("5/8/2026", true, null).issueDate()).hasToString("2026-08-05");
        assertThat(RegistrationForm.today(LocalDate.of(2026, 8, 5)).date()).isEqualTo("05/08/2026");
        assertThat(new RegistrationForm("31/02/2026", true, null).problems().get("date")).singleElement().asString().contains("không hợp lệ");
        assertThat(new RegistrationForm("hôm nay", true, null).problems()).containsOnlyKeys("date");
    }
}
