package vn.vanban.load;

import java.io.EOFException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.apache.coyote.InputBuffer;
import org.apache.tomcat.util.net.ApplicationBufferHandler;

/**
 * The body of a request as Tomcat reads it from the socket, for whoever reads it (a controller, the
 * multipart parser, a form), with a clock: a body that arrives slower than the minimum rate once the
 * grace has passed, or not at all within the whole-body timeout, or stalls beyond the connection's read
 * timeout, or is cut off by the client, ends in {@link SlowUploadException}. Tomcat's own read timeout is per read, so a client sending
 * a byte a second would otherwise hold a thread for as long as it likes. The clock starts at the first
 * read, not when the request arrived, so time spent queued for a place to work is not counted against
 * the client. One per connection's processor, reset for each request.
 */
final class PacedInput implements InputBuffer {

    private final InputBuffer socket;
    private final long minRate;
    private final long graceNanos;
    private final long timeoutNanos;
    private long started = -1;
    private long received;

    PacedInput(InputBuffer socket, long minRate, Duration grace, Duration timeout) {
        this.socket = socket;
        this.minRate = minRate;
        this.graceNanos = grace.toNanos();
        this.timeoutNanos = timeout.toNanos();
    }

    /** The input this one reads from. */
    InputBuffer socket() {
        return socket;
    }

    /** A new request on the connection: its clock starts at its first read. */
    void reset() {
        started = -1;
        received = 0;
    }

    @Override
    public int doRead(ApplicationBufferHandler handler) throws IOException {
        long now = System.nanoTime();
        if (started < 0) {
            started = now;
        } else if (now - started > timeoutNanos) {
            throw new SlowUploadException("Dữ liệu gửi lên chưa nhận hết sau " + RetryAfter.seconds(Duration.ofNanos(timeoutNanos))
                    + " giây; hãy gửi lại trên một kết nối nhanh hơn.");
        }
        int n;
        try {
            n = socket.doRead(handler);
        } catch (SocketTimeoutException e) {
            throw new SlowUploadException("Dữ liệu gửi lên bị ngừng giữa chừng quá lâu; hãy gửi lại.");
        } catch (EOFException e) {
            // The client went away mid-body: nobody reads the answer, but it is not a fault of ours to log.
            throw new SlowUploadException("Kết nối bị đóng trước khi gửi hết dữ liệu.");
        }
        if (n > 0) {
            received += n;
        }
        long elapsed = System.nanoTime() - started;
        if (n >= 0 && elapsed > graceNanos && received * 1_000_000_000L < minRate * elapsed) {
            throw new SlowUploadException("Dữ liệu gửi lên quá chậm (" + received * 1_000_000_000L / elapsed
                    + " byte/giây, cần ít nhất " + minRate + " byte/giây); hãy gửi lại trên một kết nối nhanh hơn.");
        }
        return n;
    }

    @Override
    public int available() {
        return socket.available();
    }
}
