package vn.vanban.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Docker is not on the build machines, so the compose file is checked against the Compose
 * Specification's schema (vendored under src/test/resources/compose-spec, with its source and licence),
 * and for what the fleet needs of it: PostgreSQL 16 with a volume, two app instances with the bootstrap
 * admin from the environment, a proxy in front, health checks with a start period and restart policies.
 */
class ComposeFileTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static JsonNode compose;

    @BeforeAll
    static void read() throws Exception {
        try (Reader in = Files.newBufferedReader(Path.of("docker-compose.yml"), StandardCharsets.UTF_8)) {
            // SnakeYAML resolves the anchors and merge keys (<<: *app) as Compose does.
            Map<String, Object> yaml = new Yaml().load(in);
            compose = JSON.valueToTree(yaml);
        }
    }

    @Test
    void theComposeFileFitsTheComposeSpecification() throws Exception {
        Schema schema;
        try (InputStream in = ComposeFileTest.class.getResourceAsStream("/compose-spec/compose-spec.json")) {
            // The specification's schema names draft 2019-09 and still marks its parts with draft 4's "id",
            // which 2019-09 reads as an annotation without effect.
            Dialect dialect = Dialect.builder(Dialects.getDraft201909()).keyword(new NonValidationKeyword("id")).build();
            schema = SchemaRegistry.withDefaultDialect(dialect).getSchema(JSON.readTree(in));
        }
        List<Error> errors = schema.validate(compose);
        assertThat(errors).isEmpty();

        JsonNode broken = compose.deepCopy();
        ((tools.jackson.databind.node.ObjectNode) broken.path("services").path("db")).put("restart", 3);
        assertThat(schema.validate(broken)).as("the schema check can fail").isNotEmpty();
    }

    @Test
    void theFleetRunsOnPostgresBehindAProxyWithHealthChecksAndRestarts() {
        JsonNode services = compose.path("services");
        assertThat(services.path("db").path("image").asString()).isEqualTo("postgres:16");
        assertThat(services.path("db").path("volumes").get(0).asString()).startsWith("db-data:");
        assertThat(compose.path("volumes").has("db-data")).isTrue();
        List<String> apps = List.of("app-1", "app-2");
        for (String name : apps) {
            JsonNode app = services.path(name);
            assertThat(app.path("build").asString()).as(name).isEqualTo(".");
            assertThat(app.path("environment").path("SPRING_DATASOURCE_URL").asString()).startsWith("jdbc:postgresql://db:5432/");
            assertThat(app.path("environment").path("VANBAN_SECURITY_BOOTSTRAP_ADMIN_PASSWORD").asString())
                    .startsWith("${VANBAN_ADMIN_PASSWORD");
            assertThat(app.path("healthcheck").path("test").toString()).contains("/actuator/health/readiness");
            assertThat(app.path("ports").isMissingNode()).as("%s is reached through the proxy only", name).isTrue();
        }
        String caddyfile = readCaddyfile();
        assertThat(services.path("proxy").path("volumes").toString()).contains("./deploy/Caddyfile");
        apps.forEach(name -> assertThat(caddyfile).contains(name + ":8080"));
        services.properties().forEach(service -> {
            assertThat(service.getValue().path("restart").asString()).as(service.getKey()).isEqualTo("unless-stopped");
            assertThat(service.getValue().path("healthcheck").path("start_period").asString()).as(service.getKey()).isNotEmpty();
        });
    }

    private static String readCaddyfile() {
        try {
            return Files.readString(Path.of("deploy", "Caddyfile"));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
