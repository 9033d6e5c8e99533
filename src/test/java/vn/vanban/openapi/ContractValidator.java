package vn.vanban.openapi;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks HTTP exchanges against the served OpenAPI 3.1 document: the operation exists, its parameters
 * and JSON body fit their schemas (for requests the service accepted), the status is documented, the
 * answer's media type and JSON body fit what that status documents, and each answer header the
 * contract speaks of (ETag, Location, Content-Disposition, Repr-Digest, Retry-After) is present exactly
 * where documented. It remembers which operations it has seen, so that a test can demand all of them.
 *
 * <p>Atlassian's swagger-request-validator validates with a JSON Schema draft-04 validator and does not
 * read OpenAPI 3.1 (type arrays, $defs), which the templates' 2020-12 schemas need; the schemas are
 * therefore checked with networknt's 2020-12 validator, the one the service itself uses.
 */
public final class ContractValidator {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> CONTRACT_HEADERS = Set.of("etag", "location", "content-disposition", "repr-digest",
            "retry-after");

    private final JsonNode document;
    private final List<Route> routes = new ArrayList<>();
    private final Set<String> covered = new TreeSet<>();
    private final Map<String, Schema> schemas = new HashMap<>();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private record Route(String template, Pattern pattern, List<String> names) {
    }

    /** One request and its answer, as a client saw them. */
    public record Exchange(String method, URI uri, String requestContentType, byte[] requestBody, int status,
                           HttpHeaders headers, byte[] responseBody) {
    }

