package vn.vanban.web.commune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanban.roster.InvalidRosterException;
import vn.vanban.roster.Profile;
import vn.vanban.roster.Roster;
import vn.vanban.roster.Team;
import vn.vanban.roster.TeamLevel;
import vn.vanban.roster.TeamStatus;
import vn.vanban.roster.Village;
import vn.vanban.roster.checks.Finding;

class VillageFormTest {

    private static final Village TAY = new Village("thon-tay", "Thôn", "Tây", true);

    @Test
    void theEditFormMergesRemovesOrKeepsAVillage() {
        assertThat(new VillageForm(1L, "Thôn", "Tây", "merged", " thon-dong ").toEdited("thon-tay", TAY))
                .isEqualTo(new Village("thon-tay", "Thôn", "Tây", false, "thon-dong"));
        assertThat(new VillageForm(1L, "Thôn", "Tây", "removed", "thon-dong").toEdited("thon-tay", TAY))
                .isEqualTo(new Village("thon-tay", "Thôn", "Tây", false, null));
        Village merged = new Village("thon-tay", "Thôn", "Tây", false, "thon-dong");
        assertThat(new VillageForm(1L, "Thôn", "Tây Mới", null, null).toEdited("thon-tay", merged))
                .isEqualTo(new Village("thon-tay", "Thôn", "Tây Mới", false, "thon-dong"));
    }

    @Test
    void mergedWithoutTheVillageItJoinedIsRefusedAtThatInput() {
        assertThatThrownBy(() -> new VillageForm(1L, "Thôn", "Tây", "merged", " ").toEdited("thon-tay", TAY))
                .isInstanceOfSatisfying(InvalidRosterException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> assertThat(p.pointer()).isEqualTo("/mergedInto")));
    }

    @Test
    void aDissolutionDueFindingLeadsToTheDissolveForm() {
        Team team = new Team("to-tay", TeamLevel.VILLAGE, "Tổ công nghệ số cộng đồng thôn Tây", null, "thon-tay",
                TeamStatus.ESTABLISHED, null, null, 7L, List.of());
        Roster roster = new Roster("12586", 1L, Profile.EMPTY, List.of(TAY), List.of(team), null);
        FindingLinks.Link link = FindingLinks.of("12586", new Finding(Finding.Severity.WARNING, "dissolution-due", "…", "/teams/0"), roster);
        assertThat(link.href()).isEqualTo("/communes/12586/decisions/new?kind=dissolve");
    }
}
