package vn.vanban.decisions;

import vn.vanban.problem.ProblemException;
import vn.vanban.problem.ProblemType;

/** An action the register forbids: registering twice, deleting a registered decision. */
public class DecisionConflictException extends ProblemException {

    public DecisionConflictException(String message) {
        super(ProblemType.CONFLICT, "Không thực hiện được với quyết định đã vào sổ", message, null);
    }
}
