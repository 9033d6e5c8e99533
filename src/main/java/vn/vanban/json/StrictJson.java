package vn.vanban.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.vanban.problem.JsonPointers;
import vn.vanban.text.VietnameseText;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
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
            // 1.5 where a whole number is expected is a mistake to report, not a value to truncate.
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();

    /** The largest whole number a double holds exactly (2^53 - 1). */
    private static final long MAX_EXACT = (1L << 53) - 1;

    private StrictJson() {
    }

    /**
     * The document as a tree, for data checked later against a template's schema: every text composed to
     * NFC, and refused (422 at its pointer) when it holds a character no document can carry.
     */
    public static JsonNode tree(byte[] body) {
        JsonNode node;
        try {
            node = STRICT.readTree(body);
        } catch (JacksonException e) {
            throw notJson(e);
        }
        if (node == null || node.isMissingNode()) {
            throw empty();
        }
        List<FieldProblem> outOfRange = new ArrayList<>();
        numbersOutOfRange(node, "", outOfRange);
        if (!outOfRange.isEmpty()) {
            throw new DocumentDataException(DocumentDataException.Kind.INVALID, "Dữ liệu không hợp lệ", outOfRange);
        }
        DocumentDataException.refuseForbiddenCharacters(node);
        return composed(node);
    }

    /** The document bound to {@code type}, every field of it known to the type, its texts checked as {@link #tree}'s. */
    public static <T> T read(byte[] body, Class<T> type) {
        if (body.length == 0) {
            throw empty();
        }
        JsonNode node = tree(body);
        try {
            T value = STRICT.treeToValue(node, type);
            if (value == null) {
                throw invalid("", "Dữ liệu rỗng (null)");
            }
            return value;
        } catch (JacksonException e) {
            throw invalid(pointer(e), reason(e));
        }
    }

    /**
     * Numbers no field of ours can hold: beyond the 64-bit range, or a fraction too large to be exact
     * ({@code 1e19}, {@code 1e400}). Refused here, at their pointer, because later checks compare them as
     * longs and would fail on them instead of answering.
     */
    private static void numbersOutOfRange(JsonNode node, String pointer, List<FieldProblem> problems) {
        if (node.isNumber()) {
            boolean fits = node.isIntegralNumber() ? node.canConvertToLong()
                    : Double.isFinite(node.doubleValue()) && Math.abs(node.doubleValue()) <= MAX_EXACT;
            if (!fits) {
                problems.add(new FieldProblem(pointer, "Số ngoài phạm vi cho phép (tối đa " + MAX_EXACT + ")"));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                numbersOutOfRange(node.get(i), pointer + "/" + i, problems);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                numbersOutOfRange(e.getValue(), JsonPointers.child(pointer, e.getKey()), problems);
            }
        }
    }

    /**
     * The tree with every string value in NFC. A password is left as typed: logging in compares it byte for
     * byte, so a composed copy would no longer match what the person types at the login page.
     */
    private static JsonNode composed(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> e : object.properties()) {
                if (e.getValue().isString()) {
                    if (!e.getKey().toLowerCase(Locale.ROOT).contains("password")) {
                        e.setValue(object.stringNode(VietnameseText.nfc(e.getValue().stringValue())));
                    }
                } else {
                    composed(e.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isString()) {
                    array.set(i, array.stringNode(VietnameseText.nfc(array.get(i).stringValue())));
                } else {
                    composed(array.get(i));
                }
            }
        }
        return node;
    }

    private static String pointer(JacksonException e) {
        StringBuilder pointer = new StringBuilder();
        for (var ref : e.getPath()) {
            pointer.append('/').append(ref.getPropertyName() != null ? ref.getPropertyName() : String.valueOf(ref.getIndex()));
        }
        return pointer.toString();
    }

    /**
     * Why the value does not fit, in Vietnamese. Jackson's own message is never passed on: it names Java
     * types and parser internals. An enum's message names the allowed values ("leader, standing-deputy, …").
     */
    private static String reason(JacksonException e) {
        if (e.getCause() instanceof IllegalArgumentException cause && cause.getMessage() != null) {
            return "Giá trị không thuộc danh sách cho phép: " + cause.getMessage();
        }
        if (e instanceof UnrecognizedPropertyException) {
            return "Trường không có trong cấu trúc dữ liệu";
        }
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType()
                : e instanceof InputCoercionException c ? c.getTargetType() : null;
        return "Sai kiểu dữ liệu: cần " + expected(target);
    }

    private static String expected(Class<?> target) {
        if (target == null) {
            return "giá trị khác";
        }
        if (target == int.class || target == Integer.class) {
            return "số nguyên từ " + Integer.MIN_VALUE + " đến " + Integer.MAX_VALUE;
        }
        if (target == long.class || target == Long.class) {
            return "số nguyên từ " + Long.MIN_VALUE + " đến " + Long.MAX_VALUE;
        }
        if (target == boolean.class || target == Boolean.class) {
            return "true hoặc false";
        }
        if (target == String.class) {
            return "chuỗi ký tự";
        }
        if (java.util.Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "danh sách (mảng JSON)";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(target)) {
            return "ngày hoặc thời điểm ISO 8601, ví dụ 2025-08-01";
        }
        if (target.isEnum()) {
            return "một trong các giá trị cho phép";
        }
        return "đối tượng JSON";
    }

    private static DocumentDataException empty() {
        return invalid("", "Không có dữ liệu (the request body is empty)");
    }

    private static DocumentDataException notJson(JacksonException e) {
        TokenStreamLocation at = e.getLocation();
        String where = at == null ? "" : " (dòng " + at.getLineNr() + ", cột " + at.getColumnNr() + ")";
        if (e instanceof StreamReadException && e.getOriginalMessage() != null
                && e.getOriginalMessage().startsWith("Duplicate Object property")) {
            String name = e.getOriginalMessage().replaceFirst("^[^\"]*\"(.*)\"[^\"]*$", "$1");
            return invalid("", "Trường \"" + name + "\" có hai lần trong cùng một đối tượng" + where);
        }
        // The parser's own words ("Unexpected character ('b' (code 98))") are internals: the place is enough.
        return invalid("", "Dữ liệu không phải JSON hợp lệ" + where);
    }

    private static DocumentDataException invalid(String pointer, String message) {
        return new DocumentDataException(DocumentDataException.Kind.INVALID, "Dữ liệu không hợp lệ",
                List.of(new FieldProblem(pointer, message)));
    }
}
