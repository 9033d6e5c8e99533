package vn.vanban.web.commune;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.vanban.roster.RosterProblem;

/**
 * The store's problems placed next to the inputs of a form. A problem points into the roster's JSON
 * ("/teams/3/members/2/person/fullName"); the inputs are named after the last word of that pointer, so
 * one rule places the problems of every form. What no input of the form shows (a problem elsewhere in
 * the roster that still blocks the save) is listed above the form, so that nothing is hidden.
 *
 * @param fields the message of each input, by the input's name
 * @param others the messages no input of the form shows
 */
public record FieldErrors(Map<String, String> fields, List<String> others) {

    public static final FieldErrors NONE = new FieldErrors(Map.of(), List.of());

    public static FieldErrors of(List<RosterProblem> problems, Set<String> inputs) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> others = new ArrayList<>();
        for (RosterProblem p : problems) {
            String name = inputName(p.pointer());
            // The store names where the clash is as a pointer ("đã có tổ ở /teams/1"), which means nothing on a form.
            String message = p.message().replaceAll(" ở /[A-Za-z0-9/]+", "");
            if (name != null && inputs.contains(name)) {
                fields.merge(name, message, (a, b) -> a + "; " + b);
            } else {
                others.add(message);
            }
        }
        return new FieldErrors(Map.copyOf(fields), List.copyOf(others));
    }

    /** The last segment of a pointer that is not a list index: "/profile/deputies/2" → "deputies". */
    static String inputName(String pointer) {
        if (pointer == null) {
            return null;
        }
        String[] parts = pointer.split("/");
        for (int i = parts.length - 1; i > 0; i--) {
            if (!parts[i].isEmpty() && !parts[i].chars().allMatch(Character::isDigit)) {
                return parts[i];
            }
        }
        return null;
    }

    public boolean any() {
        return !fields.isEmpty() || !others.isEmpty();
    }
}
