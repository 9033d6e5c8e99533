package vn.vanban.roster.form;

import java.util.Objects;

/**
 * A column as the form prints it.
 *
 * @param kind    what it holds
 * @param heading copied word for word from the form, since the Sở compares what communes send against it
 * @param width   its share of the table's width, relative to the other columns' (the seeds' proportions)
 */
public record FormColumn(ColumnKind kind, String heading, int width) {

    public FormColumn {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(heading, "heading");
        if (width < 1) {
            throw new IllegalArgumentException("a column needs a positive width");
        }
    }
}
