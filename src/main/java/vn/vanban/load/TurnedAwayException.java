package vn.vanban.load;

import java.time.Duration;
import vn.vanban.problem.ProblemException;
import vn.vanban.problem.ProblemType;

/**
 * A request the service turns away to protect everybody else: too much work at once (503) or too many
 * requests from one account or key (429). The answer's {@code Retry-After} says when to come back.
 */
public final class TurnedAwayException extends ProblemException {

    private final Duration retryAfter;

    private TurnedAwayException(ProblemType type, String detail, Duration retryAfter) {
        super(type, detail);
        this.retryAfter = retryAfter;
    }

    static TurnedAwayException busy(Duration retryAfter) {
        return new TurnedAwayException(ProblemType.BUSY, "Hệ thống đang lập nhiều văn bản cùng lúc; vui lòng gửi lại sau "
                + RetryAfter.seconds(retryAfter) + " giây.", retryAfter);
    }

    static TurnedAwayException uploadsBusy(Duration retryAfter) {
        return new TurnedAwayException(ProblemType.BUSY, "Hệ thống đang nhận nhiều tệp cùng lúc; vui lòng gửi lại sau "
                + RetryAfter.seconds(retryAfter) + " giây.", retryAfter);
    }

    static TurnedAwayException rateLimited(Duration retryAfter, long requests, Duration period) {
        return new TurnedAwayException(ProblemType.RATE_LIMITED, "Tài khoản hoặc khóa này đã gửi quá " + requests
                + " yêu cầu trong " + RetryAfter.seconds(period) + " giây; vui lòng gửi lại sau "
                + RetryAfter.seconds(retryAfter) + " giây.", retryAfter);
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
