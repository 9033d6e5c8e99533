package vn.vanban.document;

import java.util.List;

/**
 * Tên loại and trích yếu ("QUYẾT ĐỊNH" / "Về việc …"), an optional "(Kèm theo …)" line, and the short
 * rule under them.
 */
public record TitleBlock(String type, List<String> subjectLines, String reference) implements Block {

    public TitleBlock {
        subjectLines = List.copyOf(subjectLines);
    }
}
