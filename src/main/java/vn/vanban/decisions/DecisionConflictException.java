package vn.vanban.decisions;

/** An action the register forbids: registering twice, deleting a registered decision. */
public class DecisionConflictException extends RuntimeException {

    public DecisionConflictException(String message) {
        super(message);
    }
}
