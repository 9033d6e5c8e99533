package vn.vanban.load;

import vn.vanban.problem.ProblemException;
import vn.vanban.problem.ProblemType;

/**
 * A request body that arrives too slowly or not at all (408): below the minimum rate once the grace has
 * passed, past the whole-body timeout, stalled beyond the connection's read timeout, or cut off. Thrown
 * from the read itself, so whichever code reads the body answers it like any other problem.
 */
public final class SlowUploadException extends ProblemException {

    SlowUploadException(String detail) {
        super(ProblemType.SLOW_UPLOAD, detail);
    }
}
