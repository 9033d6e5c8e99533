package vn.vanban.reference;

import vn.vanban.problem.ProblemException;
import vn.vanban.problem.ProblemType;

/** A commune code that is not in the reference data. */
public class UnknownCommuneException extends ProblemException {

    public UnknownCommuneException(String code) {
        super(ProblemType.UNKNOWN_UNIT, "Không có xã, phường, đặc khu mã \"" + code + "\"");
    }
}
