package vn.vanban.document;

import java.util.List;

/** Quyền hạn and chức vụ lines in capitals, then (after room for signature and seal) the name. */
public record Signature(List<String> titleLines, String name) {

    public Signature {
        titleLines = List.copyOf(titleLines);
    }
}
