package vn.vanban.load;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.web.servlet.AsyncHandlerInterceptor;
import vn.vanban.limits.LoadLimits;

/**
 * Runs the heavy routes ({@link HeavyRoutes}) through the {@link WorkGate}: a place is taken before the
 * handler and given back when the answer is complete, which for a streamed list is when its last byte is
 * written on the async thread. A request that finds no place is turned away (503, {@code Retry-After}).
 * The same span is what the metrics time: {@code vanban.render} per document and format, and
 * {@code vanban.imports}, {@code vanban.drafts}, {@code vanban.registrations}, {@code vanban.batches}, each
 * by outcome.
 */
final class WorkInterceptor implements AsyncHandlerInterceptor {

    private static final String RUNNING = WorkInterceptor.class.getName() + ".RUNNING";
    private static final Map<HeavyRoutes.Kind, String> METERS = new EnumMap<>(Map.of(
            HeavyRoutes.Kind.RENDER, "vanban.render", HeavyRoutes.Kind.IMPORT, "vanban.imports",
            HeavyRoutes.Kind.DRAFT, "vanban.drafts", HeavyRoutes.Kind.REGISTRATION, "vanban.registrations",
            HeavyRoutes.Kind.BATCH, "vanban.batches"));

    private final WorkGate gate;
    private final LoadLimits limits;
    private final MeterRegistry meters;

    WorkInterceptor(WorkGate gate, LoadLimits limits, MeterRegistry meters) {
        this.gate = gate;
        this.limits = limits;
        this.meters = meters;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getDispatcherType() != DispatcherType.REQUEST || request.getAttribute(RUNNING) != null) {
            return true;
        }
        HeavyRoutes.Match work = HeavyRoutes.match(request);
        if (work == null) {
            return true;
        }
        if (!gate.enter()) {
            RetryAfter.set(response, limits.retryAfter());
            meters.counter("vanban.work.refused", "kind", name(work.kind())).increment();
            throw TurnedAwayException.busy(limits.retryAfter());
        }
        request.setAttribute(RUNNING, new Running(work, System.nanoTime()));
        return true;
    }

    @Override
    public void afterConcurrentHandlingStarted(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Running running = (Running) request.getAttribute(RUNNING);
        if (running == null) {
            return;
        }
        request.getAsyncContext().addListener(new AsyncListener() {
            @Override
            public void onComplete(AsyncEvent event) {
                finish(running, response);
            }

            @Override
            public void onTimeout(AsyncEvent event) {
                finish(running, response);
            }

            @Override
            public void onError(AsyncEvent event) {
                finish(running, response);
            }

            @Override
            public void onStartAsync(AsyncEvent event) {
                event.getAsyncContext().addListener(this);
            }
        });
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        Running running = (Running) request.getAttribute(RUNNING);
        if (running != null && !request.isAsyncStarted()) {
            finish(running, response);
        }
    }

    private void finish(Running running, HttpServletResponse response) {
        if (!running.done.compareAndSet(false, true)) {
            return;
        }
        gate.leave();
        int status = response.getStatus();
        String outcome = status < 400 ? "success" : status < 500 ? "client-error" : "server-error";
        HeavyRoutes.Match work = running.work;
        Timer.Builder timer = Timer.builder(METERS.get(work.kind())).tag("outcome", outcome);
        if (work.kind() == HeavyRoutes.Kind.RENDER) {
            // An unknown template or format is a 404: its made-up name must not become a time series.
            timer.description("Time to make a document and write it out, per document and format")
                    .tag("document", status == 404 ? "unknown" : work.document())
                    .tag("format", status == 404 ? "unknown" : work.format());
        }
        timer.register(meters).record(System.nanoTime() - running.started, TimeUnit.NANOSECONDS);
    }

    private static String name(HeavyRoutes.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static final class Running {
        final HeavyRoutes.Match work;
        final long started;
        final AtomicBoolean done = new AtomicBoolean();

        Running(HeavyRoutes.Match work, long started) {
            this.work = work;
            this.started = started;
        }
    }
}
