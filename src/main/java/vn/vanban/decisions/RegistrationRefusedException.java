package vn.vanban.decisions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.vanban.problem.ProblemException;
import vn.vanban.problem.ProblemType;

/**
 * A registration the register refuses as asked: a date in the future, or one before the last registered
 * date of its sequence without the clerk's confirmation (numbers follow issuing order). The pointer names
 * the field of the request to change; the reason and the dates let a form word it and offer the
 * confirmation where that is the way out.
 */
public class RegistrationRefusedException extends ProblemException {

    /** Why: the two date rules, or something the date cannot change (the decision replaced, the team founded). */
    public enum Reason { FUTURE_DATE, EARLIER_THAN_LAST, OTHER }

    private final String pointer;
    private final Reason reason;
    private final LocalDate lastDate;

    public RegistrationRefusedException(String pointer, String message) {
        this(Reason.OTHER, pointer, message, null);
    }

    /** @param lastDate the last registered date of the sequence, for {@link Reason#EARLIER_THAN_LAST} */
    public RegistrationRefusedException(Reason reason, String pointer, String message, LocalDate lastDate) {
        super(ProblemType.INVALID_REGISTRATION, message);
        this.pointer = pointer;
        this.reason = reason;
        this.lastDate = lastDate;
    }

    public Reason reason() {
        return reason;
    }

    /** The last registered date of the sequence when the date asked for is earlier; null otherwise. */
    public LocalDate lastDate() {
        return lastDate;
    }

    @Override
    public List<Map<String, Object>> errors() {
        return List.of(Map.of("pointer", pointer, "detail", getMessage()));
    }
}
