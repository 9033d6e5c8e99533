package vn.vanban.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.node.ObjectNode;
import vn.vanban.batches.BatchKind;
import vn.vanban.batches.BatchOverview;
import vn.vanban.batches.BatchService;
import vn.vanban.batches.NewBatch;
import vn.vanban.render.OutputFormat;

/**
 * The services the province pages read, on the demo communes of Thanh Hóa: the commune table adds up
 * to the province's figures, the summary letter starts from the example renamed for the province and
 * then from the last letter made, and a province lists its batches.
 */
@SpringBootTest(properties = {"vanban.warm-up=false", "vanban.demo.enabled=true"})
class ProvinceCommunesTest {

    @Autowired
    ProvinceCommunes communes;
    @Autowired
    ProvinceFigures figures;
    @Autowired
    SummaryLetters letters;
    @Autowired
    BatchService batches;

    @Test
    void theTableAddsUpToTheFigures() {
        LocalDate today = LocalDate.now();
        List<CommuneStanding> all = communes.list("38", today, CommuneQuery.ALL);
        ProvinceSummary summary = figures.summary("38", today);
        assertThat(all).hasSize((int) summary.communes());
        Map<CommuneState, Long> byState = all.stream().collect(Collectors.groupingBy(CommuneStanding::state, Collectors.counting()));
        assertThat(byState.getOrDefault(CommuneState.DECIDED, 0L)).isEqualTo(summary.communesWithDecision());
        assertThat(all.stream().filter(c -> c.state() != CommuneState.NONE).count()).isEqualTo(summary.communesWithRoster());
        assertThat(all.stream().mapToLong(CommuneStanding::teams).sum()).isEqualTo(summary.teams());
        assertThat(all.stream().mapToLong(CommuneStanding::teamsWithDecision).sum()).isEqualTo(summary.teamsWithDecision());
        assertThat(all.stream().mapToLong(CommuneStanding::members).sum()).isEqualTo(summary.members());
        assertThat(all.stream().mapToLong(CommuneStanding::villagesWithoutTeam).sum()).isEqualTo(summary.villagesWithoutTeam());

        CommuneStanding xuanBinh = communes.list("38", today, new CommuneQuery("xuan binh", null, null, false)).get(0);
        assertThat(xuanBinh).isEqualTo(new CommuneStanding("16177", "Xuân Bình", "Xã Xuân Bình", "xã", CommuneState.ROSTER,
                7, 6, 45, 1));
        // Before its village teams were registered (10/7/2025) none of them had a decision.
        assertThat(communes.list("38", LocalDate.of(2025, 7, 9), new CommuneQuery("16177", null, null, false)).get(0)
                .teamsWithDecision()).isZero();
        // Cẩm Thành has a draft of its commune team's decision.
        assertThat(communes.list("51", today, new CommuneQuery("cam thanh", null, null, false)).get(0).state())
                .isEqualTo(CommuneState.DRAFT);
    }

    @Test
    void theFirstLetterStartsFromTheExampleForThisProvinceThenFromTheLastLetter() {
        SummaryLetters.LastLetter first = letters.startingPoint("86");
        assertThat(first.savedAt()).isNull();
        ObjectNode letter = first.letter();
        assertThat(letter.path("issuer").path("parent").asString()).isEqualTo("UBND TỈNH VĨNH LONG");
        assertThat(letter.path("place").asString()).isEqualTo("Vĩnh Long");
        assertThat(letter.has("figures")).isFalse();
        assertThat(letter.has("pending")).isFalse();

        letter.put("subject", "V/v đôn đốc lần hai");
        assertThat(letters.render("86", letter.deepCopy(), OutputFormat.PDF).bytes()).isNotEmpty();
        SummaryLetters.LastLetter next = letters.startingPoint("86");
        assertThat(next.savedAt()).isNotNull();
        assertThat(next.letter().path("subject").asString()).isEqualTo("V/v đôn đốc lần hai");
        assertThat(next.letter().has("figures")).isFalse();
        assertThat(letters.startingPoint("51").savedAt()).isNull();
    }

    @Test
    void aProvinceListsItsBatchesNewestFirst() {
        long first = batches.submit(new NewBatch("86", BatchKind.MEMBER_LIST, "pdf", "2025", true)).id();
        long second = batches.submit(new NewBatch("86", BatchKind.COMMUNE_TEAM_DECISION, "docx", null, false)).id();
        List<BatchOverview> listed = batches.list("86", 50);
        assertThat(listed).extracting(BatchOverview::id).containsExactly(second, first);
        assertThat(listed.get(0).kind()).isEqualTo(BatchKind.COMMUNE_TEAM_DECISION);
        assertThat(listed.get(0).total()).isEqualTo(1);
        assertThat(batches.list("86", 1)).hasSize(1);
        assertThat(batches.list("38", 50)).extracting(BatchOverview::id).doesNotContain(first, second);
    }
}
