package vn.vanban.decisions;

import vn.vanban.problem.ProblemException;
import vn.vanban.problem.ProblemType;

public class DecisionNotFoundException extends ProblemException {

    public DecisionNotFoundException(long id) {
        super(ProblemType.NOT_FOUND, "Không có quyết định mã " + id);
    }
}
