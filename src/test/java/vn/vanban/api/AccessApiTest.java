package vn.vanban.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanban.api.ApiClient.json;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Authentication, scope, keys, browser sessions with CSRF, lockout and the audit trail, over HTTP. The
 * client address comes from X-Forwarded-For here, so that the lockout tests lock only their own address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vanban.warm-up=false", "server.forward-headers-strategy=framework"})
class AccessApiTest {

    static final String PASSWORD = "mat-khau-thu-nghiem";

    @LocalServerPort
    int port;
    ApiClient admin;

    @BeforeEach
    void client() throws Exception {
        admin = new ApiClient(port);
        account("canbo.28807", "{ \"role\": \"commune\", \"communes\": [\"28807\"] }");
        account("vanthu.28807", "{ \"role\": \"commune\", \"communes\": [\"28807\"], \"registrar\": true }");
        account("so.86", "{ \"role\": \"province\", \"province\": \"86\", \"write\": true }");
        account("so.51", "{ \"role\": \"province\", \"province\": \"51\" }");
    }

    private void account(String username, String spec) throws Exception {
        String body = spec.replaceFirst("\\{", "{ \"username\": \"" + username + "\", \"password\": \"" + PASSWORD + "\", ");
        int status = admin.send("POST", "/api/v1/admin/users", body).statusCode();
        assertThat(status).as(username).isIn(201, 422);
    }

    private ApiClient as(String username) {
        return new ApiClient(port, username, PASSWORD);
    }

