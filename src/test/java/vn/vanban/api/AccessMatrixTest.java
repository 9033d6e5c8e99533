package vn.vanban.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static vn.vanban.api.ApiClient.json;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every operation of the OpenAPI document, called by every kind of caller, against one table of what
 * each may get. Requests are valid, so that what answers is the access rule and not a validation
 * error; state that a call changes (a roster, a draft, an account, a key) is made anew before it. An
 * operation missing from the table, or a table row that no longer names an operation, fails the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vanban.warm-up=false", "vanban.test.context=access-matrix"})
class AccessMatrixTest {

    /** The commune and province in scope, and a commune and province outside it. */
    private static final String COMMUNE = "28807";
    private static final String PROVINCE = "86";
    private static final String OTHER_COMMUNE = "21025";
    private static final String OTHER_PROVINCE = "51";
    private static final String PASSWORD = "mat-khau-ma-tran";
    private static final String NEW_PASSWORD = "mat-khau-ma-tran-moi";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    enum Who {
        ANONYMOUS, CLERK, REGISTRAR, OUTSIDER, PROVINCE_READ, PROVINCE_WRITE, PROVINCE_OTHER, ADMIN,
        KEY_RENDER, KEY_COMMUNE, KEY_COMMUNE_WRITE, KEY_PROVINCE, KEY_PROVINCE_WRITE
    }

    /** What a caller gets: the route's answer, or refused (401, 403), or told the thing does not exist (404). */
    enum Answer { OK, R401, R403, R404 }

    /** The rules as columns, in {@link Who} order; one profile a kind of route. */
    private static Map<Who, Answer> profile(String answers) {
        String[] a = answers.trim().split("\\s+");
        assertThat(a).hasSize(Who.values().length);
        Map<Who, Answer> m = new EnumMap<>(Who.class);
        for (Who w : Who.values()) {
            m.put(w, a[w.ordinal()].equals("ok") ? Answer.OK : Answer.valueOf("R" + a[w.ordinal()]));
        }
        return m;
    }

    //                                           anon clerk regis outsd pRead pWrit pOthr admin kRend kComm kComW kProv kProW
    private static final Map<Who, Answer> COMMUNE_READ = profile("401  ok    ok    403   ok    ok    403   ok    403   ok    ok    ok    ok");
    private static final Map<Who, Answer> COMMUNE_WRITE = profile("401 ok    ok    403   403   403   403   ok    403   403   ok    403   403");
    private static final Map<Who, Answer> DECISION_READ = profile("401 ok    ok    404   ok    ok    404   ok    403   ok    ok    ok    ok");
    private static final Map<Who, Answer> DECISION_DELETE = profile("401 ok   ok    404   403   403   404   ok    403   403   ok    403   403");
    private static final Map<Who, Answer> REGISTRATION = profile("401 403   ok    404   403   403   404   ok    403   403   403   403   403");
    private static final Map<Who, Answer> PROVINCE_READ = profile("401 403   403   403   ok    ok    403   ok    403   403   403   ok    ok");
    private static final Map<Who, Answer> PROVINCE_WRITE = profile("401 403  403   403   403   ok    403   ok    403   403   403   403   ok");
    private static final Map<Who, Answer> BATCH_READ = profile("401  404   404   404   ok    ok    404   ok    403   404   404   ok    ok");
    private static final Map<Who, Answer> SIGNED_IN = profile("401  ok    ok    ok    ok    ok    ok    ok    403   ok    ok    ok    ok");
    private static final Map<Who, Answer> TEMPLATES = profile("401  ok    ok    ok    ok    ok    ok    ok    ok    ok    ok    ok    ok");
    private static final Map<Who, Answer> ADMIN = profile("401      403   403   403   403   403   403   ok    403   403   403   403   403");
    private static final Map<Who, Answer> AUDIT = profile("401      403   403   403   ok    ok    ok    ok    403   403   403   ok    ok");
    private static final Map<Who, Answer> PERSON = profile("401     ok    ok    ok    ok    ok    ok    ok    403   403   403   403   403");

    /** The one table: every operation of the OpenAPI document and who gets what. */
    private static final Map<String, Map<Who, Answer>> TABLE = new LinkedHashMap<>();

