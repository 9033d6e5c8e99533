package vn.vanban.decisions;

import java.util.List;
import java.util.Map;
import vn.vanban.problem.ProblemException;
import vn.vanban.problem.ProblemType;

/**
 * A registration the register refuses as asked: a date in the future, or one before the last registered
 * date of its sequence without the clerk's confirmation (numbers follow issuing order). The pointer names
 * the field of the request to change.
 */
public class RegistrationRefusedException extends ProblemException {

    private final String pointer;

    public RegistrationRefusedException(String pointer, String message) {
        super(ProblemType.INVALID_REGISTRATION, message);
        this.pointer = pointer;
    }

    @Override
    public List<Map<String, Object>> errors() {
        return List.of(Map.of("pointer", pointer, "detail", getMessage()));
    }
}
