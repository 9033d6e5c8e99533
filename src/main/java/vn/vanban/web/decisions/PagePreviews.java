package vn.vanban.web.decisions;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import vn.vanban.generation.DocumentService;
import vn.vanban.generation.GenerationProperties;
import vn.vanban.generation.RenderedFile;
import vn.vanban.render.OutputFormat;
import vn.vanban.web.preview.PageImages;

/**
 * Gets a decision's page images ready early, because the page is read as images: each image is drawn when
 * first asked for (some 0.3 to 0.6 s a page), so the page starts drawing them as soon as it has kept the PDF,
 * while its HTML is still on the way, and the browser's requests find them drawn or being drawn. At
 * start-up (with {@code vanban.warm-up}) it draws one page once, so that the first person to open a
 * decision does not wait for PDFBox to load (some 4 s measured on a cold JVM).
 */
@Component
class PagePreviews implements ApplicationRunner, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(PagePreviews.class);

    private final PageImages images;
    private final DocumentService documents;
    private final GenerationProperties properties;
    /** Small: the images of one page view, on a machine that also renders documents. */
    private final ExecutorService drawing = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "page-previews");
        t.setDaemon(true);
        return t;
    });

    PagePreviews(PageImages images, DocumentService documents, GenerationProperties properties) {
        this.images = images;
        this.documents = documents;
        this.properties = properties;
    }

    /** Starts drawing every page of a kept document, as the person who opened the page (the images check who asks). */
    void drawAhead(PageImages.Preview preview) {
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

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.warmUp()) {
            return;
        }
        long start = System.nanoTime();
        var template = documents.catalog().get("village-teams-decision");
        RenderedFile pdf = documents.render(template, template.example(), OutputFormat.PDF);
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 96, ImageType.GRAY);
            ImageIO.write(image, "png", OutputStream.nullOutputStream());
        } catch (IOException e) {
            LOG.warn("Page images not warmed up", e);
            return;
        }
        LOG.info("Page images warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    @Override
    public void destroy() {
        drawing.shutdownNow();
    }
}
