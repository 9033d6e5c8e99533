package vn.vanban.generation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.vanban.roster.Role;
import vn.vanban.roster.form.FormColumn;
import vn.vanban.roster.form.MemberListForm;

/**
 * The member-list form as template data, by edition ({@code memberListForms["2025"]}): the template
 * prints its title, headings, widths and labels from here and writes none of its own, so the documents
 * and the spreadsheets cannot drift apart. Plain maps and lists, since templates reach no Java objects.
 */
final class MemberListForms {

    static final String MODEL_KEY = "memberListForms";

    private static final Map<String, Object> BY_EDITION = byEdition();

    private MemberListForms() {
    }

    /** {@code model} with the forms added; the caller's map is left as it is. */
    static Map<String, Object> addTo(Map<String, Object> model) {
        Map<String, Object> withForms = new LinkedHashMap<>(model);
        withForms.put(MODEL_KEY, BY_EDITION);
        return withForms;
    }

    private static Map<String, Object> byEdition() {
        Map<String, Object> forms = new LinkedHashMap<>();
        for (MemberListForm form : MemberListForm.values()) {
            forms.put(form.edition(), model(form));
        }
        return Map.copyOf(forms);
    }

    private static Map<String, Object> model(MemberListForm form) {
        Map<String, Object> labels = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            labels.put(role.json(), form.label(role));
        }
        List<Map<String, Object>> columns = form.columns().stream()
                .map(c -> Map.<String, Object>of("kind", c.kind().name().toLowerCase(Locale.ROOT), "heading", c.heading()))
                .toList();
        return Map.ofEntries(
                Map.entry("title", form.title()),
                Map.entry("orientation", form.landscape() ? "landscape" : "portrait"),
                Map.entry("alwaysTotalled", form.alwaysTotalled()),
                Map.entry("widths", form.columns().stream().map(c -> Integer.toString(c.width())).collect(Collectors.joining(","))),
                Map.entry("columns", columns),
                Map.entry("communePrefix", form.communePrefix()),
                Map.entry("roleLabels", Map.copyOf(labels)),
                Map.entry("total", MemberListForm.TOTAL),
                Map.entry("subtotal", MemberListForm.SUBTOTAL),
                Map.entry("teamUnit", MemberListForm.TEAM_UNIT),
                Map.entry("memberUnit", MemberListForm.MEMBER_UNIT));
    }
}
