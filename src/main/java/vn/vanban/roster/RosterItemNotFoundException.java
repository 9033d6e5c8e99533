package vn.vanban.roster;

/** A village, team or member key that the commune's roster does not have. */
public class RosterItemNotFoundException extends RuntimeException {

    public RosterItemNotFoundException(String what, String key, String communeCode) {
        super("Danh sách của xã " + communeCode + " không có " + what + " \"" + key + "\"");
    }
}