    public ContractValidator(JsonNode document) {
        this.document = document;
        for (String template : document.path("paths").propertyNames()) {
            List<String> names = new ArrayList<>();
            Matcher m = Pattern.compile("\\{([^}]+)}").matcher(template);
            StringBuilder regex = new StringBuilder();
            int last = 0;
            while (m.find()) {
                regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+?)");
                names.add(m.group(1));
                last = m.end();
            }
            regex.append(Pattern.quote(template.substring(last)));
            routes.add(new Route(template, Pattern.compile(regex.toString()), names));
        }
        // A literal segment wins over a parameter (…/roster/import before …/roster.{format}).
        routes.sort(Comparator.comparingInt((Route r) -> r.names().size()));
    }

    /** Every operation of the document, as "METHOD path". */
    public Set<String> operations() {
        Set<String> all = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (String method : path.getValue().propertyNames()) {
                all.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }
        return all;
    }

    public Set<String> covered() {
        return covered;
    }

    /** What in the exchange the document does not allow; empty when it fits. */
    public List<String> violations(Exchange exchange) {
        List<String> found = new ArrayList<>();
        String path = exchange.uri().getRawPath();
        Route route = null;
        Matcher matcher = null;
        for (Route r : routes) {
            Matcher m = r.pattern().matcher(path);
            if (m.matches() && document.path("paths").path(r.template()).has(exchange.method().toLowerCase(Locale.ROOT))) {
                route = r;
                matcher = m;
                break;
            }
        }
        String label = exchange.method() + " " + path;
        if (route == null) {
            found.add(label + ": no operation of the document");
            return found;
        }
        String operation = exchange.method() + " " + route.template();
        covered.add(operation);
        String opPointer = "/paths/" + escape(route.template()) + "/" + exchange.method().toLowerCase(Locale.ROOT);
        JsonNode op = document.at(opPointer);
        Map<String, String> pathValues = new LinkedHashMap<>();
        for (int i = 0; i < route.names().size(); i++) {
            pathValues.put(route.names().get(i), URLDecoder.decode(matcher.group(i + 1), StandardCharsets.UTF_8));
        }
        boolean accepted = exchange.status() < 400;
        if (accepted) {
            request(operation, op, opPointer, pathValues, query(exchange.uri()), exchange, found);
        }
        response(operation, op, opPointer, exchange, found);
        return found;
    }

    private void request(String operation, JsonNode op, String opPointer, Map<String, String> pathValues,
                         Map<String, String> query, Exchange exchange, List<String> found) {
        JsonNode parameters = op.path("parameters");
        for (int i = 0; i < parameters.size(); i++) {
            JsonNode p = parameters.get(i);
            String in = p.path("in").asString();
            String name = p.path("name").asString();
            String value = in.equals("path") ? pathValues.get(name) : in.equals("query") ? query.get(name) : null;
            if (value == null) {
                if (in.equals("path")) {
                    found.add(operation + ": path parameter " + name + " is not in the document's path");
                }
                continue;
            }
            String pointer = opPointer + "/parameters/" + i + "/schema";
            validate(operation + " parameter " + name, pointer, typed(document.at(pointer), value), found);
        }
        for (String name : query.keySet()) {
            if (parameters.valueStream().noneMatch(p -> p.path("name").asString().equals(name))) {
                found.add(operation + ": query parameter " + name + " is not documented");
            }
        }
        JsonNode body = op.path("requestBody");
        byte[] sent = exchange.requestBody() == null ? new byte[0] : exchange.requestBody();
        if (sent.length == 0) {
            if (body.path("required").asBoolean(false)) {
                found.add(operation + ": the document requires a body the service did without");
            }
            return;
        }
        if (body.isMissingNode()) {
            found.add(operation + ": a body was accepted but none is documented");
            return;
        }
        String type = mediaType(exchange.requestContentType());
        if (!body.path("content").has(type)) {
            found.add(operation + ": request media type " + type + " is not documented");
        } else if (type.endsWith("json")) {
            validate(operation + " request body", opPointer + "/requestBody/content/" + escape(type) + "/schema",
                    JSON.readTree(sent), found);
        }
    }

    private void response(String operation, JsonNode op, String opPointer, Exchange exchange, List<String> found) {
        String status = Integer.toString(exchange.status());
        JsonNode responses = op.path("responses");
        String code = responses.has(status) ? status : responses.has("default") ? "default" : null;
        if (code == null) {
            found.add(operation + ": status " + status + " is not documented");
            return;
        }
        String pointer = opPointer + "/responses/" + code;
        JsonNode answer = document.at(pointer);
        for (String header : CONTRACT_HEADERS) {
            boolean present = exchange.headers().firstValue(header).isPresent();
            String documented = answer.path("headers").propertyNames().stream()
                    .filter(h -> h.equalsIgnoreCase(header)).findFirst().orElse(null);
            if (present && documented == null) {
                found.add(operation + " " + status + ": header " + header + " is sent but not documented");
            }
            if (!present && documented != null && resolve(answer.path("headers").path(documented)).path("required").asBoolean(false)) {
                found.add(operation + " " + status + ": documented header " + header + " is missing");
            }
        }
        byte[] body = exchange.responseBody() == null ? new byte[0] : exchange.responseBody();
        if (body.length == 0 || exchange.method().equals("HEAD")) {
            return;
        }
        String type = mediaType(exchange.headers().firstValue("Content-Type").orElse(""));
        if (!answer.path("content").has(type)) {
            found.add(operation + " " + status + ": media type " + type + " is not documented (" + answer.path("content").propertyNames() + ")");
            return;
        }
        if (type.endsWith("json")) {
            validate(operation + " " + status + " body", pointer + "/content/" + escape(type) + "/schema", JSON.readTree(body), found);
        }
    }

    private JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asString(null);
        return ref == null ? node : document.at(ref.substring(1));
    }

    private void validate(String what, String pointer, JsonNode value, List<String> found) {
        Schema schema = schemas.computeIfAbsent(pointer, p -> {
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.set("components", document.path("components"));
            root.putObject("$defs").set("target", document.at(p));
            root.put("$ref", "#/$defs/target");
            return registry.getSchema(root);
        });
        schema.validate(value).forEach(e -> found.add(what + ": " + e.getInstanceLocation() + " " + e.getMessage()));
    }

    /** A parameter's text as the JSON value its schema describes. */
    private JsonNode typed(JsonNode schema, String value) {
        JsonNode s = resolve(schema);
        String type = s.path("type").isArray() ? s.path("type").get(0).asString() : s.path("type").asString("string");
        try {
            return switch (type) {
                case "integer", "number", "boolean" -> JSON.readTree(value);
                default -> JsonNodeFactory.instance.stringNode(value);
            };
        } catch (RuntimeException e) {
            return JsonNodeFactory.instance.stringNode(value);
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        if (uri.getRawQuery() == null) {
            return values;
        }
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            values.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
