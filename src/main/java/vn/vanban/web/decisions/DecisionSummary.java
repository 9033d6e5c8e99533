package vn.vanban.web.decisions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vanban.decisions.Decision;
import vn.vanban.decisions.StoredFile;
import vn.vanban.text.DocumentNumbers;

/**
 * A decision as the pages list and head it: number and date once registered, trích yếu, kind, who signs
 * (read from the data it prints, so the page says what the paper says) and who registered it.
 *
 * @param number "07/QĐ-UBND", null for a draft
 * @param signer "Hà Văn Chiến (KT. CHỦ TỊCH – PHÓ CHỦ TỊCH)"
 * @param files  the stored files of a registered decision (without their bytes); empty for a draft
 */
public record DecisionSummary(long id, String communeCode, boolean registered, String number, LocalDate date, String subject,
                       String kind, String signer, String registeredBy, Instant registeredAt, Instant createdAt,
                       int teams, boolean replaced, List<StoredFile> files) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static DecisionSummary of(Decision d, List<StoredFile> files) {
        return new DecisionSummary(d.id(), d.communeCode(), d.registered(),
                d.registered() ? DocumentNumbers.numberAndSymbol(d.number(), d.symbol()) : null, d.issueDate(), d.subject(),
                DecisionLabels.of(d), signer(d.data()), "system".equals(d.registeredBy()) ? "Hệ thống" : d.registeredBy(), d.registeredAt(), d.createdAt(), d.teams().size(),
                d.replacedBy() != null, files == null ? List.of() : files);
    }

    static String signer(String data) {
        JsonNode s = JSON.readTree(data).path("signer");
        String name = s.path("fullName").asString("");
        String authority = s.path("authority").asString("");
        String title = s.path("title").asString("");
        String role = authority.isEmpty() ? title : authority + " " + s.path("onBehalfOf").asString("") + " – " + title;
        return role.isBlank() ? name : name + " (" + role + ")";
    }
}
