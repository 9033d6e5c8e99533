package vn.vanban.web.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.vanban.security.InvalidAccountException;

/** The service's refusal put next to the field of the form it is about. */
final class FieldErrors {

    private FieldErrors() {
    }

    /**
     * "/communes/1" → "communes": the field of a JSON Pointer's first step, renamed where the form splits
     * or renames the API's field (the key scope is typed as kind and code).
     */
    static String field(String pointer) {
        String first = pointer == null ? "" : pointer.replaceFirst("^/", "").replaceFirst("/.*$", "");
        return switch (first) {
            case "scope" -> "scopeCode";
            case "expiresAt" -> "expires";
            case "" -> "form";
            default -> first;
        };
    }

    static Map<String, String> of(InvalidAccountException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        add(errors, e);
        return errors;
    }

    static void add(Map<String, String> errors, InvalidAccountException e) {
        errors.putIfAbsent(field(e.pointer()), e.getMessage());
    }
}
