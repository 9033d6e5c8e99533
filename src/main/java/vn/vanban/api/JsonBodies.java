package vn.vanban.api;

import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import vn.vanban.generation.DocumentDataException;
import vn.vanban.generation.FieldProblem;

/**
 * Binds a request body to a record strictly: an unknown or misspelt field is an error with its JSON
 * Pointer rather than silently dropped, so that nothing a user typed is lost without a word.
 */
final class JsonBodies {

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // Flags such as "invited" or "zalo" may be left out and mean false.
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonBodies() {
    }

    static <T> T read(byte[] body, Class<T> type) {
        if (body.length == 0) {
            throw invalid("", "Không có dữ liệu (the request body is empty)");
        }
        try {
            T value = STRICT.readValue(body, type);
            if (value == null) {
                throw invalid("", "Dữ liệu rỗng (null)");
            }
            return value;
        } catch (DatabindException e) {
            StringBuilder pointer = new StringBuilder();
            for (var ref : e.getPath()) {
                pointer.append('/').append(ref.getPropertyName() != null ? ref.getPropertyName() : String.valueOf(ref.getIndex()));
            }
            Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : null;
            String reason = cause != null ? cause.getMessage()
                    : e.getOriginalMessage().startsWith("Unrecognized property") ? "Trường không có trong cấu trúc dữ liệu"
                    : e.getOriginalMessage();
            throw invalid(pointer.toString(), reason);
        } catch (JacksonException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " (dòng " + at.getLineNr() + ", cột " + at.getColumnNr() + ")";
            throw invalid("", "Dữ liệu không phải JSON hợp lệ" + where + ": " + e.getOriginalMessage());
        }
    }

    private static DocumentDataException invalid(String pointer, String message) {
        return new DocumentDataException(DocumentDataException.Kind.INVALID, "Dữ liệu không hợp lệ",
                List.of(new FieldProblem(pointer, message)));
    }
}
