package vn.vanban.province;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.vanban.generation.DocumentDataException;
import vn.vanban.generation.DocumentService;
import vn.vanban.problem.FieldProblem;
import vn.vanban.render.OutputFormat;
import vn.vanban.generation.RenderedFile;
import vn.vanban.reference.ProvinceRepository;
import vn.vanban.reference.UnknownProvinceException;
import vn.vanban.security.AccessPolicy;

/**
 * The Sở's summary letter (seed 003): the caller writes the letter, the store supplies its figures and
 * the appendix of communes still without a decision, as of the letter's date. The figures are never
 * taken from the request, so the letter cannot say what the register does not.
 */
@Service
public class SummaryLetters {

    private static final String TEMPLATE = "summary-letter";

    private final ProvinceFigures figures;
    private final ProvinceRepository provinces;
    private final DocumentService documents;
    private final Clock clock;

    private final AccessPolicy access;

    public SummaryLetters(ProvinceFigures figures, ProvinceRepository provinces, DocumentService documents, Clock clock,
                          AccessPolicy access) {
        this.access = access;
        this.figures = figures;
        this.provinces = provinces;
        this.documents = documents;
        this.clock = clock;
    }

    public RenderedFile render(String provinceCode, JsonNode parsed, OutputFormat format) {
        if (!provinces.existsById(provinceCode)) {
            throw new UnknownProvinceException(provinceCode);
        }
        access.requireProvinceWrite(provinceCode);
        if (!(parsed instanceof ObjectNode letter)) {
            throw invalid("", "Dữ liệu phải là một đối tượng JSON");
        }
        for (String computed : List.of("figures", "pending")) {
            if (letter.has(computed)) {
                throw invalid("/" + computed, "\"" + computed + "\" do hệ thống tính từ sổ quyết định; không gửi trường này");
            }
        }
        LocalDate asOf = asOf(letter);
        ProvinceSummary summary = figures.summary(provinceCode, asOf);
        letter.put("asOf", asOf.toString());
        if (!letter.has("province")) {
            letter.putObject("province").put("code", provinceCode)
                    .put("name", summary.provinceName().replaceFirst("^(Tỉnh|Thành phố) ", ""));
        }
        // The letter prints only what the register holds on asOf: teams and members of the teams a
        // registered decision names, villages counted over the communes that have a roster here.
        ObjectNode f = letter.putObject("figures");
        f.put("communes", summary.communes());
        f.put("communesWithDecision", summary.communesWithDecision());
        f.put("communesWithAnyDecision", summary.communesWithAnyDecision());
        f.put("communesWithRoster", summary.communesWithRoster());
        f.put("teams", summary.teamsWithDecision());
        f.put("members", summary.membersWithDecision());
        f.put("villagesWithoutTeam", summary.villagesWithoutFoundedTeam());
        ArrayNode pending = letter.putArray("pending");
        summary.communesWithoutDecision().forEach(c -> pending.addObject().put("code", c.code()).put("name", c.name())
                .put("type", c.type()).put("missing", c.missing().json()));
        return documents.render(documents.catalog().get(TEMPLATE), letter, format);
    }

    private LocalDate asOf(ObjectNode letter) {
        String value = letter.path("asOf").asString(null);
        if (value == null) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid("/asOf", "Ngày tính số liệu phải có dạng YYYY-MM-DD, ví dụ 2025-08-01");
        }
    }

    private static DocumentDataException invalid(String pointer, String message) {
        return new DocumentDataException(DocumentDataException.Kind.INVALID, "Dữ liệu không hợp lệ",
                List.of(new FieldProblem(pointer, message)));
    }
}