    static {
        for (String op : List.of("GET /api/v1/communes/{code}/roster", "GET /api/v1/communes/{code}/profile",
                "GET /api/v1/communes/{code}/villages", "GET /api/v1/communes/{code}/villages/{key}",
                "GET /api/v1/communes/{code}/teams", "GET /api/v1/communes/{code}/teams/{key}",
                "GET /api/v1/communes/{code}/teams/{key}/members/{memberKey}", "GET /api/v1/communes/{code}/checks",
                "GET /api/v1/communes/{code}/decisions", "GET /api/v1/communes/{code}/roster.{format}",
                "GET /api/v1/communes/{code}/member-list.{format}")) {
            TABLE.put(op, COMMUNE_READ);
        }
        for (String op : List.of("PUT /api/v1/communes/{code}/roster", "PUT /api/v1/communes/{code}/profile",
                "POST /api/v1/communes/{code}/villages", "PUT /api/v1/communes/{code}/villages/{key}",
                "DELETE /api/v1/communes/{code}/villages/{key}", "POST /api/v1/communes/{code}/teams",
                "PUT /api/v1/communes/{code}/teams/{key}", "DELETE /api/v1/communes/{code}/teams/{key}",
                "POST /api/v1/communes/{code}/teams/{key}/members",
                "PUT /api/v1/communes/{code}/teams/{key}/members/{memberKey}",
                "DELETE /api/v1/communes/{code}/teams/{key}/members/{memberKey}",
                "POST /api/v1/communes/{code}/roster/import", "POST /api/v1/communes/{code}/decisions")) {
            TABLE.put(op, COMMUNE_WRITE);
        }
        TABLE.put("GET /api/v1/decisions/{id}", DECISION_READ);
        TABLE.put("GET /api/v1/decisions/{id}/{format}", DECISION_READ);
        TABLE.put("DELETE /api/v1/decisions/{id}", DECISION_DELETE);
        TABLE.put("POST /api/v1/decisions/{id}/registration", REGISTRATION);
        TABLE.put("GET /api/v1/provinces/{code}/summary", PROVINCE_READ);
        TABLE.put("GET /api/v1/provinces/{code}/member-list.{format}", PROVINCE_READ);
        TABLE.put("POST /api/v1/provinces/{code}/summary-letter/{format}", PROVINCE_WRITE);
        TABLE.put("POST /api/v1/batches", PROVINCE_WRITE);
        TABLE.put("GET /api/v1/batches/{id}", BATCH_READ);
        TABLE.put("GET /api/v1/batches/{id}/result.zip", BATCH_READ);
        TABLE.put("GET /api/v1/provinces", SIGNED_IN);
        TABLE.put("GET /api/v1/provinces/{code}/communes", SIGNED_IN);
        TABLE.put("POST /api/v1/roster-checks", SIGNED_IN);
        TABLE.put("GET /api/v1/templates", TEMPLATES);
        TABLE.put("GET /api/v1/templates/{id}", TEMPLATES);
        TABLE.put("POST /api/v1/templates/{id}/{format}", TEMPLATES);
        for (String op : List.of("GET /api/v1/admin/users", "POST /api/v1/admin/users", "PATCH /api/v1/admin/users/{username}",
                "DELETE /api/v1/admin/users/{username}", "GET /api/v1/admin/keys", "POST /api/v1/admin/keys",
                "DELETE /api/v1/admin/keys/{id}")) {
            TABLE.put(op, ADMIN);
        }
        TABLE.put("GET /api/v1/audit", AUDIT);
        TABLE.put("GET /api/v1/account", PERSON);
        TABLE.put("PUT /api/v1/account/password", PERSON);
    }

    /** Routes outside the OpenAPI document, asked like its operations: the operators' metrics. */
    private static final Map<String, Map<Who, Answer>> OUTSIDE_THE_DOCUMENT = Map.of("GET /actuator/prometheus", ADMIN);

    @LocalServerPort
    int port;
    private ApiClient admin;
    private final Map<Who, String> authorization = new EnumMap<>(Who.class);
    private final Map<Who, String> passwords = new EnumMap<>(Who.class);
    private final AtomicInteger serial = new AtomicInteger();
    private long batch;
    private String exportedCsv;

