package vn.vanban.reference;

import vn.vanban.problem.ProblemException;
import vn.vanban.problem.ProblemType;

public class UnknownProvinceException extends ProblemException {

    public UnknownProvinceException(String code) {
        super(ProblemType.UNKNOWN_UNIT, "Không có tỉnh, thành phố mã \"" + code + "\"");
    }
}
