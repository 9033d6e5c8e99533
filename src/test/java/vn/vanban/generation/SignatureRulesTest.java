package vn.vanban.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;
import vn.vanban.document.Closing;
import vn.vanban.document.DocumentTree;
import vn.vanban.document.Paragraph;
import vn.vanban.limits.RequestLimits;
import vn.vanban.problem.FieldProblem;
import vn.vanban.problem.ProblemType;
import vn.vanban.template.TemplateCatalog;
import vn.vanban.template.TemplateEngine;

/** The decision templates print the signature forms of Nghị định 30 and refuse the others with a 422. */
class SignatureRulesTest {

    private static final TemplateCatalog CATALOG = TemplateCatalog.load(null);
    private final DocumentService service = new DocumentService(CATALOG, new TemplateEngine(null), TemplateExamplesTest.WRITERS,
            RequestLimits.defaults());

    private static ObjectNode communeTeam() {
        return (ObjectNode) CATALOG.get("commune-team-decision").example().deepCopy();
    }

    private static Closing closing(DocumentTree d) {
        return d.blocks().stream().filter(Closing.class::isInstance).map(Closing.class::cast).findFirst().orElseThrow();
    }

    @Test
    void aViceChairSignsACommitteeDecisionInThreeLinesUnderTheCommitteesAuthority() {
        ObjectNode data = communeTeam();
        ((ObjectNode) data.get("signer")).put("headAuthority", "KT.").put("head", "CHỦ TỊCH")
                .put("title", "PHÓ CHỦ TỊCH").put("fullName", "Trần Văn Bảy");
        DocumentTree d = service.document(CATALOG.get("commune-team-decision"), data);

        assertThat(closing(d).signature().titleLines()).containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
        assertThat(d.blocks().stream().filter(Paragraph.class::isInstance).map(b -> ((Paragraph) b).text().replace('\u00A0', ' ')))
                .contains("ỦY BAN NHÂN DÂN PHƯỜNG CẨM THÀNH")
                .noneMatch(t -> t.startsWith("CHỦ TỊCH ỦY BAN NHÂN DÂN"));
    }

    @Test
    void aCommitteeDecisionSignedKtChủTịchWithoutTmIsA422AtTheAuthority() {
        ObjectNode data = communeTeam();
        ((ObjectNode) data.get("signer")).put("authority", "KT.").put("onBehalfOf", "CHỦ TỊCH").put("title", "PHÓ CHỦ TỊCH");
        DocumentDataException refused = catchThrowableOfType(DocumentDataException.class,
                () -> service.document(CATALOG.get("commune-team-decision"), data));

        assertThat(refused.type()).isEqualTo(ProblemType.UNPROCESSABLE_DOCUMENT);
        assertThat(refused.problems()).extracting(FieldProblem::pointer).containsExactly("/signer/authority");
        assertThat(refused.problems().get(0).message()).contains("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH");
    }

    @Test
    void theTemplatesDefaultIssuerDecidesWhenTheDataNamesNone() {
        ObjectNode village = (ObjectNode) CATALOG.get("village-teams-decision").example().deepCopy();
        ((ObjectNode) village.get("issuer")).remove("kind");
        ((ObjectNode) village.get("signer")).put("authority", "TM.").put("onBehalfOf", "ỦY BAN NHÂN DÂN");
        DocumentDataException refused = catchThrowableOfType(DocumentDataException.class,
                () -> service.document(CATALOG.get("village-teams-decision"), village));
        assertThat(refused.problems()).extracting(FieldProblem::pointer).containsExactly("/signer/authority");
    }
}
