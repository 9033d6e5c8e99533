package vn.vanban.decisions.draft;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.vanban.decisions.Decision;
import vn.vanban.decisions.DecisionConflictException;
import vn.vanban.decisions.DecisionKind;
import vn.vanban.decisions.DecisionRendering;
import vn.vanban.decisions.DecisionRepository;
import vn.vanban.decisions.DecisionService;
import vn.vanban.decisions.DecisionStatus;
import vn.vanban.decisions.draft.DecisionData.Signer;
import vn.vanban.generation.DocumentService;
import vn.vanban.generation.RenderedFile;
import vn.vanban.limits.FieldLengths;
import vn.vanban.limits.TextCharacters;
import vn.vanban.reference.Commune;
import vn.vanban.reference.CommuneRepository;
import vn.vanban.reference.Province;
import vn.vanban.reference.ProvinceRepository;
import vn.vanban.reference.UnknownCommuneException;
import vn.vanban.render.OutputFormat;
import vn.vanban.roster.InvalidRosterException;
import vn.vanban.roster.Roster;
import vn.vanban.roster.RosterProblem;
import vn.vanban.roster.RosterService;
import vn.vanban.roster.Team;
import vn.vanban.roster.TeamLevel;
import vn.vanban.roster.TeamStatus;
import vn.vanban.audit.AuditTrail;
import vn.vanban.security.AccessPolicy;

/**
 * Draft decisions drawn from a commune's stored roster. A draft is a snapshot of the template data,
 * without number or date, and renders on demand; only drafts can be deleted.
 */
