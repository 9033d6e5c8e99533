package vn.vanban.roster.spreadsheet;

import java.util.List;
import java.util.stream.Collectors;

/** The sheet cannot be imported; every problem found is listed, so one round of fixes is enough. */
public class SheetFormatException extends RuntimeException {

    private final transient List<SheetProblem> problems;

    public SheetFormatException(List<SheetProblem> problems) {
        super(problems.stream().map(SheetProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<SheetProblem> problems() {
        return problems;
    }
}
