package vn.vanban.template;

import vn.vanban.problem.FieldProblem;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import vn.vanban.problem.JsonPointers;

/** Checks request data against the template's JSON Schema, finding every violation at once. */
public final class SchemaCheck {

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    /** @return each violation with its pointer and a Vietnamese message; empty when the data fits */
    public List<FieldProblem> violations(TemplateDescriptor template, JsonNode data) {
        Schema schema = compiled.computeIfAbsent(template.id(), id -> registry.getSchema(template.schema()));
        return schema.validate(data).stream()
                .map(e -> new FieldProblem(pointer(e), SchemaMessages.vietnamese(e)))
                .distinct()
                .toList();
    }

    /** The validator reports JSON Pointers; a missing property is reported on its parent. */
    private static String pointer(Error e) {
        String location = e.getInstanceLocation().toString();
        String p = location.startsWith("/") ? location : "";
        if (e.getProperty() != null && "required".equals(e.getKeyword())) {
            return JsonPointers.child(p, e.getProperty());
        }
        return p;
    }
}
