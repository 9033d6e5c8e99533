package vn.vanban.roster;

import java.util.List;

/** A roster the store refuses as a whole; every problem is listed, nothing is saved. */
public class InvalidRosterException extends RuntimeException {

    private final List<RosterProblem> problems;

    public InvalidRosterException(String message, List<RosterProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<RosterProblem> problems() {
        return problems;
    }
}
