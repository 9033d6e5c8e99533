package vn.vanban.generation;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import vn.vanban.document.SignatureForm;
import vn.vanban.problem.FieldProblem;
import vn.vanban.template.TemplateDescriptor;

/**
 * Refuses a {@code signer} whose quyền hạn Nghị định 30 does not allow, before anything is printed: a
 * committee's decision signed "KT. CHỦ TỊCH" without "TM. ỦY BAN NHÂN DÂN" would be a Chair's decision
 * under a committee's authority line. Who issues comes from {@code issuer.kind}, or from the default the
 * template's schema declares for it, since that is what the template prints when the data says nothing.
 */
final class SignatureRules {

    void check(TemplateDescriptor template, Map<String, Object> data) {
        if (!(data.get("signer") instanceof Map<?, ?> signer)) {
            return;
        }
        SignatureForm form;
        try {
            form = SignatureForm.of(text(signer.get("authority")), text(signer.get("onBehalfOf")),
                    text(signer.get("headAuthority")), text(signer.get("head")), text(signer.get("title")));
        } catch (IllegalArgumentException unknown) {
            throw unprocessable(List.of(new FieldProblem("/signer", unknown.getMessage())));
        }
        List<FieldProblem> problems = form.faults(issuer(template, data)).stream()
                .map(f -> new FieldProblem("/signer/" + f.field(), f.message())).toList();
        if (!problems.isEmpty()) {
            throw unprocessable(problems);
        }
    }

    private static SignatureForm.Issuer issuer(TemplateDescriptor template, Map<String, Object> data) {
        String kind = data.get("issuer") instanceof Map<?, ?> issuer && issuer.get("kind") instanceof String k ? k : null;
        if (kind == null && template.schema() != null) {
            JsonNode declared = template.schema().at("/properties/issuer/properties/kind/default");
            kind = declared.isString() ? declared.asString() : null;
        }
        if (kind == null) {
            return SignatureForm.Issuer.UNSTATED;
        }
        return "collective".equals(kind) ? SignatureForm.Issuer.COLLECTIVE : SignatureForm.Issuer.HEAD;
    }

    private static DocumentDataException unprocessable(List<FieldProblem> problems) {
        return new DocumentDataException(DocumentDataException.Kind.UNPROCESSABLE,
                "Quyền hạn ký không đúng Nghị định 30/2020/NĐ-CP", problems);
    }

    private static String text(Object o) {
        return o instanceof String s ? s : null;
    }
}
