package vn.vanban.document;

/**
 * What a paragraph's leading run numbers: an article ("Điều 2."), a khoản ("1.") or an item of a
 * numbered list ("3. "). The label stays in the runs, so every writer prints the same text; a writer
 * that has numbering of its own (Word's) may draw the label from this instead, so that a clerk who
 * inserts a member sees the rest renumbered.
 *
 * @param number the number the label prints (the last level of a khoản's "2.1.")
 */
public record Numbering(Kind kind, int number) {

    public enum Kind {
        ARTICLE,
        CLAUSE,
        LIST_ITEM
    }
}
