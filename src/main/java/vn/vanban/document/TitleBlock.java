package vn.vanban.document;

import java.util.List;

/**
 * Tên loại and trích yếu ("QUYẾT ĐỊNH" / "Về việc …"), an optional "(Kèm theo …)" line, and the short
 * rule under them.
 */
public record TitleBlock(String type, List<String> subjectLines, String reference) implements Block {

    /** The tên loại of an appendix, as Nghị định 30 writes it: not in capitals, with its Roman number. */
    public static final String APPENDIX = "Phụ lục";

    public TitleBlock {
        subjectLines = List.copyOf(subjectLines);
    }

    /** Whether this titles an appendix ("Phụ lục", "Phụ lục II"), which has its own page numbering. */
    public boolean isAppendix() {
        return type != null && (type.equals(APPENDIX) || type.startsWith(APPENDIX + " "));
    }
}
