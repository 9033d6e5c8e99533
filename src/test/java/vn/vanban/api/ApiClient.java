package vn.vanban.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for the API tests: the service is exercised through its real port. It is the one
 * place that knows the test credentials: by default every request carries HTTP Basic credentials of the
 * test admin ({@code vanban.security.bootstrap-admin.*} in the test properties).
 */
public final class ApiClient {

    public static final String ADMIN = "test-admin";
    public static final String ADMIN_PASSWORD = "test-admin-password";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final String authorization;

    public ApiClient(int port) {
        this(port, ADMIN, ADMIN_PASSWORD);
    }

    /** A client with another account's credentials, or none at all when {@code username} is null. */
    public ApiClient(int port, String username, String password) {
        this.port = port;
        this.authorization = username == null ? null : basic(username, password);
    }

    public static ApiClient anonymous(int port) {
        return new ApiClient(port, null, null);
    }

    /** The test admin's client for tests that build whole requests (with their URI) themselves. */
    static ApiClient admin() {
        return new ApiClient(0);
    }

    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> send(String method, String path, String json, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b, HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the request with this client's credentials, unless it carries its own Authorization header. */
    public <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        HttpRequest built = request.build();
        if (authorization != null && built.headers().firstValue("Authorization").isEmpty()) {
            built = HttpRequest.newBuilder(built, (name, value) -> true).header("Authorization", authorization).build();
        }
        return http.send(built, handler);
    }

    <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(request, (name, value) -> true), handler);
    }

    /**
     * A draft request the commune's roster can make now: the founding decision of its village teams, or,
     * once they have one (a database shared by several test classes may already hold it), their kiện
     * toàn decision, since a team is founded only once.
     */
    public String draftRequest(String communeCode) throws Exception {
        JsonNode teams = json(get("/api/v1/communes/" + communeCode + "/roster")).path("teams");
        boolean founded = teams.valueStream().anyMatch(t -> t.path("level").asString().equals("village") && t.hasNonNull("decisionId"));
        return founded ? "{\"kind\": \"reconstitute\"}" : "{\"kind\": \"village-teams\"}";
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }
}
