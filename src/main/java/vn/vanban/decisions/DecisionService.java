package vn.vanban.decisions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.vanban.decisions.DecisionData.Signer;
import vn.vanban.generation.DocumentService;
import vn.vanban.render.OutputFormat;
import vn.vanban.generation.RenderedFile;
import vn.vanban.roster.InvalidRosterException;
import vn.vanban.roster.Roster;
import vn.vanban.roster.RosterProblem;
import vn.vanban.roster.RosterService;
import vn.vanban.roster.Team;
import vn.vanban.roster.TeamLevel;
import vn.vanban.roster.TeamStatus;
import vn.vanban.reference.Commune;
import vn.vanban.reference.CommuneRepository;
import vn.vanban.reference.Province;
import vn.vanban.reference.ProvinceRepository;
import vn.vanban.reference.UnknownCommuneException;

/**
 * Decisions made from stored rosters, and their register. A draft is a snapshot of the template data
 * and renders on demand; registration numbers and dates it, renders both formats once and stores them
 * with their SHA-256, and records the decision on the teams it founded.
 */
@Service
public class DecisionService {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A registered decision is kept as it is printed and as it is edited, never as a spreadsheet. */
    private static final List<OutputFormat> STORED_FORMATS = List.of(OutputFormat.PDF, OutputFormat.DOCX);

    private final DecisionRepository decisions;
    private final DecisionFiles files;
    private final DecisionNumbers numbers;
    private final RosterService rosters;
    private final CommuneRepository communes;
    private final ProvinceRepository provinces;
    private final DocumentService documents;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public DecisionService(DecisionRepository decisions, DecisionFiles files, DecisionNumbers numbers, RosterService rosters,
                           CommuneRepository communes, ProvinceRepository provinces, DocumentService documents,
                           PlatformTransactionManager transactions, Clock clock) {
        this.decisions = decisions;
        this.files = files;
        this.numbers = numbers;
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
        List<Decision> drafts = drafts(communeCode, request);
        // Render every tree before saving any, so that one bad team leaves no half-made batch behind.
        drafts.forEach(d -> documents.document(documents.catalog().get(d.templateId()), JSON.readTree(d.data())));
        return transaction.execute(status -> drafts.stream().map(decisions::save).toList());
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
        return render(drafts.get(0), format);
    }

    /** The unsaved drafts a request makes from the stored roster, or every reason it cannot. */
    private List<Decision> drafts(String communeCode, NewDecision request) {
        Commune commune = communes.findById(communeCode).orElseThrow(() -> new UnknownCommuneException(communeCode));
        Province province = provinces.findById(commune.provinceCode()).orElseThrow();
        Roster roster = rosters.get(communeCode);
        DecisionData data = new DecisionData(roster, commune, province);
        Signer signer = signer(roster, request);
        List<RosterProblem> problems = new ArrayList<>(data.missingProfile(signer));
        if (request.deputy() != null && roster.profile().deputies().stream().noneMatch(d -> d.text().equals(request.deputy()))) {
            problems.add(new RosterProblem("/deputy", "\"" + request.deputy() + "\" không có trong danh sách Phó Chủ tịch của hồ sơ xã"));
        }
        if (request.kind() == null) {
            throw new InvalidRosterException("Chưa lập được quyết định", List.of(new RosterProblem("/kind",
                    "Thiếu loại quyết định: commune-team, village-teams hoặc each-team")));
        }
        List<Team> teams = selectTeams(roster, request, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRosterException("Chưa lập được quyết định từ danh sách của xã", problems);
        }
        int year = LocalDate.now(clock).getYear();
        List<Decision> drafts = new ArrayList<>();
        switch (request.kind()) {
            case "commune-team" -> drafts.add(draft(communeCode, DecisionKind.COMMUNE_TEAM, teams, request.subject(),
                    data.communeTeam(teams.get(0), signer, subject(request, DecisionKind.COMMUNE_TEAM, commune, teams), year)));
            case "village-teams" -> drafts.add(draft(communeCode, DecisionKind.VILLAGE_TEAMS, teams, request.subject(),
                    data.villageTeams(teams, signer, subject(request, DecisionKind.VILLAGE_TEAMS, commune, teams), year, false)));
            default -> {
                for (Team team : teams) {
                    List<Team> one = List.of(team);
                    DecisionKind kind = team.level() == TeamLevel.COMMUNE ? DecisionKind.COMMUNE_TEAM : DecisionKind.TEAM;
                    String subject = DecisionData.defaultSubject(kind, commune, one);
                    ObjectNode d = kind == DecisionKind.COMMUNE_TEAM ? data.communeTeam(team, signer, subject, year)
                            : data.villageTeams(one, signer, subject, year, true);
                    drafts.add(draft(communeCode, kind, one, null, d));
                }
            }
        }
        return drafts;
    }

