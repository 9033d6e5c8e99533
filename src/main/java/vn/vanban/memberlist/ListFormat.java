package vn.vanban.memberlist;

import java.util.Locale;
import java.util.Optional;
import vn.vanban.render.OutputFormat;

/**
 * The formats a streamed list is written in. Not {@link OutputFormat}, which names the formats of every
 * document: the decision register stores each registered decision in all of those, and a decision has
 * no spreadsheet.
 */
public enum ListFormat {
    PDF(OutputFormat.PDF.mediaType(), OutputFormat.PDF.extension()),
    DOCX(OutputFormat.DOCX.mediaType(), OutputFormat.DOCX.extension()),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    ListFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<ListFormat> fromExtension(String ext) {
        String e = ext.toLowerCase(Locale.ROOT);
        for (ListFormat f : values()) {
            if (f.extension.equals(e)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
