package vn.vanban.problem;

/** JSON Pointers (RFC 6901) as every reader of client data builds them for its problems. */
public final class JsonPointers {

    private JsonPointers() {
    }

    /** The pointer to member {@code key} of the object at {@code parent}: "~" and "/" in a key are escaped. */
    public static String child(String parent, String key) {
        return parent + "/" + key.replace("~", "~0").replace("/", "~1");
    }
}