    public List<Decision> list(String communeCode) {
        if (!communes.existsById(communeCode)) {
            throw new UnknownCommuneException(communeCode);
        }
        return decisions.findByCommuneCodeOrderById(communeCode);
    }

    public Decision get(long id) {
        return decisions.findById(id).orElseThrow(() -> new DecisionNotFoundException(id));
    }

    /** The commune's registered decisions by id, to cite each team's founding decision on lists. */
    public Map<Long, Decision> registeredById(String communeCode) {
        return decisions.findByCommuneCodeOrderById(communeCode).stream().filter(Decision::registered)
                .collect(Collectors.toMap(Decision::id, Function.identity()));
    }

    public List<StoredFile> storedFiles(long id) {
        return files.describe(id);
    }

    /** A registered decision's stored file, or a draft rendered now from its snapshot. */
    public StoredFile file(long id, OutputFormat format) {
        Decision decision = get(id);
        if (decision.registered()) {
            return files.find(id, format.extension()).orElseThrow(() -> new DecisionNotFoundException(id));
        }
        return stored(render(decision, format));
    }

    /**
     * Registers a draft: the next number for its issuer, symbol and year, the given date (today when
     * null), both files rendered and stored with their SHA-256, and the founding decision recorded on
     * its teams. All of it commits together or not at all.
     */
    public Decision register(long id, LocalDate date) {
        Decision draft = get(id);
        if (draft.registered()) {
            throw new DecisionConflictException("Quyết định " + id + " đã vào sổ với số "
                    + draft.number() + "/" + draft.symbol() + "; không đăng ký lại được");
        }
        LocalDate issued = date == null ? LocalDate.now(clock) : date;
        numbers.ensureCounter(draft.issuer(), draft.symbol(), issued.getYear());
        try {
            return transaction.execute(status -> {
                int number = numbers.next(draft.issuer(), draft.symbol(), issued.getYear());
                Decision current = get(id);
                if (current.registered()) {
                    throw new DecisionConflictException("Quyết định " + id + " vừa được người khác vào sổ với số "
                            + current.number() + "/" + current.symbol());
                }
                ObjectNode data = (ObjectNode) JSON.readTree(current.data());
                DecisionData.register(data, number, issued);
                Decision registered = decisions.save(new Decision(current.id(), current.communeCode(), current.kind(),
                        current.templateId(), current.teamKeys(), current.subject(), DecisionStatus.REGISTERED,
                        current.issuer(), current.symbol(), issued.getYear(), number, issued, JSON.writeValueAsString(data),
                        current.createdAt(), clock.instant()));
                for (OutputFormat format : STORED_FORMATS) {
                    files.store(id, stored(render(registered, format)));
                }
                rosters.recordFoundingDecision(current.communeCode(), current.teams(), id);
                return registered;
            });
        } catch (OptimisticLockingFailureException e) {
            throw new DecisionConflictException("Danh sách tổ của xã vừa được sửa trong lúc vào sổ; hãy đăng ký lại");
        }
    }

