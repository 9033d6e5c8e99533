package vn.vanban.observability;

import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The id of the current request: taken from a sane incoming {@code X-Request-Id} (a proxy's or a client's,
 * so that their logs and ours name the same request) or made here. It is in the log's MDC for the whole
 * request, in the answer's {@code X-Request-Id} header and in every problem answer ({@code requestId}),
 * so that a person reporting an error gives the id and the operator finds every line of that request.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** The MDC key, and the member of a problem answer. */
    public static final String KEY = "requestId";

    /** Letters, digits and a few separators, at most 64: enough for UUIDs, ULIDs and proxies' ids, never a log line's break. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private RequestIds() {
    }

    /** The id of the request this thread serves, or null outside a request. */
    public static String current() {
        return MDC.get(KEY);
    }

    /** The incoming id if it is sane, else a new one. */
    static String accept(String incoming) {
        return incoming != null && SANE.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
    }
}
