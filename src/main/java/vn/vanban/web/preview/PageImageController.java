package vn.vanban.web.preview;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One page image of a document a page has shown; its address names the content, so it never changes. */
@Controller
class PageImageController {

    private final PageImages images;

    PageImageController(PageImages images) {
        this.images = images;
    }

    @GetMapping("/previews/{sha256:[0-9a-f]{64}}/{page:\\d{1,4}}.png")
    ResponseEntity<byte[]> page(@PathVariable String sha256, @PathVariable int page) {
        return images.image(sha256, page)
                .map(png -> ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                        .contentType(MediaType.IMAGE_PNG).body(png))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
