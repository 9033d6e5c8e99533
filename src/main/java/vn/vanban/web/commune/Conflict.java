package vn.vanban.web.commune;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a clerk sees when someone else saved while they were typing: the fields where the saved version
 * and what they typed differ, side by side, so they can decide before saving their version over it.
 *
 * @param rows           the fields that differ
 * @param currentVersion the version now stored, which the re-rendered form carries so that a second
 *                       save is meant to overwrite it
 */
public record Conflict(List<Row> rows, Long currentVersion) {

    /** A form field as the clerk reads it: its label and its value as text. */
    public record Field(String label, String value) {
    }

    public record Row(String label, String saved, String typed) {
    }

    public static Conflict between(List<Field> saved, List<Field> typed, Long currentVersion) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(saved.size(), typed.size()); i++) {
            String s = blankToEmpty(saved.get(i).value());
            String t = blankToEmpty(typed.get(i).value());
            if (!Objects.equals(s, t)) {
                rows.add(new Row(saved.get(i).label(), s, t));
            }
        }
        return new Conflict(List.copyOf(rows), currentVersion);
    }

    /** A textarea posts its lines with CRLF and may keep trailing spaces: the same lines are the same value. */
    private static String blankToEmpty(String s) {
        return s == null ? "" : String.join("\n", s.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }
}
