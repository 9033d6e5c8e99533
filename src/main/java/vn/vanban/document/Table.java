package vn.vanban.document;

import java.util.List;

/**
 * A ruled table. Header rows repeat on every page; no row splits across a page. {@code columnWeights}
 * are relative widths of the text area.
 */
public record Table(List<Double> columnWeights, List<TableRow> rows) implements Block {

    public Table {
        columnWeights = List.copyOf(columnWeights);
        rows = List.copyOf(rows);
    }

    public int headerRows() {
        int n = 0;
        while (n < rows.size() && rows.get(n).kind() == TableRow.Kind.HEADER) {
            n++;
        }
        return n;
    }

    public double[] fractions() {
        double sum = columnWeights.stream().mapToDouble(Double::doubleValue).sum();
        return columnWeights.stream().mapToDouble(w -> w / sum).toArray();
    }
}
