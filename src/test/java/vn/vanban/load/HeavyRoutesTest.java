package vn.vanban.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class HeavyRoutesTest {

    private static HeavyRoutes.Match match(String method, String path) {
        return HeavyRoutes.match(new MockHttpServletRequest(method, path));
    }

    @Test
    void rendersAreNamedByTheirDocumentAndFormat() {
        assertThat(match("POST", "/api/v1/templates/official-letter/docx"))
                .isEqualTo(new HeavyRoutes.Match(HeavyRoutes.Kind.RENDER, "official-letter", "docx"));
        assertThat(match("GET", "/api/v1/communes/28807/member-list.pdf"))
                .isEqualTo(new HeavyRoutes.Match(HeavyRoutes.Kind.RENDER, "member-list", "pdf"));
        assertThat(match("GET", "/api/v1/provinces/86/member-list.xlsx"))
                .isEqualTo(new HeavyRoutes.Match(HeavyRoutes.Kind.RENDER, "province-member-list", "xlsx"));
        assertThat(match("GET", "/decisions/12")).isEqualTo(new HeavyRoutes.Match(HeavyRoutes.Kind.RENDER, "decision", "png"));
    }

    @Test
    void importsRegistrationsAndBatchesOfTheApiAndThePages() {
        assertThat(match("POST", "/api/v1/communes/28807/roster/import").kind()).isEqualTo(HeavyRoutes.Kind.IMPORT);
        assertThat(match("POST", "/communes/28807/import/confirm").kind()).isEqualTo(HeavyRoutes.Kind.IMPORT);
        assertThat(match("POST", "/api/v1/decisions/3/registration").kind()).isEqualTo(HeavyRoutes.Kind.REGISTRATION);
        assertThat(match("POST", "/provinces/38/batches").kind()).isEqualTo(HeavyRoutes.Kind.BATCH);
    }

    @Test
    void quickRoutesAreNotHeavy() {
        assertThat(match("GET", "/api/v1/templates/official-letter")).isNull();
        assertThat(match("GET", "/api/v1/communes/28807/roster")).isNull();
        assertThat(match("GET", "/api/v1/batches/4")).isNull();
        assertThat(match("GET", "/communes/28807/import")).as("the upload form itself").isNull();
        assertThat(match("DELETE", "/api/v1/decisions/3")).isNull();
    }
}
