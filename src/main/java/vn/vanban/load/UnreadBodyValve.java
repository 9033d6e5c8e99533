package vn.vanban.load;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import vn.vanban.limits.LoadLimits;

/**
 * Tomcat's side of the defence against slow uploads (README "Operations"). Every request body is read
 * through a {@link PacedInput}; and a body the application did not read to its end (a refused or
 * turned-away request) is not drained afterwards: Tomcat would otherwise read up to
 * {@code server.tomcat.max-swallow-size} of it on the same thread to keep the connection alive, at the
 * client's pace, a byte a second if the client likes. The connection is closed after the answer instead.
 */
final class UnreadBodyValve extends ValveBase {

    private final LoadLimits limits;

    UnreadBodyValve(LoadLimits limits) {
        super(true);
        this.limits = limits;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        org.apache.coyote.Request coyote = request.getCoyoteRequest();
        if (!(coyote.getInputBuffer() instanceof PacedInput)) {
            // Once per connection processor (Tomcat reuses it, and its input buffer, for every request).
            coyote.setInputBuffer(new PacedInput(coyote.getInputBuffer(), limits.minUploadRate(), limits.uploadGrace(),
                    limits.uploadTimeout()));
        }
        ((PacedInput) coyote.getInputBuffer()).reset();
        try {
            getNext().invoke(request, response);
        } finally {
            if (!request.isAsyncStarted()) {
                AtomicBoolean fullyRead = new AtomicBoolean(true);
                coyote.action(ActionCode.REQUEST_BODY_FULLY_READ, fullyRead);
                if (!fullyRead.get()) {
                    // The answer is complete here; sent first, since Tomcat marks an answer still unsent
                    // below 400 (a redirect to the login form) as 500 when it stops swallowing. It says
                    // "Connection: close" itself: once sent, Tomcat can no longer add it, and a client that
                    // reused the connection would find it closed under its next request.
                    if (!response.isCommitted()) {
                        response.setHeader("Connection", "close");
                    }
                    response.flushBuffer();
                    coyote.action(ActionCode.DISABLE_SWALLOW_INPUT, null);
                }
            }
        }
    }
}
