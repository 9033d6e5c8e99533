package vn.vanban.document;

import java.util.List;

public record TableRow(Kind kind, List<TableCell> cells) {

    public enum Kind { HEADER, BODY, TOTAL }

    public TableRow {
        cells = List.copyOf(cells);
    }
}
