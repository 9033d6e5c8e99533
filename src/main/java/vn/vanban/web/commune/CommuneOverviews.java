package vn.vanban.web.commune;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.vanban.decisions.CommuneChecks;
import vn.vanban.decisions.Decision;
import vn.vanban.decisions.DecisionService;
import vn.vanban.reference.Commune;
import vn.vanban.reference.CommuneRepository;
import vn.vanban.reference.UnknownCommuneException;
import vn.vanban.roster.Roster;
import vn.vanban.roster.RosterService;
import vn.vanban.roster.Team;
import vn.vanban.roster.TeamLevel;
import vn.vanban.roster.TeamStatus;
import vn.vanban.roster.Village;
import vn.vanban.roster.checks.Finding;
import vn.vanban.roster.checks.RosterCheckService;
import vn.vanban.security.AccessPolicy;
import vn.vanban.security.ScopeDeniedException;
import vn.vanban.text.DocumentNumbers;
import vn.vanban.web.WebFormats;

/**
 * Reads what the commune's home page shows from the services the API uses (roster, checks, register):
 * three reads, whatever the number of villages and teams, and the scope checked by the first.
 */
@Component
class CommuneOverviews {

    /** The home page lists the newest decisions; the register page lists them all. */
    static final int RECENT_DECISIONS = 5;

    private final RosterService rosters;
    private final CommuneChecks checks;
    private final DecisionService decisions;
    private final CommuneRepository communes;
    private final AccessPolicy access;

    CommuneOverviews(RosterService rosters, CommuneChecks checks, DecisionService decisions, CommuneRepository communes,
                     AccessPolicy access) {
        this.rosters = rosters;
        this.checks = checks;
        this.decisions = decisions;
        this.communes = communes;
        this.access = access;
    }

    Commune commune(String code) {
        return communes.findById(code).orElseThrow(() -> new UnknownCommuneException(code));
    }

    /** Whether the person looking may change this commune's roster: the pages hide buttons they could not use. */
    boolean canWrite(String code) {
        try {
            access.requireCommuneWrite(code);
            return true;
        } catch (ScopeDeniedException e) {
            return false;
        }
    }

    /** For the pages that only exist to change the roster (a new team, an import): a reader gets the 403 page. */
    void requireWrite(String code) {
        commune(code);
        access.requireCommuneWrite(code);
    }

    CommuneOverview overview(String code) {
        Roster roster = rosters.get(code);
        Commune commune = commune(code);
        RosterCheckService.StoredRosterChecks found = checks.check(code);
        List<Decision> all = decisions.list(code);
        Map<Long, Decision> byId = all.stream().collect(Collectors.toMap(Decision::id, Function.identity()));

        List<CommuneOverview.FindingRow> findings = found.findings().stream()
                .sorted(Comparator.comparing((Finding f) -> f.severity() != Finding.Severity.ERROR))
                .map(f -> {
                    FindingLinks.Link link = FindingLinks.of(code, f, roster);
                    return new CommuneOverview.FindingRow(f.severity() == Finding.Severity.ERROR,
                            FindingLinks.readable(f.message(), roster), link.href(), link.label());
                }).toList();

        CommuneOverview.TeamRow communeTeam = null;
        List<CommuneOverview.TeamRow> otherTeams = new ArrayList<>();
        for (Team t : roster.teams()) {
            if (t.level() == TeamLevel.COMMUNE && communeTeam == null) {
                communeTeam = row(t, byId);
            } else if (t.villageKey() == null || roster.villages().stream().noneMatch(v -> v.key().equals(t.villageKey()))) {
                otherTeams.add(row(t, byId));
            }
        }
        List<CommuneOverview.VillageRow> villages = new ArrayList<>();
        for (Village v : roster.villages()) {
            Team team = roster.teams().stream().filter(t -> v.key().equals(t.villageKey()) && t.status() != TeamStatus.DISSOLVED)
                    .findFirst().orElse(null);
            villages.add(new CommuneOverview.VillageRow(v.key(), villageLabel(v), team == null ? null : row(team, byId)));
        }
        List<CommuneOverview.DecisionRow> recent = all.stream().sorted(Comparator.comparing(Decision::id).reversed())
                .limit(RECENT_DECISIONS).map(CommuneOverviews::decisionRow).toList();
        return new CommuneOverview(commune, roster, canWrite(code), findings, found.errors(), found.warnings(), communeTeam,
                villages, otherTeams, recent, all.size());
    }

    static String villageLabel(Village v) {
        String kind = v.kind() == null ? "" : v.kind().strip();
        String name = v.name() == null ? "" : v.name().strip();
        // "Thôn 1" already says its kind; "Giao Hòa A" needs "Ấp" in front.
        if (kind.isEmpty() || name.toLowerCase(java.util.Locale.ROOT).startsWith(kind.toLowerCase(java.util.Locale.ROOT))) {
            return name;
        }
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " " + name;
    }

    /** "01/QĐ-UBND ngày 10/07/2025": the pages write dates dd/MM/yyyy, as everywhere else on screen. */
    static String reference(Decision d) {
        if (d == null || !d.registered()) {
            return null;
        }
        return DocumentNumbers.numberAndSymbol(d.number(), d.symbol()) + " ngày " + new WebFormats().date(d.issueDate());
    }

    private static CommuneOverview.TeamRow row(Team t, Map<Long, Decision> byId) {
        String reference = t.decisionId() == null ? null : reference(byId.get(t.decisionId()));
        return new CommuneOverview.TeamRow(t, Labels.status(t.status()), reference, t.members().size());
    }

    private static CommuneOverview.DecisionRow decisionRow(Decision d) {
        Labels.Badge badge = !d.registered() ? new Labels.Badge("draft", "Dự thảo")
                : d.replacedBy() != null ? new Labels.Badge("replaced", "Đã được thay thế")
                : new Labels.Badge("registered", "Đã vào sổ");
        return new CommuneOverview.DecisionRow(d.id(), reference(d), d.subject(), badge, d.issueDate());
    }
}
