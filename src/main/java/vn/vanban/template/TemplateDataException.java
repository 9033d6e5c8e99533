package vn.vanban.template;

import java.util.List;
import java.util.Map;
import vn.vanban.problem.ProblemException;
import vn.vanban.problem.ProblemType;

/** The data passed the schema but cannot fill the template (a value it needs is missing). */
public class TemplateDataException extends ProblemException {

    public TemplateDataException(String message, Throwable cause) {
        super(ProblemType.UNPROCESSABLE_DOCUMENT, ProblemType.UNPROCESSABLE_DOCUMENT.title(), message, cause);
    }

    @Override
    public List<Map<String, Object>> errors() {
        return atWholeBody(getMessage());
    }
}
