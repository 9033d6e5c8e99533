package vn.vanban.document.markup;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import vn.vanban.document.DocumentSyntaxException;
import vn.vanban.document.Run;
import vn.vanban.document.Table;
import vn.vanban.document.TableCell;
import vn.vanban.document.TableRow;
import vn.vanban.layout.Align;

/**
 * Ruled tables. Without {@code widths} the columns are equal, counted from the first row; a row of
 * another width is refused here rather than drawn wrong by a writer.
 */
final class TableReader {

    private TableReader() {
    }

    static void read(Element e, Reading reading) {
        List<Double> weights = new ArrayList<>();
        for (String w : e.getAttribute("widths").split(",")) {
            if (!w.isBlank()) {
                weights.add(Double.parseDouble(w.strip()));
            }
        }
        List<TableRow> rows = new ArrayList<>();
        for (Element row : Dom.children(e)) {
            Dom.require(row, "row", "table");
            TableRow.Kind kind = switch (row.getAttribute("kind")) {
                case "header" -> TableRow.Kind.HEADER;
                case "total" -> TableRow.Kind.TOTAL;
                default -> TableRow.Kind.BODY;
            };
            List<TableCell> cells = new ArrayList<>();
            for (Element cell : Dom.children(row)) {
                cells.add(cell(cell, kind));
            }
            if (weights.isEmpty()) {
                cells.forEach(c -> weights.add(1.0));
            }
            if (cells.size() != weights.size()) {
                throw new DocumentSyntaxException("a table row has " + cells.size() + " cells but the table has "
                        + weights.size() + " columns");
            }
            rows.add(new TableRow(kind, cells));
        }
        reading.add(new Table(weights, rows));
    }

    /** Header and total rows are bold and header cells centred unless the template says otherwise. */
    private static TableCell cell(Element cell, TableRow.Kind kind) {
        Align align = switch (cell.getAttribute("align")) {
            case "center" -> Align.CENTER;
            case "right" -> Align.RIGHT;
            default -> kind == TableRow.Kind.HEADER ? Align.CENTER : Align.LEFT;
        };
        List<Run> runs = InlineRuns.of(cell);
        if ("true".equals(cell.getAttribute("bold")) || kind != TableRow.Kind.BODY) {
            runs = runs.stream().map(r -> new Run(r.text(), true, r.italic())).toList();
        }
        return new TableCell(runs, align, "true".equals(cell.getAttribute("merge-up")));
    }
}
