package vn.vanban.problem;


/**
 * One thing wrong with the data.
 *
 * @param pointer JSON Pointer (RFC 6901) to the value, "" for the whole body
 * @param message what is wrong, in Vietnamese for the person who typed it
 */
public record FieldProblem(String pointer, String message) implements PointedError {
}
