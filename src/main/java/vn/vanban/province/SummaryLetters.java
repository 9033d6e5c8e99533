package vn.vanban.province;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;
import vn.vanban.generation.DocumentDataException;
import vn.vanban.generation.DocumentService;
import vn.vanban.problem.FieldProblem;
import vn.vanban.render.OutputFormat;
import vn.vanban.generation.RenderedFile;
import vn.vanban.reference.Province;
import vn.vanban.reference.ProvinceRepository;
import vn.vanban.reference.UnknownProvinceException;
import vn.vanban.security.AccessPolicy;
import vn.vanban.text.VietnameseText;

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
    private final SummaryLetterStore store;

    public SummaryLetters(ProvinceFigures figures, ProvinceRepository provinces, DocumentService documents, Clock clock,
                          AccessPolicy access, SummaryLetterStore store) {
        this.access = access;
        this.store = store;
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
        ObjectNode sent = letter.deepCopy();
        ProvinceSummary summary = figures.summary(provinceCode, asOf);
        letter.put("asOf", asOf.toString());
        if (!letter.has("province")) {
            letter.putObject("province").put("code", provinceCode)
                    .put("name", Province.withoutType(summary.provinceName()));
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
        RenderedFile file = documents.render(documents.catalog().get(TEMPLATE), letter, format);
        // Only a letter that made a document is kept: the next one starts from it, never from a failed attempt.
        store.save(provinceCode, sent, access.caller().name());
        return file;
    }

    /**
     * Where a letter starts: the fixed parts of the province's last letter as sent, or the example's.
     *
     * @param savedAt when the last letter was made, null when {@code letter} is the example
     * @param savedBy who made it (account or key name), null for the example
     */
    public record LastLetter(ObjectNode letter, Instant savedAt, String savedBy) {
    }

    /**
     * Where the province's next letter starts: its last letter, or, the first time, the template's example
     * with its province's name replaced by this one's (the example is Quảng Ngãi's) and without the figures,
     * which the register supplies.
     */
    public LastLetter startingPoint(String provinceCode) {
        Province province = provinces.findById(provinceCode).orElseThrow(() -> new UnknownProvinceException(provinceCode));
        access.requireProvinceRead(provinceCode);
        return store.last(provinceCode).orElseGet(() -> new LastLetter(example(province), null, null));
    }

    private ObjectNode example(Province province) {
        ObjectNode example = ((ObjectNode) documents.catalog().get(TEMPLATE).example()).deepCopy();
        String exampleName = example.path("province").path("name").asString("");
        example.remove(List.of("_about", "document", "province", "figures", "pending", "asOf"));
        // A draft without a date prints the year, which must be this one, not the example's.
        example.put("year", LocalDate.now(clock).getYear());
        return exampleName.isEmpty() ? example : (ObjectNode) renamed(example, exampleName, province.shortName());
    }

    /** Every text of {@code node} with {@code from} (as written, and in capitals) replaced by {@code to}. */
    private static JsonNode renamed(JsonNode node, String from, String to) {
        if (node.isString()) {
            return StringNode.valueOf(node.asString().replace(from, to)
                    .replace(VietnameseText.upper(from), VietnameseText.upper(to)));
        }
        if (node instanceof ObjectNode object) {
            object.propertyNames().forEach(k -> object.set(k, renamed(object.get(k), from, to)));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, renamed(array.get(i), from, to));
            }
        }
        return node;
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
