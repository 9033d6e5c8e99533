package vn.vanban.security;

/** An account or key request that cannot be done as sent (422), with the JSON Pointer of the field. */
public class InvalidAccountException extends RuntimeException {

    private final String pointer;

    public InvalidAccountException(String pointer, String message) {
        super(message);
        this.pointer = pointer;
    }

    public String pointer() {
        return pointer;
    }
}
