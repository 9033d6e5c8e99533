package vn.vanban.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static vn.vanban.api.ApiClient.json;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.vanban.api.ApiClient;

/**
 * Every route of the browser pages, asked by every kind of caller, against one table of what each may
 * get: the page (or, for a form that posts, an answer that is not a refusal), the login form, the
 * Vietnamese 403 page, or the 404 page for a thing outside the caller's scope. A route missing from the
 * table, or a row that names no route, fails the test: a new page is added here with its answers.
 * People sign in with HTTP Basic here (the pages accept it like the login session); keys reach no page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vanban.warm-up=false", "vanban.demo.enabled=true", "vanban.test.context=page-matrix"})
class PageAccessMatrixTest {

    /** A demo commune of Thanh Hóa with a village without a team, and a commune of another province. */
    static final String COMMUNE = "16177";
    static final String PROVINCE = "38";
    static final String OTHER_COMMUNE = "21025";
    static final String OTHER_PROVINCE = "51";
    static final String DEMO_PASSWORD = "vanban-demo-2025";
    private static final String PASSWORD = "mat-khau-trang";

    enum Who { ANONYMOUS, CLERK, REGISTRAR, OUTSIDER, PROVINCE_READ, PROVINCE_WRITE, PROVINCE_OTHER, ADMIN, KEY }

    /** What a caller gets: the page, the login form, the 403 page or the 404 page. */
    enum Answer { OK, LOGIN, R403, R404 }

    private static Map<Who, Answer> profile(String answers) {
        String[] a = answers.trim().split("\\s+");
        assertThat(a).hasSize(Who.values().length);
        Map<Who, Answer> m = new EnumMap<>(Who.class);
        for (Who w : Who.values()) {
            m.put(w, switch (a[w.ordinal()]) {
                case "ok" -> Answer.OK;
                case "login" -> Answer.LOGIN;
                default -> Answer.valueOf("R" + a[w.ordinal()]);
            });
        }
        return m;
    }

    //                                                  anon   clerk regis outsd pRead pWrit pOthr admin key
    static final Map<Who, Answer> SIGNED_IN = profile("login  ok    ok    ok    ok    ok    ok    ok    403");
    static final Map<Who, Answer> COMMUNE_READ = profile("login ok   ok    403   ok    ok    403   ok    403");
    static final Map<Who, Answer> COMMUNE_WRITE = profile("login ok  ok    403   403   403   403   ok    403");
    static final Map<Who, Answer> DECISION_READ = profile("login ok  ok    404   ok    ok    404   ok    403");
    static final Map<Who, Answer> DECISION_WRITE = profile("login ok ok    404   403   403   404   ok    403");
    static final Map<Who, Answer> REGISTRATION = profile("login 403  ok    404   403   403   404   ok    403");
    static final Map<Who, Answer> PROVINCE_READ = profile("login 403 403   403   ok    ok    403   ok    403");
    static final Map<Who, Answer> PROVINCE_WRITE = profile("login 403 403  403   403   ok    403   ok    403");
    static final Map<Who, Answer> BATCH_READ = profile("login  404   404   404   ok    ok    404   ok    403");
    static final Map<Who, Answer> ADMIN = profile("login      403   403   403   403   403   403   ok    403");
    /** A page image of a document nobody in this test has shown: no caller learns it exists. */
    static final Map<Who, Answer> UNKNOWN_PREVIEW = profile("login 404 404  404   404   404   404   404   403");

    /** The one table: every route of the pages ("METHOD pattern") and who gets what. */
    static final Map<String, Map<Who, Answer>> TABLE = new LinkedHashMap<>();

    /** The body a route that posts is sent (form-encoded), where it needs a valid one to answer at all. */
    static final Map<String, String> FORMS = new LinkedHashMap<>();

    /**
     * Each area of the pages adds its rows (and form bodies) in its own method, called here: the table
     * stays one, and two areas never edit the same lines.
     */
    static {
        TABLE.put("GET /", SIGNED_IN);
        TABLE.put("GET /previews/{sha256}/{page}.png", UNKNOWN_PREVIEW);
        communeRows();
        decisionsRows();
        provinceRows();
        adminRows();
    }

    /** Routes every visitor reaches, outside the table. */
    private static final List<String> PUBLIC = List.of("GET /login");

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private ApiClient admin;
    private final Map<Who, String> authorization = new EnumMap<>(Who.class);
    /**
     * What fills a route's variables: {@code "segment:name"} (the first segment of the path, as
     * {@code "decisions:id"}) before {@code "name"}; made by the areas' {@code prepare…} methods.
     */
    private final Map<String, String> values = new java.util.HashMap<>();
    private final AtomicInteger serial = new AtomicInteger();

    @Test
    void everyPageAnswersEveryCallerAsTheTableSays() throws Exception {
        List<String> routes = pageRoutes();
        assertThat(new TreeSet<>(routes)).as("the table names every route of the pages, and no other")
                .isEqualTo(new TreeSet<>(TABLE.keySet()));
        admin = new ApiClient(port);
        callers();
        prepare();
        List<String> wrong = new ArrayList<>();
        for (String route : routes) {
            for (Who who : Who.values()) {
                Answer expected = TABLE.get(route).get(who);
                HttpResponse<String> answer = call(route, who);
                Answer got = classify(answer);
                if (got != expected) {
                    wrong.add(route + " as " + who + ": expected " + expected + ", got " + answer.statusCode() + " "
                            + answer.headers().firstValue("Location").orElse("")
                            + answer.body().substring(0, Math.min(200, answer.body().length())));
                }
            }
        }
        if (!wrong.isEmpty()) {
            fail(wrong.size() + " answers differ from the table:\n" + String.join("\n", wrong));
        }
    }

    /** "METHOD pattern" of every handler of the web package, but the public ones. */
    private List<String> pageRoutes() {
        List<String> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, org.springframework.web.method.HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            if (!e.getValue().getBeanType().getPackageName().startsWith("vn.vanban.web")) {
                continue;
            }
            for (String pattern : e.getKey().getPatternValues()) {
                for (var method : e.getKey().getMethodsCondition().getMethods()) {
                    String route = method.name() + " " + withoutRegex(pattern);
                    if (!PUBLIC.contains(route) && !routes.contains(route)) {
                        routes.add(route);
                    }
                }
            }
        }
        return routes;
    }

    /** "{page:\\d{1,4}}" → "{page}": the table names variables, not their patterns. */
    private static String withoutRegex(String pattern) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        boolean skipping = false;
        for (char c : pattern.toCharArray()) {
            if (c == '{') {
                depth++;
                if (depth > 1) {
                    continue;
                }
            } else if (c == '}') {
                depth--;
                if (depth > 0) {
                    continue;
                }
                skipping = false;
            } else if (c == ':' && depth == 1) {
                skipping = true;
                continue;
            }
            if (!skipping) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Answer classify(HttpResponse<String> answer) {
        int status = answer.statusCode();
        if (status == 302 && answer.headers().firstValue("Location").orElse("").endsWith("/login")) {
            return Answer.LOGIN;
        }
        return switch (status) {
            case 403 -> Answer.R403;
            case 404 -> Answer.R404;
            default -> status < 400 ? Answer.OK : null;
        };
    }

    /** The demo accounts where one fits; a read-only province account and a key made through the admin API. */
    private void callers() throws Exception {
        authorization.put(Who.CLERK, ApiClient.basic("canbo." + COMMUNE, DEMO_PASSWORD));
        authorization.put(Who.REGISTRAR, ApiClient.basic("vanthu." + COMMUNE, DEMO_PASSWORD));
        authorization.put(Who.OUTSIDER, ApiClient.basic("vanthu." + OTHER_COMMUNE, DEMO_PASSWORD));
        authorization.put(Who.PROVINCE_WRITE, ApiClient.basic("so." + PROVINCE, DEMO_PASSWORD));
        authorization.put(Who.PROVINCE_OTHER, ApiClient.basic("so." + OTHER_PROVINCE, DEMO_PASSWORD));
        authorization.put(Who.ADMIN, ApiClient.basic(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD));
        HttpResponse<String> reader = admin.send("POST", "/api/v1/admin/users", "{\"username\": \"trang.tinh.doc\", \"password\": \""
                + PASSWORD + "\", \"role\": \"province\", \"province\": \"" + PROVINCE + "\"}");
        assertThat(reader.statusCode()).as(reader.body()).isEqualTo(201);
        authorization.put(Who.PROVINCE_READ, ApiClient.basic("trang.tinh.doc", PASSWORD));
        HttpResponse<String> key = admin.send("POST", "/api/v1/admin/keys",
                "{\"name\": \"trang\", \"scope\": \"commune:" + COMMUNE + "\", \"write\": true}");
        assertThat(key.statusCode()).as(key.body()).isEqualTo(201);
        authorization.put(Who.KEY, "Bearer " + json(key).path("secret").asString());
    }

    private HttpResponse<String> call(String route, Who who) throws Exception {
        String method = route.substring(0, route.indexOf(' '));
        String uri = uri(route.substring(route.indexOf(' ') + 1));
        HttpRequest.Builder request = HttpRequest.newBuilder(admin.uri(uri)).header("Accept", "text/html");
        if (method.equals("GET")) {
            request.GET();
        } else {
            request.method(method, HttpRequest.BodyPublishers.ofString(form(route)))
                    .header("Content-Type", "application/x-www-form-urlencoded");
        }
        if (who == Who.ANONYMOUS) {
            // No credentials at all; ApiClient.anonymous adds none.
            return ApiClient.anonymous(port).send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        request.header("Authorization", authorization.get(who));
        return ApiClient.anonymous(port).send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The things the routes name, in the caller's scope: each area adds its own in a method called here. */
    private void prepare() throws Exception {
        values.put("communes:code", COMMUNE);
        values.put("provinces:code", PROVINCE);
        values.put("previews:sha256", "0".repeat(64));
        values.put("page", "1");
        prepareCommune();
        prepareDecisions();
        prepareProvince();
        prepareAdmin();
    }

    /** The address of a route with its variables filled from {@link #values}. */
    private String uri(String pattern) {
        String[] parts = pattern.split("/");
        String segment = parts.length > 1 ? parts[1] : "";
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.getOrDefault(segment + ":" + m.group(1), values.get(m.group(1)));
            assertThat(value).as("a value for " + m.group() + " of " + pattern).isNotNull();
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    /** The form body of a route that posts: from {@link #FORMS}, or a meaningless field when any body will do. */
    private String form(String route) {
        return FORMS.getOrDefault(route, "n=" + serial.incrementAndGet());
    }

    static String lower(Who who) {
        return who.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The commune's pages. Every form that saves is sent a version far ahead of the stored one: a caller who
     * may write gets the page back with the conflict notice (nothing changes, so the other callers and areas
     * find the roster as the demo made it), one who may not is refused before the version is looked at.
     */
    private static void communeRows() {
        String c = "/communes/{code}";
        TABLE.put("GET " + c, COMMUNE_READ);
        TABLE.put("GET " + c + "/profile", COMMUNE_READ);
        TABLE.put("POST " + c + "/profile", COMMUNE_WRITE);
        TABLE.put("GET " + c + "/villages", COMMUNE_READ);
        TABLE.put("POST " + c + "/villages", COMMUNE_WRITE);
        TABLE.put("POST " + c + "/villages/{village}", COMMUNE_WRITE);
        TABLE.put("POST " + c + "/villages/{village}/delete", COMMUNE_WRITE);
        TABLE.put("GET " + c + "/teams/new", COMMUNE_WRITE);
        TABLE.put("POST " + c + "/teams", COMMUNE_WRITE);
        TABLE.put("GET " + c + "/teams/{team}", COMMUNE_READ);
        TABLE.put("POST " + c + "/teams/{team}", COMMUNE_WRITE);
        TABLE.put("POST " + c + "/teams/{team}/delete", COMMUNE_WRITE);
        TABLE.put("POST " + c + "/teams/{team}/members", COMMUNE_WRITE);
        TABLE.put("GET " + c + "/teams/{team}/members/{member}", COMMUNE_READ);
        TABLE.put("POST " + c + "/teams/{team}/members/{member}", COMMUNE_WRITE);
        TABLE.put("POST " + c + "/teams/{team}/members/{member}/delete", COMMUNE_WRITE);
        TABLE.put("POST " + c + "/phone-check", COMMUNE_WRITE);
        TABLE.put("GET " + c + "/import", COMMUNE_WRITE);
        TABLE.put("POST " + c + "/import", COMMUNE_WRITE);
        TABLE.put("POST " + c + "/import/confirm", COMMUNE_WRITE);
        String stale = "version=999999";
        FORMS.put("POST " + c + "/profile", stale + "&issuerName=UBND");
        FORMS.put("POST " + c + "/villages", stale + "&kind=th%C3%B4n&name=Ma+tr%E1%BA%ADn");
        FORMS.put("POST " + c + "/villages/{village}", stale + "&kind=th%C3%B4n&name=Ma+tr%E1%BA%ADn");
        FORMS.put("POST " + c + "/villages/{village}/delete", stale);
        FORMS.put("POST " + c + "/teams", stale + "&level=village&villageKey=thon-7&name=T%E1%BB%95");
        FORMS.put("POST " + c + "/teams/{team}", stale + "&level=village&villageKey=thon-1&name=T%E1%BB%95");
        FORMS.put("POST " + c + "/teams/{team}/delete", stale);
        FORMS.put("POST " + c + "/teams/{team}/members", stale + "&role=member&fullName=Ma+Tr%E1%BA%ADn");
        FORMS.put("POST " + c + "/teams/{team}/members/{member}", stale + "&role=member&fullName=Ma+Tr%E1%BA%ADn");
        FORMS.put("POST " + c + "/teams/{team}/members/{member}/delete", stale);
        FORMS.put("POST " + c + "/phone-check", "phone=0912345678");
        FORMS.put("POST " + c + "/import/confirm", "token=khong-co");
    }

    private void prepareCommune() throws Exception {
        values.put("communes:village", "thon-1");
        values.put("communes:team", "to-thon-1");
        values.put("communes:member", json(admin.get("/api/v1/communes/" + COMMUNE + "/teams/to-thon-1"))
                .path("members").path(0).path("key").asString());
    }

    /**
     * The decision pages. Making a draft and registering one answer a redirect to what they made; the delete
     * is sent without its confirmation, so it checks who may delete and deletes nothing, and the one draft
     * serves every caller.
     */
    private static void decisionsRows() {
        TABLE.put("GET /communes/{code}/decisions/new", COMMUNE_WRITE);
        TABLE.put("POST /communes/{code}/decisions/new", COMMUNE_WRITE);
        FORMS.put("POST /communes/{code}/decisions/new", "kind=reconstitute&teams=to-thon-3&signer=chair&subject=");
        TABLE.put("GET /communes/{code}/register", COMMUNE_READ);
        TABLE.put("GET /decisions/{id}", DECISION_READ);
        TABLE.put("POST /decisions/{id}/registration", REGISTRATION);
        // The records clerk registers it; the admin's second request answers the number it already has.
        FORMS.put("POST /decisions/{id}/registration", "date=" + java.time.LocalDate.now(WebFormats.VIETNAM)
                + "&confirm=true");
        TABLE.put("POST /decisions/{id}/delete", DECISION_WRITE);
    }

    /** A kiện toàn draft of a village team of the demo commune, made by the admin through the API. */
    private void prepareDecisions() throws Exception {
        HttpResponse<String> draft = admin.send("POST", "/api/v1/communes/" + COMMUNE + "/decisions",
                "{\"kind\": \"reconstitute\", \"teams\": [\"to-thon-5\"]}");
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        values.put("decisions:id", json(draft).get(0).path("id").asString());
    }

    /** The province's pages: home, member list, summary letter (its preview and files), batches. */
    private static void provinceRows() {
        TABLE.put("GET /provinces/{code}", PROVINCE_READ);
        TABLE.put("GET /provinces/{code}/member-list", PROVINCE_READ);
        TABLE.put("GET /provinces/{code}/summary-letter", PROVINCE_READ);
        TABLE.put("POST /provinces/{code}/summary-letter", PROVINCE_WRITE);
        TABLE.put("POST /provinces/{code}/summary-letter/{format}", PROVINCE_WRITE);
        TABLE.put("GET /provinces/{code}/batches", PROVINCE_READ);
        TABLE.put("POST /provinces/{code}/batches", PROVINCE_WRITE);
        TABLE.put("GET /batches/{id}", BATCH_READ);
        TABLE.put("GET /batches/{id}/progress", BATCH_READ);
        // A letter with its subject missing: the writers see the form again with the reason, the others are refused first.
        FORMS.put("POST /provinces/{code}/summary-letter", "issuerName=S%E1%BB%9E&symbol=SKHCN&place=Thanh+H%C3%B3a");
        FORMS.put("POST /provinces/{code}/summary-letter/{format}", "issuerName=S%E1%BB%9E&symbol=SKHCN");
        FORMS.put("POST /provinces/{code}/batches", "kind=member-list&format=pdf&layout=2025&mask=true");
    }

    /** A batch of the province, made through the API by the test admin. */
    private void prepareProvince() throws Exception {
        values.put("provinces:format", "pdf");
        HttpResponse<String> batch = admin.send("POST", "/api/v1/batches",
                "{\"province\": \"" + PROVINCE + "\", \"kind\": \"member-list\", \"format\": \"pdf\"}");
        assertThat(batch.statusCode()).as(batch.body()).isEqualTo(202);
        values.put("batches:id", json(batch).path("id").asString());
    }

    /**
     * The admin pages: only an admin, whatever the account's scope. Deleting and revoking are posted
     * without their confirmation field here, which only shows the confirmation page again: the account
     * and the key the other rows use stay.
     */
    private static void adminRows() {
        for (String route : List.of("GET /admin", "GET /admin/accounts", "GET /admin/accounts/new", "POST /admin/accounts/new",
                "GET /admin/accounts/{username}", "POST /admin/accounts/{username}", "POST /admin/accounts/{username}/password",
                "POST /admin/accounts/{username}/unlock", "GET /admin/accounts/{username}/delete",
                "POST /admin/accounts/{username}/delete", "GET /admin/communes", "GET /admin/keys", "POST /admin/keys",
                "GET /admin/keys/{id}/revoke", "POST /admin/keys/{id}/revoke", "GET /admin/audit")) {
            TABLE.put(route, ADMIN);
        }
        FORMS.put("POST /admin/accounts/new",
                "username=trang.quan.tri.moi&password=mat-khau-trang-moi&role=commune&communes=" + COMMUNE + "&write=true");
        FORMS.put("POST /admin/accounts/{username}", "role=commune&communes=" + COMMUNE + "&write=true&enabled=true");
        FORMS.put("POST /admin/accounts/{username}/password", "password=mat-khau-dat-lai");
        FORMS.put("POST /admin/keys", "name=trang-quan-tri&scopeKind=province&scopeCode=" + PROVINCE);
    }

    /** An account and a key of their own for the admin rows to edit and look at. */
    private void prepareAdmin() throws Exception {
        HttpResponse<String> account = admin.send("POST", "/api/v1/admin/users", "{\"username\": \"trang.quan.tri\", \"password\": \""
                + PASSWORD + "\", \"role\": \"commune\", \"communes\": [\"" + COMMUNE + "\"]}");
        assertThat(account.statusCode()).as(account.body()).isEqualTo(201);
        values.put("admin:username", "trang.quan.tri");
        HttpResponse<String> key = admin.send("POST", "/api/v1/admin/keys", "{\"name\": \"trang-quan-tri-doc\", \"scope\": \"render\"}");
        assertThat(key.statusCode()).as(key.body()).isEqualTo(201);
        values.put("admin:id", String.valueOf(json(key).path("key").path("id").asLong()));
    }
}
