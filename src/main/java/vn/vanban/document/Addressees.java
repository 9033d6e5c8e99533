package vn.vanban.document;

import java.util.List;

/**
 * "Kính gửi:" with its addressees: one on the same line, several as a dashed list, each ending ";"
 * and the last ".".
 */
public record Addressees(List<String> names) implements Block {

    /** The label both writers print; its wording is fixed by the decree, not by a template. */
    public static final String LABEL = "Kính gửi:";

    /** What starts each line of a dashed list; a wrapped line continues under the text after it. */
    public static final String DASH = "- ";

    public Addressees {
        names = List.copyOf(names);
    }

    public boolean single() {
        return names.size() == 1;
    }

    /** The lines of a dashed list, punctuated. */
    public List<String> dashedLines() {
        return Punctuation.listLines(names, DASH);
    }
}
