package vn.vanban.web.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanban.api.ApiClient.json;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vanban.api.ApiClient;
import vn.vanban.web.WebFormats;

/**
 * The decision forms over HTTP, as a browser posts them (people sign in with Basic here, which the pages
 * accept like the session): a registration sent twice, even at the same moment, gives one number; a refused
 * form comes back with what was sent; a delete needs its confirmation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vanban.warm-up=false", "vanban.demo.enabled=true", "vanban.test.context=decision-pages"})
class DecisionPagesTest {

    /** Hạc Thành: its village teams have their founding decisions, so a kiện toàn draft can always be made. */
    private static final String COMMUNE = "14797";
    private static final String PASSWORD = "vanban-demo-2025";

    @LocalServerPort
    int port;

    @Test
    void aRegistrationSentTwiceAtOnceGivesOneNumberAndBothAnswersShowIt() throws Exception {
        String id = draft("to-khu-pho-1");
        int before = registered();
        String form = "date=" + today() + "&confirm=true";
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> post("vanthu", "/decisions/" + id + "/registration", form));
        CompletableFuture<HttpResponse<String>> second = CompletableFuture.supplyAsync(() -> post("vanthu", "/decisions/" + id + "/registration", form));
        for (HttpResponse<String> answer : List.of(first.get(), second.get())) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/decisions/" + id));
        }
        HttpResponse<String> again = post("vanthu", "/decisions/" + id + "/registration", form);
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(registered()).isEqualTo(before + 1);
        HttpResponse<String> page = get("vanthu", "/decisions/" + id);
        assertThat(page.body()).contains("Quyết định số ").contains("SHA-256").doesNotContain("id=\"cap-so\"");
        // A clerk who is not the records clerk is refused, even for a decision already numbered.
        assertThat(post("canbo", "/decisions/" + id + "/registration", form).statusCode()).isEqualTo(403);
    }

    @Test
    void aRefusedRegistrationComesBackWithTheDateTypedAndTheReasonNextToIt() throws Exception {
        String id = draft("to-khu-pho-2");
        String tomorrow = LocalDate.now(WebFormats.VIETNAM).plusDays(1).toString();
        HttpResponse<String> future = post("vanthu", "/decisions/" + id + "/registration", "date=" + tomorrow + "&confirm=true");
        assertThat(future.statusCode()).isEqualTo(422);
        assertThat(future.body()).contains("value=\"" + tomorrow + "\"").contains("id=\"date-error\"").contains("chưa đến")
                .contains("aria-invalid=\"true\"");
        HttpResponse<String> unconfirmed = post("vanthu", "/decisions/" + id + "/registration", "date=" + today());
        assertThat(unconfirmed.statusCode()).isEqualTo(422);
        assertThat(unconfirmed.body()).contains("id=\"confirm-error\"");
        assertThat(json(new ApiClient(port).get("/api/v1/decisions/" + id)).path("status").asString()).isEqualTo("draft");
    }

    @Test
    void aDraftIsDeletedOnlyOnceTheDeleteIsConfirmed() throws Exception {
        String id = draft("to-khu-pho-3");
        HttpResponse<String> unconfirmed = post("canbo", "/decisions/" + id + "/delete", "n=1");
        assertThat(unconfirmed.statusCode()).isEqualTo(302);
        assertThat(new ApiClient(port).get("/api/v1/decisions/" + id).statusCode()).isEqualTo(200);
        HttpResponse<String> confirmed = post("canbo", "/decisions/" + id + "/delete", "confirm=true");
        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(confirmed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/communes/" + COMMUNE));
        assertThat(new ApiClient(port).get("/api/v1/decisions/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void aDraftFormWithEveryTeamClearedComesBackAsItWasSent() throws Exception {
        String subject = "Về việc kiện toàn Tổ công nghệ số cộng đồng Khu phố 4";
        HttpResponse<String> answer = post("canbo", "/communes/" + COMMUNE + "/decisions/new",
                "kind=reconstitute&signer=chair&subject=" + URLEncoder.encode(subject, StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("id=\"teams-error\"").contains(">" + subject + "</textarea>")
                .containsPattern("id=\"kind-reconstitute\" name=\"kind\" value=\"reconstitute\" checked");
        HttpResponse<String> made = post("canbo", "/communes/" + COMMUNE + "/decisions/new",
                "kind=reconstitute&teams=to-khu-pho-4&signer=chair&subject=" + URLEncoder.encode(subject, StandardCharsets.UTF_8));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(302);
        String page = get("canbo", made.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "")).body();
        assertThat(page).contains(subject).contains("/previews/");
    }

    @Test
    void theFormOffersOnlyTheKindsThatApplyAndSaysWhyNotTheOthers() throws Exception {
        HttpResponse<String> form = get("canbo", "/communes/" + COMMUNE + "/decisions/new");
        assertThat(form.statusCode()).isEqualTo(200);
        // The commune team has no decision yet: founding it is where the form opens, with the service's wording.
        assertThat(form.body()).containsPattern("id=\"kind-commune-team\" name=\"kind\" value=\"commune-team\" checked")
                .contains("id=\"team-to-phuong\"")
                .contains(">Về việc thành lập Tổ công nghệ số cộng đồng phường Hạc Thành</textarea>")
                // Every village team has its founding decision: founding them again is not offered, and the page says why.
                .containsPattern("id=\"kind-village-teams\" name=\"kind\" value=\"village-teams\" disabled")
                .contains("Các tổ đã có quyết định thành lập đang có hiệu lực (Quyết định số ");
        HttpResponse<String> reconstitute = get("canbo", "/communes/" + COMMUNE + "/decisions/new?kind=reconstitute");
        assertThat(reconstitute.body()).contains("id=\"team-to-khu-pho-1\"").doesNotContain("id=\"team-to-phuong\"");
        // A province account reads the commune's decisions but drafts none.
        assertThat(ApiClient.anonymous(port).send(HttpRequest.newBuilder(ApiClient.anonymous(port).uri("/communes/" + COMMUNE + "/decisions/new"))
                .header("Authorization", ApiClient.basic("so.38", PASSWORD)).GET(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(403);
    }

    private String draft(String team) throws Exception {
        HttpResponse<String> made = new ApiClient(port).send("POST", "/api/v1/communes/" + COMMUNE + "/decisions",
                "{\"kind\": \"reconstitute\", \"teams\": [\"" + team + "\"]}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        return json(made).get(0).path("id").asString();
    }

    private int registered() throws Exception {
        return (int) json(new ApiClient(port).get("/api/v1/communes/" + COMMUNE + "/decisions")).valueStream()
                .filter(d -> d.path("status").asString().equals("registered")).count();
    }

    private static String today() {
        return LocalDate.now(WebFormats.VIETNAM).toString();
    }

    private HttpResponse<String> get(String who, String path) throws Exception {
        return ApiClient.anonymous(port).send(HttpRequest.newBuilder(ApiClient.anonymous(port).uri(path)).GET()
                .header("Accept", "text/html").header("Authorization", ApiClient.basic(who + "." + COMMUNE, PASSWORD)),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String who, String path, String form) {
        try {
            return ApiClient.anonymous(port).send(HttpRequest.newBuilder(ApiClient.anonymous(port).uri(path))
                    .POST(HttpRequest.BodyPublishers.ofString(form)).header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Authorization", ApiClient.basic(who + "." + COMMUNE, PASSWORD)), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
