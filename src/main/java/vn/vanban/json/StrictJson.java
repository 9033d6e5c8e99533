package vn.vanban.json;

import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import vn.vanban.generation.DocumentDataException;
import vn.vanban.problem.FieldProblem;

/**
 * Reads JSON that people typed, strictly: a duplicate key, an unknown or misspelt field is an error with
 * its JSON Pointer rather than silently dropped, so that nothing a user typed is lost without a word.
 * The API and the command line read their data through here.
 */
public final class StrictJson {

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // Flags such as "invited" or "zalo" may be left out and mean false.
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private StrictJson() {
    }

    /** The document as a tree, for data checked later against a template's schema. */
    public static JsonNode tree(byte[] body) {
        try {
            JsonNode node = STRICT.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw empty();
            }
            return node;
        } catch (JacksonException e) {
            throw notJson(e);
        }
    }

    /** The document bound to {@code type}, every field of it known to the type. */
    public static <T> T read(byte[] body, Class<T> type) {
        if (body.length == 0) {
            throw empty();
        }
        try {
            T value = STRICT.readValue(body, type);
            if (value == null) {
                throw invalid("", "Dữ liệu rỗng (null)");
            }
            return value;
        } catch (DatabindException e) {
            throw invalid(pointer(e), reason(e));
        } catch (JacksonException e) {
            throw notJson(e);
        }
    }

    private static String pointer(DatabindException e) {
        StringBuilder pointer = new StringBuilder();
        for (var ref : e.getPath()) {
            pointer.append('/').append(ref.getPropertyName() != null ? ref.getPropertyName() : String.valueOf(ref.getIndex()));
        }
        return pointer.toString();
    }

    /** An enum's own message names the allowed values ("leader, standing-deputy, …"), so it is passed on. */
    private static String reason(DatabindException e) {
        if (e.getCause() instanceof IllegalArgumentException cause) {
            return cause.getMessage();
        }
        return e.getOriginalMessage().startsWith("Unrecognized property") ? "Trường không có trong cấu trúc dữ liệu"
                : e.getOriginalMessage();
    }

    private static DocumentDataException empty() {
        return invalid("", "Không có dữ liệu (the request body is empty)");
    }

    private static DocumentDataException notJson(JacksonException e) {
        TokenStreamLocation at = e.getLocation();
        String where = at == null ? "" : " (dòng " + at.getLineNr() + ", cột " + at.getColumnNr() + ")";
        return invalid("", "Dữ liệu không phải JSON hợp lệ" + where + ": " + e.getOriginalMessage());
    }

    private static DocumentDataException invalid(String pointer, String message) {
        return new DocumentDataException(DocumentDataException.Kind.INVALID, "Dữ liệu không hợp lệ",
                List.of(new FieldProblem(pointer, message)));
    }
}
