package vn.vanban.roster;

import vn.vanban.problem.ProblemException;
import vn.vanban.problem.ProblemType;

/** A village, team or member key that the commune's roster does not have. */
public class RosterItemNotFoundException extends ProblemException {

    public RosterItemNotFoundException(String what, String key, String communeCode) {
        super(ProblemType.NOT_FOUND, "Danh sách của xã " + communeCode + " không có " + what + " \"" + key + "\"");
    }
}
