package vn.vanban.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanban.api.ApiClient.json;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Values within the documented limits never make a 500: each field has a maximum the writers can lay out
 * (over it, a 400 naming the field), a part the decree keeps in one piece that many values together make
 * taller than a page is a 422 naming the list, in PDF and DOCX alike, and running text lays out over pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vanban.warm-up=false")
class LongValuesApiTest {

    @LocalServerPort
    int port;

    private ApiClient api() {
        return new ApiClient(port);
    }

    private ObjectNode example(String template) throws Exception {
        return (ObjectNode) json(api().get("/api/v1/templates/" + template)).get("example");
    }

    private static String words(int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; s.length() < length; i++) {
            s.append(i % 7 == 0 ? "Phường " : "Trung tâm Phục vụ hành chính công ");
        }
        return s.substring(0, length).strip();
    }

    private void assertRefusedAt(String template, ObjectNode data, String pointer) throws Exception {
        assertProblemAt(template, data, pointer, 422, "/problems/unprocessable-document", "dài hơn một trang");
    }

    private void assertOverItsMaximumAt(String template, ObjectNode data, String pointer) throws Exception {
        assertProblemAt(template, data, pointer, 400, "/problems/invalid-data", "quá dài");
    }

    private void assertProblemAt(String template, ObjectNode data, String pointer, int status, String type, String detail)
            throws Exception {
        for (String format : List.of("pdf", "docx")) {
            HttpResponse<String> r = api().send("POST", "/api/v1/templates/" + template + "/" + format, data.toString());
            assertThat(r.statusCode()).as(format + ": " + r.body()).isEqualTo(status);
            JsonNode problem = json(r);
            assertThat(problem.path("type").asString()).isEqualTo(type);
            assertThat(problem.path("errors").findValuesAsString("pointer")).as(format).containsExactly(pointer);
            assertThat(problem.path("errors").findValuesAsString("detail").get(0)).contains(detail);
        }
    }

    private void assertRendered(String template, ObjectNode data) throws Exception {
        for (String format : List.of("pdf", "docx")) {
            HttpResponse<String> r = api().send("POST", "/api/v1/templates/" + template + "/" + format, data.toString());
            assertThat(r.statusCode()).as(format + ": " + r.body()).isEqualTo(200);
        }
    }

    /** The schema's maxima (README "Configuration") are what the header, the title and Nơi nhận can hold on a page. */
    @Test
    void everyFieldAtItsMaximumLaysOutInBothFormats() throws Exception {
        ObjectNode decision = example("commune-team-decision");
        ((ObjectNode) decision.get("issuer")).put("name", "ỦY BAN NHÂN DÂN " + words(200 - 16).toUpperCase());
        decision.put("subject", "Về việc " + words(1000 - 8));
        decision.put("place", words(100));
        assertRendered("commune-team-decision", decision);
        ObjectNode letter = example("official-letter");
        ((ArrayNode) letter.get("recipients")).set(2, letter.stringNode(words(400)));
        letter.put("subject", "V/v " + words(1000 - 4));
        assertRendered("official-letter", letter);
    }

    @Test
    void anIssuingBodyOver200CharactersIsA400AtItsField() throws Exception {
        ObjectNode data = example("commune-team-decision");
        ((ObjectNode) data.get("issuer")).put("name", "ỦY BAN NHÂN DÂN " + words(1500 - 16).toUpperCase());
        assertOverItsMaximumAt("commune-team-decision", data, "/issuer/name");
    }

    @Test
    void aRecipientOver400CharactersIsA400AtThatRecipient() throws Exception {
        ObjectNode data = example("official-letter");
        ((ArrayNode) data.get("recipients")).set(2, data.stringNode(words(4000)));
        assertOverItsMaximumAt("official-letter", data, "/recipients/2");
    }

    @Test
    void aTrichYeuOver1000CharactersIsA400AtTheSubject() throws Exception {
        ObjectNode data = example("commune-team-decision");
        data.put("subject", "Về việc " + words(3990));
        assertOverItsMaximumAt("commune-team-decision", data, "/subject");
    }

    @Test
    void manyShortRecipientsTooTallTogetherAreA422AtTheList() throws Exception {
        ObjectNode data = example("official-letter");
        ArrayNode recipients = data.putArray("recipients");
        for (int i = 1; i <= 80; i++) {
            recipients.add("Ủy ban nhân dân xã số " + i + " (để thực hiện)");
        }
        assertRefusedAt("official-letter", data, "/recipients");
    }

    @Test
    void longRunningTextLaysOutOverPages() throws Exception {
        ObjectNode data = example("official-letter");
        ((ArrayNode) data.get("preamble")).add(words(4000));
        data.put("closing", words(4000));
        for (String format : List.of("pdf", "docx")) {
            HttpResponse<byte[]> r = api().send(java.net.http.HttpRequest.newBuilder(api().uri("/api/v1/templates/official-letter/" + format))
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(data.toString())), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).as(format + ": " + new String(r.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(200);
            if (format.equals("pdf")) {
                try (var pdf = org.apache.pdfbox.Loader.loadPDF(r.body())) {
                    assertThat(pdf.getNumberOfPages()).isGreaterThan(2);
                }
            }
        }
    }
}
