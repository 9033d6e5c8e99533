package vn.vanban.problem;

import java.util.List;
import java.util.Map;

/**
 * A failure the client can act on, carrying what its answer says: the problem type (and so the status),
 * the title, the detail and, for data problems, every error at once. The web layer writes any of them
 * the same way, so a new error needs a subclass, never a new handler.
 */
public abstract class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final String title;

    protected ProblemException(ProblemType type, String message) {
        this(type, type.title(), message, null);
    }

    protected ProblemException(ProblemType type, String title, String message, Throwable cause) {
        super(message, cause);
        this.type = type;
        this.title = title;
    }

    public ProblemType type() {
        return type;
    }

    public String title() {
        return title;
    }

    /** The detail of the answer; the message unless a problem words it for the client differently. */
    public String detail() {
        return getMessage();
    }

    /** The {@code errors} member, one entry per error; empty when this problem lists none. */
    public List<Map<String, Object>> errors() {
        return List.of();
    }

    /** Further members of the answer that a client may read, such as the template id that was not found. */
    public Map<String, Object> properties() {
        return Map.of();
    }

    /** One error about the whole body, for failures that no field of it can be blamed for. */
    protected static List<Map<String, Object>> atWholeBody(String detail) {
        return List.of(Map.of("pointer", "", "detail", detail));
    }

    /** Errors as {@code {"pointer", "detail"}}, the shape every problem with JSON Pointers uses. */
    protected static List<Map<String, Object>> atPointers(List<? extends PointedError> errors) {
        return errors.stream().<Map<String, Object>>map(e -> Map.of("pointer", e.pointer(), "detail", e.message())).toList();
    }
}
