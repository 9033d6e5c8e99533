package vn.vanban.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import vn.vanban.template.TemplateDescriptor;

/** The people a template's example names that its document must print, for the golden tests of both writers. */
public final class ExampleNames {

    private ExampleNames() {
    }

    /**
     * Every {@code fullName} of the example; a dissolution names its team but not the team's members (its
     * example carries them because the team rules read them), so there only the signer.
     */
    public static List<String> printedIn(TemplateDescriptor template) {
        JsonNode data = template.example();
        List<JsonNode> names = "team-dissolution-decision".equals(template.id())
                ? List.of(data.path("signer").path("fullName"))
                : data.findValues("fullName");
        List<String> printed = new ArrayList<>();
        names.forEach(n -> printed.add(Normalizer.normalize(n.asString(), Normalizer.Form.NFC)));
        return printed;
    }
}