    /** Only drafts can go; the register keeps what it numbered. */
    public void deleteDraft(long id) {
        Decision decision = get(id);
        if (decision.registered()) {
            throw new DecisionConflictException("Quyết định " + id + " đã vào sổ (số " + decision.number() + "/"
                    + decision.symbol() + "); quyết định đã đăng ký không xóa được");
        }
        decisions.deleteById(id);
    }

    private RenderedFile render(Decision decision, OutputFormat format) {
        JsonNode data = JSON.readTree(decision.data());
        return documents.render(documents.catalog().get(decision.templateId()), data, format);
    }

    private static StoredFile stored(RenderedFile file) {
        return new StoredFile(file.format().extension(), file.fileName(), file.format().mediaType(), file.sha256(),
                file.bytes().length, file.bytes());
    }

    private Decision draft(String communeCode, DecisionKind kind, List<Team> teams, String subjectOverride, ObjectNode data) {
        return new Decision(null, communeCode, kind, kind.templateId(),
                String.join(",", teams.stream().map(Team::key).toList()), data.path("subject").asString(),
                DecisionStatus.DRAFT, data.path("issuer").path("name").asString(), data.path("symbol").asString(),
                null, null, null, JSON.writeValueAsString(data), clock.instant(), null);
    }

    private static String subject(NewDecision request, DecisionKind kind, Commune commune, List<Team> teams) {
        return request.subject() != null && !request.subject().isBlank() ? request.subject().strip()
                : DecisionData.defaultSubject(kind, commune, teams);
    }

    private static Signer signer(Roster roster, NewDecision request) {
        return Signer.of(roster.profile(), request.deputy());
    }

    /** The teams the request names, or by default every team the kind covers that is not dissolved. */
    private static List<Team> selectTeams(Roster roster, NewDecision request, List<RosterProblem> problems) {
        List<Team> chosen = new ArrayList<>();
        if (request.teams() != null && !request.teams().isEmpty()) {
            for (int i = 0; i < request.teams().size(); i++) {
                String key = request.teams().get(i);
                Optional<Team> team = roster.teams().stream().filter(t -> t.key().equals(key)).findFirst();
                if (team.isEmpty()) {
                    problems.add(new RosterProblem("/teams/" + i, "Danh sách của xã không có tổ \"" + key + "\""));
                } else {
                    chosen.add(team.get());
                }
            }
        } else {
            roster.teams().stream().filter(t -> t.status() != TeamStatus.DISSOLVED).forEach(chosen::add);
        }
        switch (request.kind()) {
            case "commune-team" -> {
                chosen.removeIf(t -> t.level() != TeamLevel.COMMUNE && request.teams() == null);
                if (chosen.size() != 1 || chosen.get(0).level() != TeamLevel.COMMUNE) {
                    problems.add(new RosterProblem("/teams", "Quyết định thành lập Tổ cấp xã cần đúng một tổ cấp xã"));
                }
            }
            case "village-teams" -> {
                chosen.removeIf(t -> t.level() != TeamLevel.VILLAGE && request.teams() == null);
                if (chosen.isEmpty() || chosen.stream().anyMatch(t -> t.level() != TeamLevel.VILLAGE)) {
                    problems.add(new RosterProblem("/teams", "Quyết định thành lập các tổ thôn, ấp cần ít nhất một tổ và chỉ gồm tổ thôn, ấp"));
                }
            }
            case "each-team" -> {
                if (chosen.isEmpty()) {
                    problems.add(new RosterProblem("/teams", "Danh sách của xã chưa có tổ nào"));
                }
            }
            default -> problems.add(new RosterProblem("/kind",
                    "Loại quyết định phải là commune-team, village-teams hoặc each-team"));
        }
        for (Team t : chosen) {
            if (t.members().isEmpty()) {
                problems.add(new RosterProblem("/teams", "Tổ \"" + t.name() + "\" chưa có thành viên"));
            }
        }
        return chosen;
    }
}
