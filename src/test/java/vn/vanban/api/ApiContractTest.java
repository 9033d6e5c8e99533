package vn.vanban.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.vanban.openapi.ContractValidator;

/**
 * The OpenAPI document is the contract: every operation is called at least once (its successes and the
 * errors that matter to a client), and each request and answer is checked against the document the
 * service serves. A route, a status, a header, a media type or a field that the document does not
 * describe fails here. The document is written to target/openapi.json for the external linter.
 */
@Tag("slow")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vanban.warm-up=false", "vanban.test.context=api-contract"})
class ApiContractTest {

    private static final String COMMUNE = "28807";
    private static final String PROVINCE = "86";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    private ApiClient admin;
    private ContractValidator contract;
    private final List<String> violations = new ArrayList<>();

    @Test
    void everyOperationIsCalledAndEveryExchangeFitsTheDocument() throws Exception {
        admin = new ApiClient(port);
        HttpResponse<String> served = ApiClient.anonymous(port).get("/v3/api-docs");
        assertThat(served.statusCode()).isEqualTo(200);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/openapi.json"), served.body());
        JsonNode document = ApiClient.json(served);
        contract = new ContractValidator(document);

        templates(document);
        provinces();
        roster();
        decisions();
        batches();
        admin();

        assertThat(violations).as("exchanges the document does not describe").isEmpty();
        assertThat(contract.covered()).as("operations called by this test").isEqualTo(contract.operations());
    }

    @Test
    void theDocumentNamesEveryOperationAndLeaksNoInternals() throws Exception {
        JsonNode document = ApiClient.json(ApiClient.anonymous(port).get("/v3/api-docs"));
        assertThat(document.at("/info/version").asString()).isNotBlank();
        assertThat(document.at("/info/contact/name").asString()).isNotBlank();
        assertThat(document.at("/info/license/name").asString()).isNotBlank();
        assertThat(document.at("/components/schemas").propertyNames()).doesNotContain("JsonNode", "StreamingResponseBody")
                .contains("Problem", "official-letter", "commune-team-decision", "member-list", "summary-letter",
                        "village-teams-decision");
        Set<String> ids = new HashSet<>();
        for (JsonNode path : document.path("paths")) {
            for (JsonNode op : path) {
                String id = op.path("operationId").asString();
                assertThat(id).as(op.path("summary").asString()).matches("[a-z][A-Za-z]+");
                assertThat(ids.add(id)).as("operationId " + id + " is unique").isTrue();
                for (var answer : op.path("responses").properties()) {
                    if (answer.getKey().startsWith("4") || answer.getKey().startsWith("5")) {
                        assertThat(answer.getValue().at("/content/application~1problem+json/schema/$ref").asString())
                                .as(id + " " + answer.getKey()).isEqualTo("#/components/schemas/Problem");
                    }
                }
                if (op.has("requestBody")) {
                    assertThat(op.at("/requestBody/content").isEmpty()).as(id + " documents its body").isFalse();
                }
            }
        }
        JsonNode render = document.at("/paths/~1api~1v1~1templates~1{id}~1{format}/post");
        assertThat(render.at("/requestBody/content/application~1json/examples").propertyNames())
                .contains("official-letter", "commune-team-decision");
        assertThat(render.at("/responses/200/content/application~1pdf/schema/format").asString()).isEqualTo("binary");
        assertThat(render.at("/responses/503/headers/Retry-After").isMissingNode()).isFalse();
    }

    private void templates(JsonNode document) throws Exception {
        call("GET", "/api/v1/templates", null, null);
        for (String id : document.at("/components/schemas").propertyNames()) {
            if (!id.contains("-") || id.contains(".")) {
                continue;
            }
            JsonNode template = json(call("GET", "/api/v1/templates/" + id, null, null));
            call("POST", "/api/v1/templates/" + id + "/docx", "application/json", template.path("example").toString());
        }
        String letter = json(call("GET", "/api/v1/templates/official-letter", null, null)).path("example").toString();
        expect(200, call("POST", "/api/v1/templates/official-letter/pdf", "application/json", letter));
        String villages = json(call("GET", "/api/v1/templates/village-teams-decision", null, null)).path("example").toString();
        expect(200, call("POST", "/api/v1/templates/village-teams-decision/docx?each=team", "application/json", villages));
        expect(404, call("GET", "/api/v1/templates/khong-co-mau-nay", null, null));
        expect(400, call("POST", "/api/v1/templates/official-letter/pdf", "application/json", "{\"subject\": "));
        expect(400, call("POST", "/api/v1/templates/official-letter/pdf", "application/json", "{\"subject\": 1}"));
    }

