package vn.vanban.web.preview;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.springframework.stereotype.Component;
import vn.vanban.generation.RenderedFile;
import vn.vanban.web.WebProperties;

/**
 * The pages of a PDF as PNG images, so that a draft can be read in the browser before it is downloaded.
 * A document is kept by the SHA-256 of its bytes: the same draft asked for again (the page reloaded,
 * the images fetched one by one) is rendered once. Each entry keeps the access check of the page that
 * showed it, run again before an image is given out, so that knowing a hash reaches nothing.
 */
@Component
public class PageImages {

    /** What a page needs to show a document's images: its key and how many pages it has. */
    public record Preview(String sha256, int pages) {
    }

    private record Entry(byte[] pdf, int pages, Runnable accessCheck, Map<Integer, byte[]> images) {
    }

    private final float dpi;
    private final Map<String, Entry> entries;

    public PageImages(WebProperties properties) {
        this.dpi = properties.previewDpi();
        int capacity = properties.previewEntries();
        this.entries = java.util.Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        });
    }

    /**
     * Keeps a rendered PDF for its page images.
     *
     * @param accessCheck throws when the caller may not see the document (run on every image request)
     */
    public Preview keep(RenderedFile pdf, Runnable accessCheck) {
        String sha = pdf.sha256();
        Entry entry = entries.get(sha);
        if (entry == null) {
            try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
                entry = new Entry(pdf.bytes(), document.getNumberOfPages(), accessCheck, new ConcurrentHashMap<>());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            entries.put(sha, entry);
        }
        return new Preview(sha, entry.pages());
    }

    /** Page {@code page} (from 1) as PNG, or empty when the document is not kept (any more) or has no such page. */
    public Optional<byte[]> image(String sha256, int page) {
        Entry entry = entries.get(sha256);
        if (entry == null || page < 1 || page > entry.pages()) {
            return Optional.empty();
        }
        entry.accessCheck().run();
        return Optional.of(entry.images().computeIfAbsent(page, p -> render(entry.pdf(), p)));
    }

    private byte[] render(byte[] pdf, int page) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page - 1, dpi, ImageType.GRAY);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
