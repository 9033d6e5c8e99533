package vn.vanban.document;

import java.util.List;
import java.util.Map;
import vn.vanban.problem.ProblemException;
import vn.vanban.problem.ProblemType;

/** A template produced markup that is not the document vocabulary (a template author's mistake). */
public class DocumentSyntaxException extends ProblemException {

    public DocumentSyntaxException(String message) {
        this(message, null);
    }

    public DocumentSyntaxException(String message, Throwable cause) {
        super(ProblemType.UNPROCESSABLE_DOCUMENT, ProblemType.UNPROCESSABLE_DOCUMENT.title(), message, cause);
    }

    @Override
    public List<Map<String, Object>> errors() {
        return atWholeBody(getMessage());
    }
}
