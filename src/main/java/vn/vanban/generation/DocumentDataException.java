package vn.vanban.generation;

import vn.vanban.problem.FieldProblem;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import vn.vanban.limits.TextCharacters;
import vn.vanban.problem.ProblemException;
import vn.vanban.problem.ProblemType;

/**
 * Data that cannot become a document. {@link Kind} says why, so that the API can answer 400, 413 or 422
 * while the command line prints the same list.
 */
public class DocumentDataException extends ProblemException {

    public enum Kind {
        /** Not JSON, or not the shape the template's schema asks for. */
        INVALID(ProblemType.INVALID_DATA),
        /** A text holding a character no document can carry (see limits.TextCharacters). */
        INVALID_TEXT(ProblemType.INVALID_TEXT),
        /** Over a configured limit: body size, text length or number of rows. */
        TOO_LARGE(ProblemType.TOO_LARGE),
        /** Well-formed but breaks a rule of the documents (a team without exactly one leader). */
        UNPROCESSABLE(ProblemType.UNPROCESSABLE_DOCUMENT);

        private final ProblemType problemType;

        Kind(ProblemType problemType) {
            this.problemType = problemType;
        }
    }

    private final Kind kind;
    private final List<FieldProblem> problems;

    public DocumentDataException(Kind kind, String message, List<FieldProblem> problems) {
        super(kind.problemType, message);
        this.kind = kind;
        this.problems = List.copyOf(problems);
    }

    /** Refuses data with a character no document can carry (limits.TextCharacters), every such value at its pointer. */
    public static void refuseForbiddenCharacters(JsonNode data) {
        List<FieldProblem> refused = TextCharacters.problems(data);
        if (!refused.isEmpty()) {
            throw new DocumentDataException(Kind.INVALID_TEXT, "Dữ liệu có " + refused.size()
                    + " giá trị chứa ký tự không hợp lệ", refused);
        }
    }

    public Kind kind() {
        return kind;
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    @Override
    public List<Map<String, Object>> errors() {
        return atPointers(problems);
    }
}
