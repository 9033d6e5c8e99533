package vn.vanban.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The templates: one folder each, {@code templates/<id>/} with {@code template.ftlx},
 * {@code template.json} (title, description), {@code schema.json} and {@code example.json}. Built-in
 * ones come from the jar; a folder of the same id in the operator's templates directory wins.
 */
public final class TemplateCatalog {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final Map<String, TemplateDescriptor> templates;

    private TemplateCatalog(Map<String, TemplateDescriptor> templates) {
        this.templates = templates;
    }

    public static TemplateCatalog load(Path operatorDir) {
        Map<String, TemplateDescriptor> found = new TreeMap<>();
        try {
            Resource[] metas = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/*/template.json");
            for (Resource meta : metas) {
                String id = meta.createRelative(".").getFilename();
                if (id == null || id.isEmpty()) {
                    String url = meta.getURL().toString();
                    String[] parts = url.split("/");
                    id = parts[parts.length - 2];
                }
                found.put(id, describe(id, meta.getInputStream(), open(meta, "schema.json"), open(meta, "example.json")));
            }
            if (operatorDir != null && Files.isDirectory(operatorDir)) {
                try (Stream<Path> dirs = Files.list(operatorDir)) {
                    for (Path dir : dirs.filter(d -> Files.isRegularFile(d.resolve("template.json"))).toList()) {
                        String id = dir.getFileName().toString();
                        found.put(id, describe(id, Files.newInputStream(dir.resolve("template.json")),
                                Files.newInputStream(dir.resolve("schema.json")),
                                Files.newInputStream(dir.resolve("example.json"))));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được danh mục mẫu văn bản", e);
        }
        found.keySet().forEach(id -> {
            if (!ID.matcher(id).matches()) {
                throw new IllegalStateException("Template folder name must be lower-case letters, digits and '-': " + id);
            }
        });
        return new TemplateCatalog(Map.copyOf(found));
    }

    public Collection<TemplateDescriptor> all() {
        return new TreeMap<>(templates).values();
    }

    public Optional<TemplateDescriptor> find(String id) {
        return Optional.ofNullable(templates.get(id));
    }

    public TemplateDescriptor get(String id) {
        return find(id).orElseThrow(() -> new UnknownTemplateException(id));
    }

    private static InputStream open(Resource meta, String sibling) throws IOException {
        return meta.createRelative(sibling).getInputStream();
    }

    private static TemplateDescriptor describe(String id, InputStream meta, InputStream schema, InputStream example)
            throws IOException {
        try (meta; schema; example) {
            JsonNode m = JSON.readTree(meta);
            return new TemplateDescriptor(id, m.path("title").asString(), m.path("description").asString(),
                    JSON.readTree(schema), JSON.readTree(example));
        }
    }
}
