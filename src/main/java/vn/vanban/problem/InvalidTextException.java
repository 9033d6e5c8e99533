package vn.vanban.problem;

import java.util.List;
import java.util.Map;

/** Text that cannot be kept as sent (a control character, a non-character, a lone surrogate): 422 at each value. */
public class InvalidTextException extends ProblemException {

    private final List<FieldProblem> problems;

    public InvalidTextException(List<FieldProblem> problems) {
        super(ProblemType.INVALID_TEXT, "Dữ liệu có " + problems.size() + " giá trị chứa ký tự không hợp lệ");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    @Override
    public List<Map<String, Object>> errors() {
        return atPointers(problems);
    }
}
