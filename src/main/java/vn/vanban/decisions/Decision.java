package vn.vanban.decisions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;
import vn.vanban.text.DocumentNumbers;
import vn.vanban.text.VietnameseDates;

/**
 * A founding or kiện toàn (reconstitution) decision made from a commune's roster.
 *
 * @param teamKeys the teams it covers, comma-separated keys of the roster
 * @param issuer   the issuing body as printed; numbering runs per commune, symbol and year
 * @param data     the template data it was made from (JSON), with number and date once registered
 * @param year     the numbering year (year of the issue date), null for a draft
 * @param number   the number in the register, null for a draft
 * @param replaces   the decision in force this one replaces (a kiện toàn decision), null for a founding one
 * @param replacedBy the registered decision that replaced this one, null while it is in force
 */
@Table
public record Decision(
        @Id Long id,
        String communeCode,
        DecisionKind kind,
        String templateId,
        String teamKeys,
        String subject,
        DecisionStatus status,
        String issuer,
        String symbol,
        @Column("register_year") Integer year,
        @Column("register_number") Integer number,
        LocalDate issueDate,
        String data,
        Instant createdAt,
        Instant registeredAt,
        String registeredBy,
        Long replaces,
        Long replacedBy) {

    public List<String> teams() {
        return teamKeys.isEmpty() ? List.of() : Arrays.asList(teamKeys.split(","));
    }

    /** Registered and not replaced: what its teams cite. */
    public boolean inForce() {
        return registered() && replacedBy == null;
    }

    public Decision withReplacedBy(Long replacedBy) {
        return new Decision(id, communeCode, kind, templateId, teamKeys, subject, status, issuer, symbol, year, number,
                issueDate, data, createdAt, registeredAt, registeredBy, replaces, replacedBy);
    }

    public boolean registered() {
        return status == DecisionStatus.REGISTERED;
    }

    /** How lists and letters cite it, "01/QĐ-UBND ngày 10/7/2025"; null for a draft. */
    public String reference() {
        return registered() ? DocumentNumbers.numberAndSymbol(number, symbol) + " ngày " + VietnameseDates.shortDate(issueDate)
                : null;
    }
}
