package vn.vanban.web.decisions;

import java.lang.management.ManagementFactory;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import vn.vanban.decisions.Decision;
import vn.vanban.decisions.DecisionService;
import vn.vanban.decisions.StoredFile;
import vn.vanban.generation.DocumentService;
import vn.vanban.generation.GenerationProperties;
import vn.vanban.generation.RenderedFile;
import vn.vanban.render.OutputFormat;
import vn.vanban.web.preview.PageImages;

/**
 * A decision's page images, ready early, because the page is read as images and each image is drawn when
 * first asked for (0.3 to 0.6 s a page measured on a busy machine):
 * <ul>
 * <li>a draft's PDF is kept by decision id: its snapshot never changes, but every rendering of it differs
 *     (the PDF's creation time), so its images would otherwise be drawn anew on every view;</li>
 * <li>making a draft starts rendering it in the background, so the page the clerk is sent to finds it done;</li>
 * <li>every page starts drawing as soon as the PDF is kept, while the HTML is still on its way;</li>
 * <li>once the instance is ready (with {@code vanban.warm-up}) one page is drawn in the background, so that the
 *     first person to open a decision does not wait for PDFBox to load (some 4 s on a cold JVM). Readiness does
 *     not wait for it: on two cores the start is bound by CPU, and this drawing (0.8 s of CPU) before it made
 *     every start later by about that much, for an image the API never needs.</li>
 * </ul>
 */
@Component
class PagePreviews implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(PagePreviews.class);

    private final PageImages images;
    private final DocumentService documents;
    /** Small: the images of one page view, on a machine that also renders documents. */
    private final ExecutorService drawing = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "page-previews");
        t.setDaemon(true);
        return t;
    });
    /** Runs what it is given as the person whose request gave it: the services check the scope. */
    private final Executor asCaller = new DelegatingSecurityContextExecutor(drawing);

    /** The drafts' PDFs by decision id, rendered or being rendered; the least recently shown goes first. */
    private final Map<Long, CompletableFuture<RenderedFile>> drafts = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, CompletableFuture<RenderedFile>> eldest) {
            return size() > 32;
        }
    });
    private final DecisionService decisions;
    private final boolean warmUp;

    PagePreviews(PageImages images, DocumentService documents, GenerationProperties properties, DecisionService decisions) {
        this.images = images;
        this.documents = documents;
        this.decisions = decisions;
        this.warmUp = properties.warmUp();
    }

    /**
     * The page images of decision {@code d}, which the caller has just read (so may see): its PDF through the
     * service the API's download uses (a draft's kept from an earlier view), kept for its images, which start drawing.
     */
    PageImages.Preview of(Decision d) {
        RenderedFile pdf;
        if (d.registered()) {
            pdf = pdf(d.id());
        } else {
            CompletableFuture<RenderedFile> kept = drafts.get(d.id());
            if (kept == null) {
                // Rendered here, outside the map's lock: two first views of one draft at once render it twice, which is harmless.
                pdf = pdf(d.id());
                drafts.put(d.id(), CompletableFuture.completedFuture(pdf));
            } else {
                try {
                    pdf = kept.join();
                } catch (CompletionException e) {
                    drafts.remove(d.id());
                    throw e.getCause() instanceof RuntimeException r ? r : e;
                }
            }
        }
        return keepAndDraw(d.id(), pdf);
    }

    /** Starts rendering a new draft and drawing its pages, as the person who made it, for the page they are sent to next. */
    void prepare(long draftId) {
        drafts.computeIfAbsent(draftId, id -> CompletableFuture.supplyAsync(() -> {
            RenderedFile pdf = pdf(id);
            keepAndDraw(id, pdf);
            return pdf;
        }, asCaller));
    }

    private PageImages.Preview keepAndDraw(long id, RenderedFile pdf) {
        // The images are given out only while the person asking could still open the decision itself.
        PageImages.Preview preview = images.keep(pdf, () -> decisions.get(id));
        drawAhead(preview);
        return preview;
    }

    private RenderedFile pdf(long id) {
        StoredFile file = decisions.file(id, OutputFormat.PDF);
        return new RenderedFile(file.content(), file.fileName(), OutputFormat.PDF);
    }

    /** Starts drawing every page of a kept document, as the person who opened the page (the images check who asks). */
    private void drawAhead(PageImages.Preview preview) {
        for (int page = 1; page <= preview.pages(); page++) {
            int n = page;
            drawing.execute(new DelegatingSecurityContextRunnable(() -> {
                try {
                    images.image(preview.sha256(), n);
                } catch (RuntimeException e) {
                    // The browser's own request for the image answers the same failure to the person; nothing to add here.
                    LOG.debug("Drawing page {} of {} ahead failed", n, preview.sha256(), e);
                }
            }));
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUpWhenReady() {
        if (warmUp) {
            drawing.execute(() -> {
                try {
                    warmUp();
                } catch (RuntimeException e) {
                    // The instance serves without it: an image is then drawn when first asked for.
                    LOG.warn("Page image warm-up failed: {}", e.toString());
                }
            });
        }
    }

    private void warmUp() {
        long start = System.nanoTime();
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        var template = documents.catalog().get("village-teams-decision");
        RenderedFile pdf = documents.render(template, template.example(), OutputFormat.PDF);
        // The template's example is nobody's data: any caller may see its image.
        images.image(images.keep(pdf, () -> { }).sha256(), 1);
        LOG.info("Page images warmed up in {} ms, {} ms of CPU", (System.nanoTime() - start) / 1_000_000,
                (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1_000_000);
    }

    @Override
    public void destroy() {
        drawing.shutdownNow();
    }
}
