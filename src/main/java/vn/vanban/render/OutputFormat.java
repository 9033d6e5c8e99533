package vn.vanban.render;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file formats vanban writes. */
public enum OutputFormat {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    /** A sheet holds a document's first table under its title: lists, not decisions or letters. */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    /** The formats every document comes in. */
    public static final List<OutputFormat> DOCUMENTS = List.of(PDF, DOCX);

    private final String mediaType;
    private final String extension;

    OutputFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<OutputFormat> fromExtension(String ext) {
        String e = ext.toLowerCase(Locale.ROOT);
        for (OutputFormat f : values()) {
            if (f.extension.equals(e)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