    @Test
    void everyOperationAnswersEveryCallerAsTheTableSays() throws Exception {
        admin = new ApiClient(port);
        JsonNode paths = json(ApiClient.anonymous(port).get("/v3/api-docs")).path("paths");
        List<String> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (String method : path.getValue().propertyNames()) {
                operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }
        assertThat(new TreeSet<>(operations)).as("the table names every operation of the OpenAPI document, and no other")
                .isEqualTo(new TreeSet<>(TABLE.keySet()));

        callers();
        prepare();
        Map<String, Map<Who, Answer>> rules = new LinkedHashMap<>(TABLE);
        rules.putAll(OUTSIDE_THE_DOCUMENT);
        operations.addAll(OUTSIDE_THE_DOCUMENT.keySet());
        List<String> wrong = new ArrayList<>();
        for (String operation : operations) {
            for (Who who : Who.values()) {
                Answer expected = rules.get(operation).get(who);
                HttpResponse<String> answer = call(operation, who);
                Answer got = classify(answer.statusCode());
                if (got != expected) {
                    wrong.add(operation + " as " + who + ": expected " + expected + ", got " + answer.statusCode() + " "
                            + answer.body().substring(0, Math.min(200, answer.body().length())));
                }
                if (got == Answer.OK && operation.equals("PUT /api/v1/account/password")) {
                    restorePassword(who);
                }
            }
        }
        if (!wrong.isEmpty()) {
            fail(wrong.size() + " answers differ from the table:\n" + String.join("\n", wrong));
        }
    }

    private static Answer classify(int status) {
        return switch (status) {
            case 401 -> Answer.R401;
            case 403 -> Answer.R403;
            case 404 -> Answer.R404;
            default -> status < 300 ? Answer.OK : null;
        };
    }

    /** One account or key per kind of caller, made through the admin API. */
    private void callers() throws Exception {
        user(Who.CLERK, "{\"role\": \"commune\", \"communes\": [\"" + COMMUNE + "\"]}");
        user(Who.REGISTRAR, "{\"role\": \"commune\", \"communes\": [\"" + COMMUNE + "\"], \"registrar\": true}");
        user(Who.OUTSIDER, "{\"role\": \"commune\", \"communes\": [\"" + OTHER_COMMUNE + "\"], \"registrar\": true}");
        user(Who.PROVINCE_READ, "{\"role\": \"province\", \"province\": \"" + PROVINCE + "\"}");
        user(Who.PROVINCE_WRITE, "{\"role\": \"province\", \"province\": \"" + PROVINCE + "\", \"write\": true}");
        user(Who.PROVINCE_OTHER, "{\"role\": \"province\", \"province\": \"" + OTHER_PROVINCE + "\", \"write\": true}");
        passwords.put(Who.ADMIN, ApiClient.ADMIN_PASSWORD);
        authorization.put(Who.ADMIN, ApiClient.basic(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD));
        key(Who.KEY_RENDER, "render", false);
        key(Who.KEY_COMMUNE, "commune:" + COMMUNE, false);
        key(Who.KEY_COMMUNE_WRITE, "commune:" + COMMUNE, true);
        key(Who.KEY_PROVINCE, "province:" + PROVINCE, false);
        key(Who.KEY_PROVINCE_WRITE, "province:" + PROVINCE, true);
    }

    private void user(Who who, String spec) throws Exception {
        String name = "matran." + who.name().toLowerCase(Locale.ROOT).replace('_', '.');
        ObjectNode body = (ObjectNode) JSON.readTree(spec);
        body.put("username", name).put("password", PASSWORD);
        assertThat(admin.send("POST", "/api/v1/admin/users", body.toString()).statusCode()).as(name).isEqualTo(201);
        passwords.put(who, PASSWORD);
        authorization.put(who, ApiClient.basic(name, PASSWORD));
    }

    private void key(Who who, String scope, boolean write) throws Exception {
        HttpResponse<String> made = admin.send("POST", "/api/v1/admin/keys",
                "{\"name\": \"" + who + "\", \"scope\": \"" + scope + "\", \"write\": " + write + "}");
        assertThat(made.statusCode()).as(who.name()).isEqualTo(201);
        authorization.put(who, "Bearer " + json(made).path("secret").asString());
    }

