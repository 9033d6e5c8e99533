package vn.vanban.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanban.api.ApiClient.json;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A batch over Lai Châu: Đoàn Kết has a valid roster, Bình Lư's commune team has no leader, the rest none. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vanban.warm-up=false")
class BatchApiTest {

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    static JsonNode awaitDone(ApiClient api, String location) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            JsonNode batch = json(api.get(location));
            if (batch.path("status").asString().equals("DONE")) {
                return batch;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("batch " + location + " did not finish");
    }

    @Test
    void oneFailingCommuneIsRecordedTheOthersAreZippedWithAManifestOfSha256() throws Exception {
        assertThat(api.send("PUT", "/api/v1/communes/03388/roster",
                DecisionApiTest.roster(1, "ỦY BAN NHÂN DÂN PHƯỜNG ĐOÀN KẾT")).statusCode()).isEqualTo(200);
        String noLeader = DecisionApiTest.roster(1, "ỦY BAN NHÂN DÂN XÃ BÌNH LƯ")
                .replaceFirst("\"role\": \"leader\"", "\"role\": \"member\"");
        assertThat(api.send("PUT", "/api/v1/communes/03390/roster", noLeader).statusCode()).isEqualTo(200);

        HttpResponse<String> accepted = api.send("POST", "/api/v1/batches",
                "{ \"province\": \"12\", \"kind\": \"commune-team-decision\", \"format\": \"pdf\" }");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        assertThat(json(accepted).path("total").asInt()).isEqualTo(2);

        JsonNode batch = awaitDone(api, location);
        assertThat(batch.path("done").asInt()).isEqualTo(1);
        assertThat(batch.path("failed").asInt()).isEqualTo(1);
        assertThat(batch.at("/failures/0/commune").asString()).isEqualTo("03390");
        assertThat(batch.at("/failures/0/reason").asString()).contains("Tổ trưởng");

        HttpResponse<byte[]> zip = api.getBytes(location + "/result.zip");
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type")).contains("application/zip");
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, String> unicodeNames = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                files.put(e.getName(), in.readAllBytes());
                if (e.getExtra() != null) {
                    unicodeNames.put(e.getName(), unicodePath(e.getExtra()));
                }
            }
        }
        assertThat(files).hasSize(2).containsKey("manifest.csv");
        String pdfName = files.keySet().stream().filter(n -> n.endsWith(".pdf")).findFirst().orElseThrow();
        assertThat(pdfName).startsWith("03388 - Phuong Doan Ket - ").matches("[ -~]+");
        assertThat(unicodeNames.get(pdfName)).startsWith("03388 - Phường Đoàn Kết - ").endsWith(".pdf");
        byte[] pdf = files.get(pdfName);
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        String manifest = new String(files.get("manifest.csv"), StandardCharsets.UTF_8);
        assertThat(manifest).startsWith("\uFEFFMã xã,Tên xã,Trạng thái,Tệp,Tệp (ASCII),SHA-256")
                .contains("03388,Phường Đoàn Kết,Đã lập,").contains(sha).contains(pdfName)
                .contains("03390,Xã Bình Lư,Lỗi,");
    }

    @Test
    void aProvinceWithoutRostersOrABadFormatIsRefused() throws Exception {
        HttpResponse<String> none = api.send("POST", "/api/v1/batches",
                "{ \"province\": \"46\", \"kind\": \"member-list\", \"format\": \"pdf\" }");
        assertThat(none.statusCode()).isEqualTo(422);
        assertThat(json(none).path("errors").findValuesAsString("pointer")).contains("/province");
        HttpResponse<String> format = api.send("POST", "/api/v1/batches",
                "{ \"province\": \"12\", \"kind\": \"member-list\", \"format\": \"odt\" }");
        assertThat(format.statusCode()).isEqualTo(422);
        assertThat(api.send("POST", "/api/v1/batches", "{ \"province\": \"99\", \"kind\": \"member-list\", \"format\": \"pdf\" }")
                .statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/batches/987654").statusCode()).isEqualTo(404);
    }

    /** The UTF-8 name of an Info-ZIP Unicode Path extra field (0x7075), or null. */
    static String unicodePath(byte[] extra) {
        ByteBuffer b = ByteBuffer.wrap(extra).order(ByteOrder.LITTLE_ENDIAN);
        while (b.remaining() >= 4) {
            int id = b.getShort() & 0xFFFF;
            int size = b.getShort() & 0xFFFF;
            if (id == 0x7075) {
                byte[] name = new byte[size - 5];
                b.get();
                b.getInt();
                b.get(name);
                return new String(name, StandardCharsets.UTF_8);
            }
            b.position(b.position() + size);
        }
        return null;
    }
}
