package vn.vanban.problem;

import java.util.Map;

/** A request header that does not follow its grammar (RFC 9110), such as {@code If-Match: ,}: 400 naming the header. */
public class InvalidHeaderException extends ProblemException {

    private final String header;

    public InvalidHeaderException(String header, String message) {
        super(ProblemType.INVALID_HEADER, message);
        this.header = header;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("header", header);
    }
}
