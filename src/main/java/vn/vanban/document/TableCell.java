package vn.vanban.document;

import java.util.List;
import vn.vanban.layout.Align;

/**
 * One cell. {@code mergedUp} joins it to the cell above (a group's TT, commune or team name is printed
 * once and the cell runs down the whole group).
 */
public record TableCell(List<Run> runs, Align align, boolean mergedUp) {

    public TableCell {
        runs = List.copyOf(runs);
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        runs.forEach(r -> sb.append(r.text()));
        return sb.toString();
    }
}