@Service
public class DecisionDrafts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DecisionRepository decisions;
    private final DecisionService read;
    private final DecisionRendering rendering;
    private final RosterService rosters;
    private final CommuneRepository communes;
    private final ProvinceRepository provinces;
    private final DocumentService documents;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final AccessPolicy access;
    private final AuditTrail audit;

    DecisionDrafts(DecisionRepository decisions, DecisionService read, DecisionRendering rendering,
                   RosterService rosters, CommuneRepository communes, ProvinceRepository provinces,
                   DocumentService documents, PlatformTransactionManager transactions, Clock clock, AccessPolicy access,
                   AuditTrail audit) {
        this.access = access;
        this.audit = audit;
        this.decisions = decisions;
        this.read = read;
        this.rendering = rendering;
        this.rosters = rosters;
        this.communes = communes;
        this.provinces = provinces;
        this.documents = documents;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Makes draft decisions from the commune's stored roster: one for the commune team, one for the
     * village teams together, or one per team ({@code each-team}). Every draft is checked by rendering
     * its document tree, so a roster that cannot make a valid decision is refused here, not at print.
     */
    public List<Decision> create(String communeCode, NewDecision request) {
        access.requireCommuneWrite(communeCode);
        List<Decision> drafts = drafts(communeCode, request);
        // Build every tree before saving any, so that one bad team leaves no half-made batch behind.
        drafts.forEach(d -> documents.document(documents.catalog().get(d.templateId()), JSON.readTree(d.data())));
        List<Decision> saved = transaction.execute(status -> drafts.stream().map(decisions::save).toList());
        saved.forEach(d -> audit.record(AuditTrail.DECISION_CREATE, communeCode, d.id(), java.util.Map.of("template", d.templateId())));
        return saved;
    }

    /**
     * What the commune can draft now, for a form that offers only what applies: for each kind the teams it
     * may name and those a request naming none covers, its default trích yếu, or why it cannot be made
     * (worded for the clerk, not for an API caller). The rules are those of {@link TeamSelection}.
     */
    public DraftChoices choices(String communeCode) {
        Commune commune = communes.findById(communeCode).orElseThrow(() -> new UnknownCommuneException(communeCode));
        access.requireCommuneWrite(communeCode);
        Province province = provinces.findById(commune.provinceCode()).orElseThrow();
        Roster roster = rosters.get(communeCode);
        Map<Long, Decision> registered = read.registeredById(communeCode);
        List<String> profileProblems = new DecisionData(roster, commune, province)
                .missingProfile(Signer.of(roster.profile(), null)).stream().map(RosterProblem::message).toList();
        List<Team> live = roster.teams().stream().filter(t -> t.status() != TeamStatus.DISSOLVED).toList();
        List<DraftChoices.Kind> kinds = new ArrayList<>();
        for (String kind : TeamSelection.KIND_VALUES) {
            List<Team> candidates = live.stream().filter(t -> TeamSelection.coversByDefault(kind, t, roster)).toList();
            // A team is dissolved whatever is left of its members; every other kind lists members.
            List<Team> defaults = candidates.stream().filter(t -> kind.equals("dissolve") || !t.members().isEmpty())
                    .limit(kind.equals("commune-team") ? 1 : Long.MAX_VALUE).toList();
            kinds.add(new DraftChoices.Kind(kind, keys(candidates), keys(defaults),
                    defaultSubject(kind, commune, defaults, live, registered),
                    defaults.isEmpty() ? TeamSelection.unavailable(kind, live, candidates, registered) : null));
        }
        List<DraftChoices.TeamChoice> teams = live.stream().map(t -> new DraftChoices.TeamChoice(t.key(), t.name(),
                t.level() == TeamLevel.COMMUNE, t.members().size(),
                t.decisionId() == null ? null : TeamSelection.reference(t, registered))).toList();
        return new DraftChoices(communeCode, commune.fullName(), profileProblems,
                roster.profile().issuerKind() == vn.vanban.roster.Profile.IssuerKind.COLLECTIVE, roster.profile().chair(),
                roster.profile().deputies().stream().map(vn.vanban.roster.ProfileDeputy::text).toList(), List.copyOf(kinds), teams);
    }

    /** The trích yếu a request without one gets; null when each of its drafts words its own. */
    private static String defaultSubject(String kind, Commune commune, List<Team> defaults, List<Team> live,
                                         Map<Long, Decision> registered) {
        return switch (kind) {
            case "commune-team" -> DecisionData.defaultSubject(DecisionKind.COMMUNE_TEAM, commune, defaults);
            case "village-teams" -> DecisionData.defaultSubject(DecisionKind.VILLAGE_TEAMS, commune, defaults);
            case "reconstitute" -> {
                List<Long> replaced = defaults.stream().map(Team::decisionId).distinct().toList();
                Decision inForce = replaced.size() == 1 ? registered.get(replaced.get(0)) : null;
                yield inForce == null ? null : DecisionData.reconstitutionSubject(inForce.kind(), commune,
                        live.stream().filter(t -> inForce.id().equals(t.decisionId())).toList());
            }
            case "dissolve" -> {
                List<Long> ended = defaults.stream().map(Team::decisionId).distinct().toList();
                yield ended.size() == 1 ? DecisionData.dissolutionSubject(defaults) : null;
            }
            default -> null;
        };
    }

    private static List<String> keys(List<Team> teams) {
        return teams.stream().map(Team::key).toList();
    }

    /**
     * The file a draft would print, without entering anything in the register: for batches that give
     * every commune of a province its draft to check.
     */
    public RenderedFile preview(String communeCode, NewDecision request, OutputFormat format) {
        List<Decision> drafts = drafts(communeCode, request);
        if (drafts.size() != 1) {
            throw new InvalidRosterException("Chưa lập được quyết định", List.of(new RosterProblem("/kind",
                    "Xem trước chỉ dùng cho một quyết định (commune-team hoặc village-teams)")));
        }
        return rendering.render(drafts.get(0), format);
    }

    /** Only drafts can go; the register keeps what it numbered. */
    public void delete(long id) {
        Decision decision = deletable(id);
        if (decision.registered()) {
            throw new DecisionConflictException("Quyết định " + id + " đã vào sổ (số " + decision.number() + "/"
                    + decision.symbol() + "); quyết định đã đăng ký không xóa được");
        }
        if (decisions.deleteDraft(id) == 0) {
            throw new DecisionConflictException("Quyết định " + id + " vừa được vào sổ hoặc xóa trong lúc này; "
                    + "quyết định đã đăng ký không xóa được");
        }
        audit.record(AuditTrail.DECISION_DELETE, decision.communeCode(), id, java.util.Map.of("subject", decision.subject()));
    }

    /**
     * The decision, if the caller may delete the commune's drafts: unknown outside the caller's scope, refused
     * without write access; it is a draft only if {@link Decision#registered()} says so. A form that asks to
     * confirm first checks here before it asks.
     */
    public Decision deletable(long id) {
        Decision decision = read.get(id);
        access.requireCommuneWrite(decision.communeCode());
        return decision;
    }

    /** The unsaved drafts a request makes from the stored roster, or every reason it cannot. */
    private List<Decision> drafts(String communeCode, NewDecision request) {
        Commune commune = communes.findById(communeCode).orElseThrow(() -> new UnknownCommuneException(communeCode));
        Province province = provinces.findById(commune.provinceCode()).orElseThrow();
        Roster roster = rosters.get(communeCode);
        DecisionData data = new DecisionData(roster, commune, province);
        Signer signer = Signer.of(roster.profile(), request.deputy());
        List<RosterProblem> problems = new ArrayList<>(data.missingProfile(signer));
        if (request.deputy() != null && roster.profile().deputies().stream().noneMatch(d -> d.text().equals(request.deputy()))) {
            problems.add(new RosterProblem("/deputy", "\"" + request.deputy() + "\" không có trong danh sách Phó Chủ tịch của hồ sơ xã"));
        }
        if (request.subject() != null && request.subject().strip().length() > FieldLengths.DECISION_SUBJECT) {
            problems.add(new RosterProblem("/subject", "Trích yếu dài " + request.subject().strip().length()
                    + " ký tự, vượt quá " + FieldLengths.DECISION_SUBJECT + " ký tự"));
        }
        String characters = TextCharacters.problem(request.subject());
        if (characters != null) {
            problems.add(new RosterProblem("/subject", characters));
        }
        if (request.kind() == null) {
            throw new InvalidRosterException("Chưa lập được quyết định", List.of(new RosterProblem("/kind",
                    "Thiếu loại quyết định: " + TeamSelection.KINDS)));
        }
        Map<Long, Decision> registered = read.registeredById(communeCode);
        List<Team> teams = TeamSelection.select(roster, request, registered, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRosterException("Chưa lập được quyết định từ danh sách của xã", problems);
        }
        int year = LocalDate.now(clock).getYear();
        List<Decision> drafts = new ArrayList<>();
        switch (request.kind()) {
            case "commune-team" -> drafts.add(draft(communeCode, DecisionKind.COMMUNE_TEAM, teams,
                    data.communeTeam(teams.get(0), signer, subject(request, DecisionKind.COMMUNE_TEAM, commune, teams), year), null));
            case "village-teams" -> drafts.add(draft(communeCode, DecisionKind.VILLAGE_TEAMS, teams,
                    data.villageTeams(teams, signer, subject(request, DecisionKind.VILLAGE_TEAMS, commune, teams), year, false), null));
            case "reconstitute" -> {
                // One kiện toàn decision per decision in force, covering all its teams still in being: it replaces
                // that decision as a whole, so none of its teams is left citing a replaced one.
                Map<Long, List<Team>> byDecision = new LinkedHashMap<>();
                for (Team team : teams) {
                    byDecision.computeIfAbsent(team.decisionId(), id -> roster.teams().stream()
                            .filter(t -> id.equals(t.decisionId()) && t.status() != TeamStatus.DISSOLVED).toList());
                }
                byDecision.forEach((id, covered) -> {
                    Decision replaced = registered.get(id);
                    ObjectNode d = switch (replaced.kind()) {
                        case COMMUNE_TEAM -> data.communeTeam(covered.get(0), signer, reconstitutionSubject(request, replaced.kind(), commune, covered), year);
                        case VILLAGE_TEAMS -> data.villageTeams(covered, signer, reconstitutionSubject(request, replaced.kind(), commune, covered), year, false);
                        case TEAM -> data.villageTeams(covered, signer, reconstitutionSubject(request, replaced.kind(), commune, covered), year, true);
                        case DISSOLUTION -> throw new IllegalStateException("a dissolution decision is never in force for a team still in being");
                    };
                    DecisionData.reconstitutes(d, replaced, commune);
                    drafts.add(draft(communeCode, replaced.kind(), covered, d, id));
                });
            }
            case "dissolve" -> {
                // One dissolution per decision in force: it ends that decision, as a whole when it leaves none of
                // its teams in being, else only for the teams it dissolves.
                Map<Long, List<Team>> byDecision = new LinkedHashMap<>();
                teams.forEach(team -> byDecision.computeIfAbsent(team.decisionId(), id -> new ArrayList<>()).add(team));
                byDecision.forEach((id, dissolved) -> {
                    Decision ended = registered.get(id);
                    boolean whole = roster.teams().stream().filter(t -> id.equals(t.decisionId()) && t.status() != TeamStatus.DISSOLVED)
                            .allMatch(dissolved::contains);
                    String subject = request.subject() != null && !request.subject().isBlank() ? request.subject().strip()
                            : DecisionData.dissolutionSubject(dissolved);
                    drafts.add(draft(communeCode, DecisionKind.DISSOLUTION, dissolved,
                            data.dissolution(dissolved, signer, subject, year, ended, commune, whole), id));
                });
            }
            default -> {
                for (Team team : teams) {
                    List<Team> one = List.of(team);
                    DecisionKind kind = team.level() == TeamLevel.COMMUNE ? DecisionKind.COMMUNE_TEAM : DecisionKind.TEAM;
                    String subject = DecisionData.defaultSubject(kind, commune, one);
                    ObjectNode d = kind == DecisionKind.COMMUNE_TEAM ? data.communeTeam(team, signer, subject, year)
                            : data.villageTeams(one, signer, subject, year, true);
                    drafts.add(draft(communeCode, kind, one, d, null));
                }
            }
        }
        return drafts;
    }

    private Decision draft(String communeCode, DecisionKind kind, List<Team> teams, ObjectNode data, Long replaces) {
        return new Decision(null, communeCode, kind, kind.templateId(),
                String.join(",", teams.stream().map(Team::key).toList()), data.path("subject").asString(),
                DecisionStatus.DRAFT, data.path("issuer").path("name").asString(), data.path("symbol").asString(),
                null, null, null, JSON.writeValueAsString(data), clock.instant(), null, null, replaces, null);
    }

    private static String reconstitutionSubject(NewDecision request, DecisionKind kind, Commune commune, List<Team> teams) {
        return request.subject() != null && !request.subject().isBlank() ? request.subject().strip()
                : DecisionData.reconstitutionSubject(kind, commune, teams);
    }

    private static String subject(NewDecision request, DecisionKind kind, Commune commune, List<Team> teams) {
        return request.subject() != null && !request.subject().isBlank() ? request.subject().strip()
                : DecisionData.defaultSubject(kind, commune, teams);
    }
}
