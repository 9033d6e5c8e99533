package vn.vanban.generation;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * Renders every template's example once in both formats, so that the first request finds the templates
 * compiled, the fonts' glyphs read and the writers' classes loaded. It runs on a thread of its own from the
 * moment the rendering core exists, beside the main thread that goes on building the rest of the context
 * (security, Tomcat, the actuator), instead of after the port opens on the main thread; as a runner it
 * holds readiness until it is done, and a failure fails the start as before.
 */
final class RenderingWarmUp implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(RenderingWarmUp.class);

    private final boolean enabled;
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    RenderingWarmUp(boolean enabled) {
        this.enabled = enabled;
    }

    void start(DocumentService service) {
        if (!enabled) {
            done.complete(null);
            return;
        }
        Thread thread = new Thread(() -> {
            long start = System.nanoTime();
            try {
                service.warmUp();
                LOG.info("Rendering engines warmed up in {} ms, {} ms of CPU (beside the context's start)",
                        (System.nanoTime() - start) / 1_000_000, ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000);
                done.complete(null);
            } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
            }
        }, "rendering-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void run(ApplicationArguments args) {
        done.join();
    }
}