    private static void assertProblem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(json(r).path("status").asInt()).isEqualTo(status);
        assertThat(json(r).path("title").asString()).isNotBlank();
    }

    @Test
    void anonymousCallersGet401ProblemsWithAChallengeAndOnlyThePublicRoutes() throws Exception {
        ApiClient anonymous = ApiClient.anonymous(port);
        HttpResponse<String> roster = anonymous.get("/api/v1/communes/28807/roster");
        assertProblem(roster, 401);
        assertThat(json(roster).path("title").asString()).isEqualTo("Chưa xác thực");
        assertThat(roster.headers().allValues("WWW-Authenticate")).anyMatch(v -> v.startsWith("Bearer"))
                .anyMatch(v -> v.startsWith("Basic"));
        assertProblem(anonymous.get("/api/v1/templates"), 401);
        assertProblem(anonymous.send("DELETE", "/api/v1/decisions/1", null, "Authorization", "Basic eDp5"), 401);
        assertThat(anonymous.get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/login").statusCode()).isEqualTo(200);
        HttpResponse<String> docs = anonymous.get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode schemes = json(docs).at("/components/securitySchemes");
        assertThat(schemes.has("basicAuth") && schemes.has("bearerAuth") && schemes.has("sessionCookie")).isTrue();
        assertThat(json(docs).at("/paths/~1api~1v1~1admin~1users/get/x-access").asString()).isEqualTo("admin");
        // A browser asking for a page is sent to the login page.
        HttpResponse<String> page = anonymous.send(HttpRequest.newBuilder(anonymous.uri("/some/page")).header("Accept", "text/html"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).endsWith("/login"));
        // Every answer carries the security headers.
        assertThat(roster.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v ->
                assertThat(v).contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-eval"));
        assertThat(roster.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(roster.headers().firstValue("Referrer-Policy")).isPresent();
        assertThat(roster.headers().firstValue("X-Frame-Options")).contains("DENY");
    }

    @Test
    void aCommuneAccountReachesItsCommuneOnlyAndAnotherCommunesDecisionIsUnknown() throws Exception {
        ApiClient clerk = as("canbo.28807");
        assertThat(clerk.send("PUT", "/api/v1/communes/28807/roster", RosterJson.roster(1, "ỦY BAN NHÂN DÂN XÃ GIAO LONG"))
                .statusCode()).isEqualTo(200);
        assertProblem(clerk.get("/api/v1/communes/21025/roster"), 403);
        assertProblem(clerk.get("/api/v1/communes/21025/checks"), 403);
        assertProblem(clerk.get("/api/v1/communes/21025/roster.xlsx"), 403);
        assertProblem(clerk.send("PUT", "/api/v1/communes/21025/roster", RosterJson.roster(1, "ỦY BAN NHÂN DÂN PHƯỜNG CẨM THÀNH")), 403);
        assertThat(json(clerk.get("/api/v1/communes/21025/roster")).path("detail").asString()).contains("21025");

        assertThat(admin.send("PUT", "/api/v1/communes/21025/roster", RosterJson.roster(1, "ỦY BAN NHÂN DÂN PHƯỜNG CẨM THÀNH"))
                .statusCode()).isEqualTo(200);
        long other = json(admin.send("POST", "/api/v1/communes/21025/decisions", admin.draftRequest("21025"))).get(0).path("id").asLong();
        assertProblem(clerk.get("/api/v1/decisions/" + other), 404);
        assertProblem(clerk.send("DELETE", "/api/v1/decisions/" + other, null), 404);
        assertProblem(clerk.get("/api/v1/decisions/999999"), 404);

        HttpResponse<String> made = clerk.send("POST", "/api/v1/communes/28807/decisions", clerk.draftRequest("28807"));
        assertThat(made.statusCode()).isEqualTo(201);
        long own = json(made).get(0).path("id").asLong();
        assertProblem(clerk.send("POST", "/api/v1/decisions/" + own + "/registration", "{ \"date\": \"2025-08-05\" }"), 403);
        HttpResponse<String> registered = as("vanthu.28807").send("POST", "/api/v1/decisions/" + own + "/registration",
                "{ \"date\": \"2025-08-05\" }");
        assertThat(registered.statusCode()).isEqualTo(200);
        // The register keeps who gave the number.
        assertThat(json(registered).path("registeredBy").asString()).isEqualTo("vanthu.28807");
        assertThat(json(clerk.get("/api/v1/decisions/" + own)).path("registeredBy").asString()).isEqualTo("vanthu.28807");

        // A province account reads its communes, not others, and does not edit rosters.
        ApiClient province = as("so.86");
        assertThat(province.get("/api/v1/communes/28807/roster").statusCode()).isEqualTo(200);
        assertProblem(province.get("/api/v1/communes/21025/roster"), 403);
        assertProblem(province.send("PUT", "/api/v1/communes/28807/roster", RosterJson.roster(1, "ỦY BAN NHÂN DÂN XÃ GIAO LONG")), 403);
        assertThat(province.get("/api/v1/provinces/86/summary").statusCode()).isEqualTo(200);
        assertProblem(province.get("/api/v1/provinces/51/summary"), 403);
        assertProblem(as("so.51").send("POST", "/api/v1/batches",
                "{ \"province\": \"51\", \"kind\": \"member-list\", \"format\": \"pdf\" }"), 403);
        assertProblem(clerk.get("/api/v1/admin/users"), 403);
    }

    @Test
    void keysAreShownOnceScopedReadOnlyUnlessWriteAndRevocable() throws Exception {
        HttpResponse<String> created = admin.send("POST", "/api/v1/admin/keys",
                "{ \"name\": \"Cổng dữ liệu\", \"scope\": \"commune:28807\" }");
        assertThat(created.statusCode()).isEqualTo(201);
        String secret = json(created).path("secret").asString();
        long id = json(created).at("/key/id").asLong();
        assertThat(admin.get("/api/v1/admin/keys").body()).contains(json(created).at("/key/prefix").asString()).doesNotContain(secret);

        ApiClient key = ApiClient.anonymous(port);
        String bearer = "Bearer " + secret;
        assertThat(key.send("GET", "/api/v1/communes/28807/roster", null, "Authorization", bearer).statusCode()).isEqualTo(200);
        assertProblem(key.send("GET", "/api/v1/communes/21025/roster", null, "Authorization", bearer), 403);
        assertProblem(key.send("PUT", "/api/v1/communes/28807/roster", RosterJson.roster(1, "ỦY BAN NHÂN DÂN XÃ GIAO LONG"),
                "Authorization", bearer), 403);
        assertProblem(key.send("GET", "/api/v1/account", null, "Authorization", bearer), 403);

        String render = json(admin.send("POST", "/api/v1/admin/keys", "{ \"name\": \"máy in\", \"scope\": \"render\" }"))
                .path("secret").asString();
        assertThat(key.send("GET", "/api/v1/templates", null, "Authorization", "Bearer " + render).statusCode()).isEqualTo(200);
        assertProblem(key.send("GET", "/api/v1/communes/28807/roster", null, "Authorization", "Bearer " + render), 403);

        assertThat(admin.send("DELETE", "/api/v1/admin/keys/" + id, null).statusCode()).isEqualTo(204);
        HttpResponse<String> revoked = key.send("GET", "/api/v1/communes/28807/roster", null, "Authorization", bearer);
        assertProblem(revoked, 401);
        assertThat(json(revoked).path("detail").asString()).contains("thu hồi");
    }

    @Test
    void aBrowserSessionNeedsTheCsrfTokenAndAPlainTextImportIsRefused() throws Exception {
        assertThat(admin.send("PUT", "/api/v1/communes/28807/roster", RosterJson.roster(2, "ỦY BAN NHÂN DÂN XÃ GIAO LONG"))
                .statusCode()).isEqualTo(200);
        String before = admin.get("/api/v1/communes/28807/roster").headers().firstValue("ETag").orElseThrow();
        byte[] csv = admin.getBytes("/api/v1/communes/28807/roster.csv").body();

        // A cross-origin text/plain POST (no preflight in a browser) is 415, with credentials or without.
        HttpResponse<String> plain = admin.send(HttpRequest.newBuilder(admin.uri("/api/v1/communes/28807/roster/import?dryRun=false"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofByteArray(csv)), HttpResponse.BodyHandlers.ofString());
        assertProblem(plain, 415);

        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(admin.uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();
        assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
        String form = "username=canbo.28807&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(admin.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(login.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("JSESSIONID") && c.contains("HttpOnly")
                && c.contains("SameSite=Lax"));
        assertThat(browser.send(HttpRequest.newBuilder(admin.uri("/api/v1/account")).build(), HttpResponse.BodyHandlers.ofString()).body())
                .contains("canbo.28807");

        // The session's POST without the token changes nothing.
        String changed = new String(csv, StandardCharsets.UTF_8).replace("Giao", "Gieo");
        HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(admin.uri("/api/v1/communes/28807/roster/import?dryRun=false"))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(changed)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblem(forged, 403);
        assertThat(json(forged).path("detail").asString()).contains("CSRF");
        assertThat(admin.get("/api/v1/communes/28807/roster").headers().firstValue("ETag")).contains(before);

        // With the token of the XSRF-TOKEN cookie it goes through (a dry run here).
        String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst()
                .orElseThrow().getValue();
        HttpResponse<String> dryRun = browser.send(HttpRequest.newBuilder(admin.uri("/api/v1/communes/28807/roster/import?dryRun=true"))
                .header("Content-Type", "text/csv").header("X-XSRF-TOKEN", xsrf).POST(HttpRequest.BodyPublishers.ofString(changed)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(dryRun.statusCode()).isEqualTo(200);

        HttpResponse<String> logout = browser.send(HttpRequest.newBuilder(admin.uri("/logout")).header("X-XSRF-TOKEN", xsrf)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(logout.statusCode()).isIn(204, 302);
        assertThat(browser.send(HttpRequest.newBuilder(admin.uri("/api/v1/account")).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(401);
    }

    @Test
    void fiveFailuresRefuseTheAccountWithTheSameMessageWhetherItExistsOrNot() throws Exception {
        for (String name : new String[] {"so.51", "khong-co-ai"}) {
            String address = name.equals("so.51") ? "203.0.113.10" : "203.0.113.11";
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> wrong = new ApiClient(port, name, "sai-mat-khau-" + i)
                        .send("GET", "/api/v1/account", null, "X-Forwarded-For", address);
                assertProblem(wrong, 401);
                assertThat(json(wrong).path("detail").asString()).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
            }
            HttpResponse<String> locked = new ApiClient(port, name, PASSWORD)
                    .send("GET", "/api/v1/account", null, "X-Forwarded-For", "203.0.113.99");
            assertProblem(locked, 401);
            assertThat(json(locked).path("detail").asString()).contains("15 phút");
        }
        // The address that failed five times is refused for any name, even with a right password.
        assertThat(json(as("canbo.28807").send("GET", "/api/v1/account", null, "X-Forwarded-For", "203.0.113.10"))
                .path("detail").asString()).contains("15 phút");
        JsonNode failures = json(admin.get("/api/v1/audit?action=login.failed&actor=khong-co-ai"));
        assertThat(failures.path("total").asLong()).isEqualTo(5);
        assertThat(failures.at("/events/0/clientAddress").asString()).isEqualTo("203.0.113.11");
    }

    @Test
    void accountsAndPasswordsFollowTheRules() throws Exception {
        HttpResponse<String> shortPassword = admin.send("POST", "/api/v1/admin/users",
                "{ \"username\": \"ngan\", \"password\": \"123456789\", \"role\": \"admin\" }");
        assertProblem(shortPassword, 422);
        assertThat(json(shortPassword).at("/errors/0/pointer").asString()).isEqualTo("/password");
        assertProblem(admin.send("POST", "/api/v1/admin/users",
                "{ \"username\": \"xa-la\", \"password\": \"du-muoi-ky-tu\", \"role\": \"commune\", \"communes\": [\"99999\"] }"), 422);
        // A misspelt flag is refused, never dropped: an account without the registrar flag it was meant to have.
        HttpResponse<String> misspelt = admin.send("POST", "/api/v1/admin/users", "{ \"username\": \"sai-chinh-ta\", \"password\": \""
                + PASSWORD + "\", \"role\": \"commune\", \"communes\": [\"28807\"], \"registar\": true }");
        assertProblem(misspelt, 400);
        assertThat(json(misspelt).at("/errors/0/pointer").asString()).isEqualTo("/registar");
        assertThat(json(admin.get("/api/v1/admin/users")).valueStream().map(u -> u.path("username").asString()))
                .contains("test-admin", "canbo.28807").doesNotContain("sai-chinh-ta");
        assertThat(admin.send("POST", "/api/v1/admin/users",
                "{ \"username\": \"doi-mat-khau\", \"password\": \"" + PASSWORD + "\", \"role\": \"commune\", \"communes\": [\"28807\"] }")
                .statusCode()).isEqualTo(201);
        ApiClient self = as("doi-mat-khau");
        assertProblem(self.send("PUT", "/api/v1/account/password",
                "{ \"currentPassword\": \"khong-dung-dau\", \"newPassword\": \"mat-khau-moi-dai\" }"), 422);
        assertThat(self.send("PUT", "/api/v1/account/password",
                "{ \"currentPassword\": \"" + PASSWORD + "\", \"newPassword\": \"mat-khau-moi-dai\" }").statusCode()).isEqualTo(204);
        assertProblem(self.send("GET", "/api/v1/account", null, "X-Forwarded-For", "198.51.100.1"), 401);
        assertThat(new ApiClient(port, "doi-mat-khau", "mat-khau-moi-dai").get("/api/v1/account").statusCode()).isEqualTo(200);

        assertThat(admin.send("PATCH", "/api/v1/admin/users/doi-mat-khau", "{ \"enabled\": false }").statusCode()).isEqualTo(200);
        assertProblem(new ApiClient(port, "doi-mat-khau", "mat-khau-moi-dai")
                .send("GET", "/api/v1/account", null, "X-Forwarded-For", "198.51.100.2"), 401);
        assertProblem(admin.send("DELETE", "/api/v1/admin/users/test-admin", null), 422);
    }

    @Test
    void theAuditTrailKeepsWritesWithVersionsAndAProvinceReadsOnlyItsCommunes() throws Exception {
        ApiClient clerk = as("canbo.28807");
        assertThat(clerk.send("PUT", "/api/v1/communes/28807/roster", RosterJson.roster(1, "ỦY BAN NHÂN DÂN XÃ GIAO LONG"))
                .statusCode()).isEqualTo(200);
        assertThat(clerk.getBytes("/api/v1/communes/28807/roster.xlsx").statusCode()).isEqualTo(200);
        assertThat(admin.send("PUT", "/api/v1/communes/21025/roster", RosterJson.roster(1, "ỦY BAN NHÂN DÂN PHƯỜNG CẨM THÀNH"))
                .statusCode()).isEqualTo(200);

        JsonNode writes = json(admin.get("/api/v1/audit?commune=28807&action=roster.write&actor=canbo.28807"));
        assertThat(writes.path("total").asLong()).isGreaterThanOrEqualTo(1);
        JsonNode last = writes.at("/events/0");
        assertThat(last.path("province").asString()).isEqualTo("86");
        assertThat(last.at("/detail/versionAfter").isNumber()).isTrue();
        assertThat(last.at("/detail/request").asString()).isEqualTo("PUT /api/v1/communes/28807/roster");
        assertThat(json(admin.get("/api/v1/audit?commune=28807&action=export.unmasked")).path("total").asLong()).isGreaterThanOrEqualTo(1);

        JsonNode province = json(as("so.86").get("/api/v1/audit?size=200"));
        assertThat(province.path("events").valueStream().map(e -> e.path("province").asString())).isNotEmpty().containsOnly("86");
        assertThat(json(as("so.51").get("/api/v1/audit?commune=28807")).path("total").asLong()).isZero();
        assertProblem(clerk.get("/api/v1/audit"), 403);
        assertThat(json(admin.get("/api/v1/audit?action=account.create")).path("total").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(admin.send("DELETE", "/api/v1/audit", null).statusCode()).isEqualTo(405);
    }
}