    private void provinces() throws Exception {
        call("GET", "/api/v1/provinces", null, null);
        expect(401, send(ApiClient.anonymous(port), "GET", "/api/v1/provinces", null, null));
        call("GET", "/api/v1/provinces/" + PROVINCE + "/communes", null, null);
        expect(404, call("GET", "/api/v1/provinces/99/communes", null, null));
        call("GET", "/api/v1/provinces/" + PROVINCE + "/summary?asOf=2025-08-01", null, null);
    }

    private void roster() throws Exception {
        String roster = RosterJson.roster(2, "ỦY BAN NHÂN DÂN XÃ GIAO LONG");
        String read = call("PUT", "/api/v1/communes/" + COMMUNE + "/roster", "application/json", roster).headers().firstValue("ETag").orElseThrow();
        expect(200, call("PUT", "/api/v1/communes/" + COMMUNE + "/roster", "application/json", roster, "If-Match", read));
        expect(412, call("PUT", "/api/v1/communes/" + COMMUNE + "/roster", "application/json", roster, "If-Match", read));
        expect(422, call("PUT", "/api/v1/communes/" + COMMUNE + "/roster", "application/json",
                "{\"teams\": [{\"level\": \"village\", \"name\": \"\", \"members\": []}]}"));
        String base = "/api/v1/communes/" + COMMUNE;
        JsonNode stored = json(call("GET", base + "/roster", null, null));
        call("GET", base + "/profile", null, null);
        call("PUT", base + "/profile", "application/json", stored.path("profile").toString());
        call("GET", base + "/villages", null, null);
        JsonNode village = json(call("POST", base + "/villages", "application/json", "{\"kind\": \"ấp\", \"name\": \"Giao Hòa 9\"}"));
        String villagePath = base + "/villages/" + village.path("key").asString();
        call("GET", villagePath, null, null);
        call("PUT", villagePath, "application/json", village.toString());
        call("DELETE", villagePath, null, null);
        expect(404, call("GET", villagePath, null, null));
        call("GET", base + "/teams", null, null);
        ObjectNode newTeam = ((ObjectNode) stored.path("teams").get(1)).deepCopy();
        newTeam.remove(List.of("key", "decisionId", "villageKey"));
        newTeam.put("name", "Tổ mới");
        newTeam.withArray("members").forEach(m -> ((ObjectNode) m).remove("key"));
        JsonNode team = json(call("POST", base + "/teams", "application/json", newTeam.toString()));
        String teamPath = base + "/teams/" + team.path("key").asString();
        call("GET", teamPath, null, null);
        call("PUT", teamPath, "application/json", team.toString());
        JsonNode member = json(call("POST", teamPath + "/members", "application/json",
                "{\"role\": \"member\", \"person\": {\"fullName\": \"Trần Thị Mới\"}}"));
        String memberPath = teamPath + "/members/" + member.path("key").asString();
        call("GET", memberPath, null, null);
        call("PUT", memberPath, "application/json", member.toString());
        call("DELETE", memberPath, null, null);
        call("DELETE", teamPath, null, null);
        call("GET", base + "/checks", null, null);
        call("POST", "/api/v1/roster-checks", "application/json", roster);
        String csv = new String(call("GET", base + "/roster.csv", null, null).body(), StandardCharsets.UTF_8);
        call("GET", base + "/roster.xlsx?layout=2022", null, null);
        call("GET", base + "/member-list.xlsx", null, null);
        call("GET", base + "/member-list.docx?mask=true", null, null);
        expect(200, call("POST", base + "/roster/import?dryRun=true", "text/csv", csv));
    }

    private void decisions() throws Exception {
        String base = "/api/v1/communes/" + COMMUNE;
        JsonNode drafts = json(call("POST", base + "/decisions", "application/json", admin.draftRequest(COMMUNE)));
        long id = drafts.get(0).path("id").asLong();
        call("GET", base + "/decisions", null, null);
        call("GET", "/api/v1/decisions/" + id, null, null);
        call("GET", "/api/v1/decisions/" + id + "/pdf", null, null);
        expect(200, call("POST", "/api/v1/decisions/" + id + "/registration", "application/json", "{\"date\": \"2025-08-05\"}"));
        call("GET", "/api/v1/decisions/" + id + "/docx", null, null);
        expect(409, call("POST", "/api/v1/decisions/" + id + "/registration", "application/json", "{\"date\": \"2025-08-05\"}"));
        expect(409, call("DELETE", "/api/v1/decisions/" + id, null, null));
        JsonNode second = json(call("POST", base + "/decisions", "application/json", "{\"kind\": \"commune-team\"}"));
        call("DELETE", "/api/v1/decisions/" + second.get(0).path("id").asLong(), null, null);
        expect(404, call("GET", "/api/v1/decisions/999999", null, null));
        call("GET", "/api/v1/provinces/" + PROVINCE + "/member-list.docx", null, null);
        ObjectNode letter = (ObjectNode) JSON.readTree(Files.readString(Path.of("templates/summary-letter/example.json")));
        letter.remove(List.of("figures", "pending", "province"));
        expect(200, call("POST", "/api/v1/provinces/" + PROVINCE + "/summary-letter/docx", "application/json",
                letter.put("asOf", "2025-08-01").toString()));
    }

