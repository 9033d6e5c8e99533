package vn.vanban.roster.spreadsheet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.vanban.problem.ProblemException;
import vn.vanban.problem.ProblemType;

/** The sheet cannot be imported; every problem found is listed, so one round of fixes is enough. */
public class SheetFormatException extends ProblemException {

    private final transient List<SheetProblem> problems;

    public SheetFormatException(List<SheetProblem> problems) {
        super(ProblemType.INVALID_SPREADSHEET, problems.stream().map(SheetProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<SheetProblem> problems() {
        return problems;
    }

    @Override
    public String detail() {
        return "Tệp có " + problems.size() + " lỗi; chưa nhập gì. Sửa các ô dưới đây rồi gửi lại";
    }

    /** Each error where a person finds it in the sheet: row, column letter and heading when known. */
    @Override
    public List<Map<String, Object>> errors() {
        return problems.stream().<Map<String, Object>>map(p -> {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("row", p.row());
            if (p.column() != null) {
                error.put("column", p.column());
            }
            if (p.heading() != null) {
                error.put("heading", p.heading());
            }
            error.put("detail", p.message());
            return error;
        }).toList();
    }
}
