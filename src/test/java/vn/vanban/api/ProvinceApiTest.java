package vn.vanban.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vanban.warm-up=false")
class ProvinceApiTest {

    private final ApiClient http = ApiClient.admin();

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> r) {
        return JsonMapper.builder().build().readTree(r.body());
    }

    @Test
    void all34ProvincesWithTheirCommuneCountsAddingUpTo3321() throws Exception {
        JsonNode list = json(get("/api/v1/provinces"));
        assertThat(list.size()).isEqualTo(34);
        assertThat(list.get(0).path("code").asString()).isEqualTo("01");
        long total = 0;
        for (JsonNode p : list) {
            total += p.path("communes").asLong();
        }
        assertThat(total).isEqualTo(3321);
        JsonNode quangNgai = null;
        for (JsonNode p : list) {
            if (p.path("code").asString().equals("51")) {
                quangNgai = p;
            }
        }
        assertThat(quangNgai).isNotNull();
        assertThat(quangNgai.path("name").asString()).isEqualTo("Tỉnh Quảng Ngãi");
        assertThat(quangNgai.path("communes").asLong()).isEqualTo(96);
    }

    /** The reference list writes "Thanh Hoá"; the seeds and the province's letters "Thanh Hóa", and so does vanban. */
    @Test
    void placeNamesAreSpeltAsTheSeedsWriteThem() throws Exception {
        java.util.regex.Pattern secondVowel = java.util.regex.Pattern.compile("(?<![qQ])(?:[oO][àáảãạèéẻẽẹ]|[uU][ỳýỷỹỵ])(?!\\p{L})");
        JsonNode provinces = json(get("/api/v1/provinces"));
        assertThat(provinces.findValuesAsString("name")).contains("Tỉnh Thanh Hóa").noneMatch(n -> secondVowel.matcher(n).find());
        JsonNode thanhHoa = json(get("/api/v1/provinces/38/communes"));
        assertThat(thanhHoa.findValuesAsString("fullName")).contains("Xã Thiệu Hóa", "Xã Cẩm Thủy")
                .noneMatch(n -> secondVowel.matcher(n).find());
        assertThat(thanhHoa.findValuesAsString("name")).contains("Thiệu Hóa").noneMatch(n -> secondVowel.matcher(n).find());
    }

    @Test
    void communesKeepLeadingZerosAndVietnameseNames() throws Exception {
        JsonNode hanoi = json(get("/api/v1/provinces/01/communes"));
        assertThat(hanoi.get(0).path("code").asString()).isEqualTo("00004");
        assertThat(hanoi.get(0).path("fullName").asString()).isEqualTo("Phường Ba Đình");
        JsonNode quangNgai = json(get("/api/v1/provinces/51/communes"));
        assertThat(quangNgai.findValuesAsString("code")).contains("21025");
        assertThat(quangNgai.findValuesAsString("fullName")).contains("Phường Cẩm Thành");
        assertThat(quangNgai.findValuesAsString("type")).containsOnly("xã", "phường", "đặc khu");
    }

    @Test
    void unknownProvinceIs404Problem() throws Exception {
        HttpResponse<String> r = get("/api/v1/provinces/99/communes");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(r).path("type").asString()).isEqualTo("/problems/unknown-administrative-unit");
    }
}
