package vn.vanban.security;

/** The caller is known but its scope does not cover what it asked for: 403. */
public class ScopeDeniedException extends RuntimeException {

    public ScopeDeniedException(String message) {
        super(message);
    }
}