    private void batches() throws Exception {
        JsonNode batch = json(call("POST", "/api/v1/batches", "application/json",
                "{\"province\": \"" + PROVINCE + "\", \"kind\": \"member-list\", \"format\": \"docx\"}"));
        String path = "/api/v1/batches/" + batch.path("id").asLong();
        for (int i = 0; i < 300 && !ApiClient.json(admin.get(path)).path("status").asString().equalsIgnoreCase("done"); i++) {
            Thread.sleep(100);
        }
        call("GET", path, null, null);
        expect(200, call("GET", path + "/result.zip", null, null));
    }

    private void admin() throws Exception {
        call("GET", "/api/v1/admin/users", null, null);
        expect(201, call("POST", "/api/v1/admin/users", "application/json", "{\"username\": \"hopdong.xa\", \"password\": "
                + "\"mat-khau-hop-dong\", \"role\": \"commune\", \"communes\": [\"" + COMMUNE + "\"]}"));
        expect(422, call("POST", "/api/v1/admin/users", "application/json", "{\"username\": \"hopdong.ngan\", \"password\": "
                + "\"ngan\", \"role\": \"commune\", \"communes\": [\"" + COMMUNE + "\"]}"));
        ApiClient clerk = new ApiClient(port, "hopdong.xa", "mat-khau-hop-dong");
        expect(200, send(clerk, "GET", "/api/v1/account", null, null));
        expect(403, send(clerk, "GET", "/api/v1/provinces/" + PROVINCE + "/summary", null, null));
        expect(204, send(clerk, "PUT", "/api/v1/account/password", "application/json",
                "{\"currentPassword\": \"mat-khau-hop-dong\", \"newPassword\": \"mat-khau-hop-dong-moi\"}"));
        call("PATCH", "/api/v1/admin/users/hopdong.xa", "application/json", "{\"enabled\": false}");
        call("DELETE", "/api/v1/admin/users/hopdong.xa", null, null);
        call("GET", "/api/v1/admin/keys", null, null);
        JsonNode key = json(call("POST", "/api/v1/admin/keys", "application/json", "{\"name\": \"Cổng hợp đồng\", \"scope\": \"render\"}"));
        call("DELETE", "/api/v1/admin/keys/" + key.at("/key/id").asLong(), null, null);
        call("GET", "/api/v1/audit?size=5", null, null);
    }

    /** A wrong status is collected with the violations, so that one run shows every difference. */
    private void expect(int status, HttpResponse<byte[]> answer) {
        if (answer.statusCode() != status) {
            violations.add(answer.request().method() + " " + answer.uri() + ": expected " + status + ", got " + answer.statusCode()
                    + " " + new String(answer.body(), StandardCharsets.UTF_8));
        }
    }

    private JsonNode json(HttpResponse<byte[]> answer) {
        if (answer.statusCode() >= 300) {
            violations.add(answer.request().method() + " " + answer.uri() + ": got " + answer.statusCode() + " "
                    + new String(answer.body(), StandardCharsets.UTF_8));
            return JSON.createObjectNode();
        }
        return JSON.readTree(answer.body());
    }

    private HttpResponse<byte[]> call(String method, String path, String type, String body, String... headers) throws Exception {
        return send(admin, method, path, type, body, headers);
    }

    /** Sends one request and checks it, and its answer, against the document. */
    private HttpResponse<byte[]> send(ApiClient client, String method, String path, String type, String body,
                                      String... headers) throws Exception {
        byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(admin.uri(path))
                .method(method, bytes == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (type != null) {
            request.header("Content-Type", type);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<byte[]> answer = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        violations.addAll(contract.violations(new ContractValidator.Exchange(method, answer.uri(), type, bytes,
                answer.statusCode(), answer.headers(), answer.body())));
        return answer;
    }
}
