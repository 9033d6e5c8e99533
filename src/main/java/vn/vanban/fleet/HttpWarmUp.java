package vn.vanban.fleet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.vanban.generation.DocumentService;
import vn.vanban.generation.GenerationProperties;

/**
 * One request through the instance's own port before readiness: the commune-team decision's example posted as
 * PDF, as a client would. The rendering warm-up has compiled the templates and read the fonts, but not the way
 * in: Tomcat's request path, the security filters, the handler lookup, the JSON body, the load gate, the
 * metrics and the download's writing are all loaded and run the first time here, not on a user's first
 * request. Without anonymous rendering the answer is a 401, which still goes through the connector, the
 * filters and the problem writer. Readiness waits for it like the other runners; a failure is logged, never
 * fatal: the instance serves without it.
 */
@Component
class HttpWarmUp implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(HttpWarmUp.class);
    private static final String TEMPLATE = "commune-team-decision";

    private final Environment environment;
    private final DocumentService documents;
    private final GenerationProperties properties;

    HttpWarmUp(Environment environment, DocumentService documents, GenerationProperties properties) {
        this.environment = environment;
        this.documents = documents;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer port = environment.getProperty("local.server.port", Integer.class);
        if (!properties.warmUp() || port == null || port <= 0) {
            return;
        }
        long start = System.nanoTime();
        byte[] body = documents.catalog().get(TEMPLATE).example().toString().getBytes(StandardCharsets.UTF_8);
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port
                    + environment.getProperty("server.servlet.context-path", "") + "/api/v1/templates/" + TEMPLATE + "/pdf")
                    .toURL().openConnection();
            c.setRequestMethod("POST");
            c.setDoOutput(true);
            c.setConnectTimeout(5_000);
            c.setReadTimeout(60_000);
            c.setRequestProperty("Content-Type", "application/json");
            try (OutputStream out = c.getOutputStream()) {
                out.write(body);
            }
            int status = c.getResponseCode();
            try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
                if (in != null) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
            }
            LOG.info("HTTP path warmed up in {} ms (answer {})", (System.nanoTime() - start) / 1_000_000, status);
        } catch (IOException e) {
            LOG.warn("HTTP path warm-up failed: {}", e.toString());
        }
    }
}
