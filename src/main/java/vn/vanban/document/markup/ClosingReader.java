package vn.vanban.document.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Element;
import vn.vanban.document.Closing;
import vn.vanban.document.Punctuation;
import vn.vanban.document.Signature;
import vn.vanban.document.SignatureForm;
import vn.vanban.document.DocumentSyntaxException;
import vn.vanban.text.VietnameseText;

/**
 * Nơi nhận and the signature block. Both are only remembered while the document is read; the closing
 * is built once every article is numbered (see {@link Reading}).
 */
final class ClosingReader {

    private ClosingReader() {
    }

    static void recipients(Element e, Reading reading) {
        reading.recipients(e);
    }

    static void signature(Element e, Reading reading) {
        reading.signature(e);
    }

    /** @param article the article "Như Điều n" names: the executors article, else the last one */
    static Closing closing(Element recipients, Element signature, int article) {
        List<String> lines = recipients == null ? List.of() : recipientLines(recipients, article);
        return new Closing(lines, signature == null ? null : signature(signature));
    }

    /** "Như Điều n" or "Như trên" is generated, so a typed one is dropped rather than printed twice. */
    private static List<String> recipientLines(Element recipients, int article) {
        List<String> entries = new ArrayList<>();
        String ref = recipients.getAttribute("ref");
        if ("executors".equals(ref)) {
            if (article > 0) {
                entries.add("Như Điều " + article);
            }
        } else if ("addressees".equals(ref)) {
            entries.add("Như trên");
        }
        for (String to : Dom.texts(recipients, "to")) {
            String plain = VietnameseText.stripEndPunctuation(to).toLowerCase(Locale.ROOT);
            if (!plain.equals("như trên") && !plain.matches("như điều \\d+")) {
                entries.add(to);
            }
        }
        List<String> lines = new ArrayList<>();
        entries.forEach(entry -> lines.add("- " + Punctuation.withEnding(
                Punctuation.keepClosingNoteTogether(VietnameseText.stripEndPunctuation(entry)), ";")));
        String archive = Dom.attr(recipients, "archive");
        lines.add("- Lưu: " + Punctuation.withEnding(archive == null ? "VT" : archive, "."));
        return lines;
    }

    /**
     * Explicit {@code <line>}s win; otherwise the lines follow from the signing authority (TM., KT., TM. + KT.,
     * Q., TL., TUQ.), and a form the decree does not allow is refused rather than printed.
     */
    private static Signature signature(Element e) {
        List<String> explicit = Dom.texts(e, "line");
        if (!explicit.isEmpty()) {
            return new Signature(explicit.stream().map(VietnameseText::upper).toList(), Dom.attr(e, "name"));
        }
        SignatureForm form;
        try {
            form = SignatureForm.of(Dom.attr(e, "authority"), Dom.attr(e, "on-behalf-of"), Dom.attr(e, "head-authority"),
                    Dom.attr(e, "head"), Dom.attr(e, "title"));
        } catch (IllegalArgumentException unknown) {
            throw new DocumentSyntaxException("<signature>: " + unknown.getMessage());
        }
        form.firstFault(SignatureForm.Issuer.UNSTATED).ifPresent(fault -> {
            throw new DocumentSyntaxException("<signature>: " + fault);
        });
        return new Signature(form.lines(), Dom.attr(e, "name"));
    }
}
