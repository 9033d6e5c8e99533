package vn.vanban.render.pdf;

import java.util.ArrayList;
import java.util.List;
import vn.vanban.document.Run;
import vn.vanban.document.TableRow;

/**
 * The text of the group each column is in: the last cell of the column that was not merged up. A cell
 * merged into a group prints nothing, except at the top of a new page, where it prints this.
 */
final class GroupTexts {

    private final List<List<Run>> texts = new ArrayList<>();

    /** Notes the groups that {@code row} starts; call after setting each row. */
    void follow(TableRow row) {
        for (int c = 0; c < row.cells().size(); c++) {
            if (c == texts.size()) {
                texts.add(List.of());
            }
            if (!row.cells().get(c).mergedUp()) {
                texts.set(c, row.cells().get(c).runs());
            }
        }
    }

    List<Run> text(int column) {
        return column < texts.size() ? texts.get(column) : List.of();
    }
}
