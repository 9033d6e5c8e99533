package vn.vanban.roster;

import java.util.List;
import java.util.Map;
import vn.vanban.problem.ProblemException;
import vn.vanban.problem.ProblemType;

/** A roster the store refuses as a whole; every problem is listed, nothing is saved. */
public class InvalidRosterException extends ProblemException {

    private final List<RosterProblem> problems;

    public InvalidRosterException(String message, List<RosterProblem> problems) {
        super(ProblemType.INVALID_ROSTER, message);
        this.problems = List.copyOf(problems);
    }

    public List<RosterProblem> problems() {
        return problems;
    }

    @Override
    public List<Map<String, Object>> errors() {
        return atPointers(problems);
    }
}
