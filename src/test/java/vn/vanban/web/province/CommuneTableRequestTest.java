package vn.vanban.web.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.vanban.batches.BatchKind;
import vn.vanban.province.CommuneQuery;
import vn.vanban.province.CommuneState;

/** The home page's query string read leniently, and the heading links that keep the filters. */
class CommuneTableRequestTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void unknownValuesFallBackToTheDefaults() {
        CommuneTableRequest request = new CommuneTableRequest("hôm qua", "cam", "chua-ro", "size", null);
        assertThat(request.date(TODAY)).isEqualTo(TODAY);
        assertThat(request.dateInvalid()).isTrue();
        assertThat(request.query()).isEqualTo(new CommuneQuery("cam", null, CommuneQuery.Sort.NAME, false));
        CommuneTableRequest good = new CommuneTableRequest("2025-08-01", null, "decided", "members", "desc");
        assertThat(good.date(TODAY)).isEqualTo(LocalDate.of(2025, 8, 1));
        assertThat(good.dateInvalid()).isFalse();
        assertThat(good.query()).isEqualTo(new CommuneQuery(null, CommuneState.DECIDED, CommuneQuery.Sort.MEMBERS, true));
        assertThat(new CommuneTableRequest(null, null, null, null, null).dateInvalid()).isFalse();
    }

    @Test
    void aHeadingLinkKeepsTheFiltersAndReversesTheColumnInUse() {
        CommuneTableRequest request = new CommuneTableRequest("2025-08-01", "xuân bình", "roster", "teams", null);
        assertThat(request.sortLink("/provinces/38", "TEAMS"))
                .isEqualTo("/provinces/38?sort=teams&dir=desc&asOf=2025-08-01&q=xu%C3%A2n+b%C3%ACnh&state=roster");
        assertThat(request.sortLink("/provinces/38", "NAME"))
                .isEqualTo("/provinces/38?sort=name&asOf=2025-08-01&q=xu%C3%A2n+b%C3%ACnh&state=roster");
        CommuneTableRequest descending = new CommuneTableRequest(null, null, null, "teams", "desc");
        assertThat(descending.sortLink("/provinces/38", "TEAMS")).isEqualTo("/provinces/38?sort=teams");
    }

    @Test
    void theBatchFormMapsToTheServiceRequest() {
        var request = new BatchForm("village-teams-decision", "docx", "2022", "true").toRequest("38");
        assertThat(request.kind()).isEqualTo(BatchKind.VILLAGE_TEAMS_DECISION);
        assertThat(request.mask()).isTrue();
        assertThat(new BatchForm("khong-co", " ", "", null).toRequest("38"))
                .satisfies(r -> {
                    assertThat(r.kind()).isNull();
                    assertThat(r.format()).isNull();
                    assertThat(r.layout()).isNull();
                    assertThat(r.mask()).isFalse();
                });
    }
}
