package vn.vanban.web.decisions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vanban.problem.PointedError;

/**
 * The reasons a form was refused, by the field they are shown next to ({@code general} for those no field
 * of the form can fix, such as a gap in the commune's profile).
 */
final class FormErrors {

    static final String GENERAL = "general";

    private FormErrors() {
    }

    /** The service's problems (JSON Pointers into its request) by the form's fields. */
    static Map<String, List<String>> of(List<? extends PointedError> problems) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (PointedError p : problems) {
            errors.computeIfAbsent(field(p.pointer()), f -> new ArrayList<>()).add(forPeople(p.message()));
        }
        return errors;
    }

    static Map<String, List<String>> one(String field, String message) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        errors.put(field, List.of(message));
        return errors;
    }

    static String field(String pointer) {
        if (pointer == null) {
            return GENERAL;
        }
        String first = pointer.split("/").length > 1 ? pointer.split("/")[1] : "";
        return switch (first) {
            case "kind" -> "kind";
            case "teams" -> "teams";
            case "subject" -> "subject";
            case "deputy" -> "signer";
            case "date" -> "date";
            default -> GENERAL;
        };
    }

    /**
     * The service words some reasons for API callers, naming the request's values; the form names its
     * choices instead.
     */
    static String forPeople(String message) {
        return message.replace("(kind reconstitute)", "(chọn “Kiện toàn”)")
                .replace(" (commune-team, village-teams hoặc each-team)", "")
                .replace(" (commune-team hoặc village-teams)", "");
    }
}
