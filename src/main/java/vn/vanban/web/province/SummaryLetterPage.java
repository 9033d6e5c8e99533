package vn.vanban.web.province;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import vn.vanban.generation.DocumentDataException;
import vn.vanban.generation.RenderedFile;
import vn.vanban.problem.ProblemException;
import vn.vanban.province.ProvinceFigures;
import vn.vanban.province.SummaryLetters;
import vn.vanban.render.OutputFormat;
import vn.vanban.security.AccessPolicy;
import vn.vanban.web.WebFormats;
import vn.vanban.web.preview.PageImages;

/**
 * The summary letter: its fixed parts in a form, prefilled from the province's last letter (or the
 * template's example the first time), the register's figures beside it, a preview as page images, and
 * the files. Every action posts the whole form, so nothing typed is lost whichever button is pressed,
 * and a letter the service refuses comes back with its reasons next to the fields.
 */
@Controller
class SummaryLetterPage {

    private final SummaryLetters letters;
    private final ProvinceFigures figures;
    private final PageImages images;
    private final AccessPolicy access;

    SummaryLetterPage(SummaryLetters letters, ProvinceFigures figures, PageImages images, AccessPolicy access) {
        this.letters = letters;
        this.figures = figures;
        this.images = images;
        this.access = access;
    }

    @GetMapping("/provinces/{code}/summary-letter")
    String form(@PathVariable String code, Model model) {
        SummaryLetters.LastLetter start = letters.startingPoint(code);
        LetterForm form = LetterForm.of(start.letter(), today());
        model.addAttribute("savedAt", start.savedAt());
        model.addAttribute("savedBy", start.savedBy());
        return page(code, form, Map.of(), model);
    }

    @PostMapping("/provinces/{code}/summary-letter")
    String preview(@PathVariable String code, LetterForm form, Model model) {
        try {
            RenderedFile pdf = letters.render(code, form.toJson(), OutputFormat.PDF);
            model.addAttribute("preview", images.keep(pdf, () -> access.requireProvinceWrite(code)));
            return page(code, form, Map.of(), model);
        } catch (ProblemException e) {
            return page(code, form, errors(e), model);
        }
    }

    @PostMapping("/provinces/{code}/summary-letter/{format:pdf|docx}")
    Object download(@PathVariable String code, @PathVariable String format, LetterForm form, Model model) {
        try {
            RenderedFile file = letters.render(code, form.toJson(), OutputFormat.fromExtension(format).orElseThrow());
            return ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_TYPE, file.format().mediaType())
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                    .body(file.bytes());
        } catch (ProblemException e) {
            return page(code, form, errors(e), model);
        }
    }

    private String page(String code, LetterForm form, Map<String, String> errors, Model model) {
        model.addAttribute("summary", figures.summary(code, form.figuresDate(today())));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("base", "/provinces/" + code + "/summary-letter");
        model.addAttribute("authorities", List.of("TM.", "KT.", "Q.", "TL.", "TUQ."));
        model.addAttribute("currentPath", "/provinces/" + code + "/summary-letter");
        return "province/summary-letter";
    }

    private static Map<String, String> errors(ProblemException e) {
        if (e instanceof DocumentDataException data && !data.problems().isEmpty()) {
            return LetterForm.errors(data.problems());
        }
        return Map.of("", e.getMessage());
    }

    private static LocalDate today() {
        return LocalDate.now(WebFormats.VIETNAM);
    }
}
