package vn.vanban.document;

import java.util.List;

/**
 * What a paragraph's leading run numbers: an article ("Điều 2."), a khoản ("1.", "2.1."), a điểm ("a)")
 * or an item of a numbered list ("3. "). The label stays in the runs, so every writer prints the same
 * text; a writer that has numbering of its own (Word's) may draw the label from this instead, so that a
 * clerk who inserts a khoản or a member sees the rest renumbered.
 *
 * @param path the numbers the label prints, outermost first: [2, 1] for khoản "2.1.", [5] for điểm "đ)"
 */
public record Numbering(Kind kind, List<Integer> path) {

    public enum Kind {
        ARTICLE,
        CLAUSE,
        POINT,
        LIST_ITEM
    }

    public Numbering {
        path = List.copyOf(path);
        if (path.isEmpty()) {
            throw new IllegalArgumentException("a label numbers something");
        }
    }

    public Numbering(Kind kind, int number) {
        this(kind, List.of(number));
    }

    /** The number of the last level: 1 for "2.1.", 5 for "đ)". */
    public int number() {
        return path.get(path.size() - 1);
    }

    /** 0 for a khoản "2.", 1 for "2.1."; always 0 for the other kinds. */
    public int level() {
        return path.size() - 1;
    }
}