    /** A roster in scope and one outside it, a finished batch of the province, the roster as CSV. */
    private void prepare() throws Exception {
        resetRoster();
        assertThat(admin.send("PUT", "/api/v1/communes/" + OTHER_COMMUNE + "/roster",
                RosterJson.roster(1, "ỦY BAN NHÂN DÂN PHƯỜNG CẨM THÀNH")).statusCode()).isEqualTo(200);
        HttpResponse<String> started = admin.send("POST", "/api/v1/batches",
                "{\"province\": \"" + PROVINCE + "\", \"kind\": \"member-list\", \"format\": \"docx\"}");
        assertThat(started.statusCode()).isEqualTo(202);
        batch = json(started).path("id").asLong();
        for (int i = 0; i < 300 && !json(admin.get("/api/v1/batches/" + batch)).path("status").asString().equals("done"); i++) {
            Thread.sleep(100);
        }
        exportedCsv = admin.get("/api/v1/communes/" + COMMUNE + "/roster.csv").body();
    }

    /** Two villages with their teams, and a third without one, which the village routes edit and delete. */
    private void resetRoster() throws Exception {
        ObjectNode roster = (ObjectNode) JSON.readTree(RosterJson.roster(2, "ỦY BAN NHÂN DÂN XÃ GIAO LONG"));
        roster.withArray("villages").addObject().put("key", "ap-9").put("kind", "ấp").put("name", "Giao Hòa 9").put("active", true);
        assertThat(admin.send("PUT", "/api/v1/communes/" + COMMUNE + "/roster", roster.toString()).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> call(String operation, Who who) throws Exception {
        String method = operation.substring(0, operation.indexOf(' '));
        String path = operation.substring(operation.indexOf(' ') + 1);
        if (!method.equals("GET")) {
            resetRoster();
        }
        JsonNode roster = json(admin.get("/api/v1/communes/" + COMMUNE + "/roster"));
        JsonNode team = roster.path("teams").get(1);
        String uri = path.replace("{code}", path.startsWith("/api/v1/provinces") ? PROVINCE : COMMUNE)
                .replace("{key}", path.contains("/villages/") ? "ap-9" : team.path("key").asString())
                .replace("{memberKey}", team.path("members").get(2).path("key").asString())
                .replace("{username}", path.contains("/admin/users/") ? throwawayUser() : "")
                .replace("{format}", path.contains("roster.") ? "csv" : path.contains("member-list.") ? "docx" : "pdf");
        if (path.startsWith("/api/v1/decisions/{id}")) {
            uri = uri.replace("{id}", Long.toString(draft()));
        } else if (path.startsWith("/api/v1/batches/{id}")) {
            uri = uri.replace("{id}", Long.toString(batch));
        } else if (path.startsWith("/api/v1/admin/keys/{id}")) {
            uri = uri.replace("{id}", Long.toString(throwawayKey()));
        } else if (path.startsWith("/api/v1/templates/{id}")) {
            uri = uri.replace("{id}", "official-letter");
        }
        String body = body(method + " " + path, roster, team, who);
        HttpRequest.Builder request = HttpRequest.newBuilder(admin.uri(uri))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", path.endsWith("/roster/import") ? "text/csv" : "application/json");
        }
        request.header("Authorization", authorization.getOrDefault(who, ""));
        if (who == Who.ANONYMOUS) {
            request = HttpRequest.newBuilder(request.build(), (name, value) -> !name.equalsIgnoreCase("Authorization"));
        }
        return ApiClient.anonymous(port).send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A valid body for each operation that takes one. */
    private String body(String operation, JsonNode roster, JsonNode team, Who who) throws Exception {
        return switch (operation) {
            case "PUT /api/v1/communes/{code}/roster", "POST /api/v1/roster-checks" -> RosterJson.roster(2, "ỦY BAN NHÂN DÂN XÃ GIAO LONG");
            case "PUT /api/v1/communes/{code}/profile" -> roster.path("profile").toString();
            case "POST /api/v1/communes/{code}/villages" -> "{\"kind\": \"ấp\", \"name\": \"Giao Hòa " + (10 + serial.incrementAndGet()) + "\"}";
            case "PUT /api/v1/communes/{code}/villages/{key}" -> roster.path("villages").get(2).toString();
            case "POST /api/v1/communes/{code}/teams" -> withoutServerFields(team).put("name", "Tổ mới " + serial.incrementAndGet())
                    .put("villageKey", (String) null).toString();
            case "PUT /api/v1/communes/{code}/teams/{key}" -> team.toString();
            case "POST /api/v1/communes/{code}/teams/{key}/members" -> "{\"role\": \"member\", \"person\": {\"fullName\": \"Trần Thị Mới "
                    + serial.incrementAndGet() + "\"}}";
            case "PUT /api/v1/communes/{code}/teams/{key}/members/{memberKey}" -> team.path("members").get(2).toString();
            case "POST /api/v1/communes/{code}/roster/import" -> exportedCsv;
            case "POST /api/v1/communes/{code}/decisions" -> admin.draftRequest(COMMUNE);
            case "POST /api/v1/decisions/{id}/registration" -> "{\"date\": \"2025-08-05\"}";
            case "POST /api/v1/provinces/{code}/summary-letter/{format}" -> summaryLetter();
            case "POST /api/v1/batches" -> "{\"province\": \"" + PROVINCE + "\", \"kind\": \"member-list\", \"format\": \"pdf\"}";
            case "POST /api/v1/templates/{id}/{format}" -> json(admin.get("/api/v1/templates/official-letter")).path("example").toString();
            case "POST /api/v1/admin/users" -> "{\"username\": \"matran.moi." + serial.incrementAndGet() + "\", \"password\": \""
                    + PASSWORD + "\", \"role\": \"commune\", \"communes\": [\"" + COMMUNE + "\"]}";
            case "PATCH /api/v1/admin/users/{username}" -> "{\"enabled\": false}";
            case "POST /api/v1/admin/keys" -> "{\"name\": \"khóa " + serial.incrementAndGet() + "\", \"scope\": \"render\"}";
            case "PUT /api/v1/account/password" -> "{\"currentPassword\": \"" + passwords.getOrDefault(who, PASSWORD)
                    + "\", \"newPassword\": \"" + NEW_PASSWORD + "\"}";
            default -> null;
        };
    }

    private static ObjectNode withoutServerFields(JsonNode team) {
        ObjectNode copy = ((ObjectNode) team).deepCopy();
        copy.remove(List.of("key", "decisionId"));
        copy.withArray("members").forEach(m -> ((ObjectNode) m).remove("key"));
        return copy;
    }

    private String summaryLetter() throws Exception {
        ObjectNode letter = (ObjectNode) JSON.readTree(Files.readString(Path.of("templates/summary-letter/example.json")));
        letter.remove(List.of("figures", "pending", "province"));
        return letter.put("asOf", "2025-08-01").toString();
    }

    private long draft() throws Exception {
        HttpResponse<String> made = admin.send("POST", "/api/v1/communes/" + COMMUNE + "/decisions", admin.draftRequest(COMMUNE));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        return json(made).get(0).path("id").asLong();
    }

    private String throwawayUser() throws Exception {
        String name = "matran.tam." + serial.incrementAndGet();
        assertThat(admin.send("POST", "/api/v1/admin/users", "{\"username\": \"" + name + "\", \"password\": \"" + PASSWORD
                + "\", \"role\": \"commune\", \"communes\": [\"" + COMMUNE + "\"]}").statusCode()).isEqualTo(201);
        return name;
    }

    private long throwawayKey() throws Exception {
        HttpResponse<String> made = admin.send("POST", "/api/v1/admin/keys",
                "{\"name\": \"tạm " + serial.incrementAndGet() + "\", \"scope\": \"render\"}");
        return json(made).at("/key/id").asLong();
    }

    /** The password route changed the caller's password: set it back, so later calls sign in as before. */
    private void restorePassword(Who who) throws Exception {
        String user = new String(java.util.Base64.getDecoder().decode(authorization.get(who).substring(6)), StandardCharsets.UTF_8);
        String name = user.substring(0, user.indexOf(':'));
        HttpResponse<String> back = new ApiClient(port, name, NEW_PASSWORD).send("PUT", "/api/v1/account/password",
                "{\"currentPassword\": \"" + NEW_PASSWORD + "\", \"newPassword\": \"" + passwords.get(who) + "\"}");
        assertThat(back.statusCode()).as(back.body()).isEqualTo(204);
    }
}
