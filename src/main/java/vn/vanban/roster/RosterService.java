package vn.vanban.roster;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vanban.reference.CommuneRepository;
import vn.vanban.reference.UnknownCommuneException;
import vn.vanban.audit.AuditTrail;
import vn.vanban.security.AccessPolicy;

/**
 * The roster store. Every change, whole or fine-grained, goes through one path: clean, validate,
 * check the version the client edited, keep what only the server may set (the founding decision of
 * each team), save the aggregate in one transaction. The fine-grained use cases (a village, a team, a
 * seat) are edits of the aggregate through that path, each answering with the part it touched.
 *
 * <p>{@code expectedVersion} is the version the client edited (from If-Match), or null to skip the check.
 */
@Service
public class RosterService {

    private final RosterRepository rosters;
    private final CommuneRepository communes;
    private final Clock clock;
    private final RosterNormalizer normalizer = new RosterNormalizer();
    private final RosterValidator validator = new RosterValidator();

    private final AccessPolicy access;
    private final AuditTrail audit;

    public RosterService(RosterRepository rosters, CommuneRepository communes, Clock clock, AccessPolicy access, AuditTrail audit) {
        this.access = access;
        this.audit = audit;
        this.rosters = rosters;
        this.communes = communes;
        this.clock = clock;
    }

    /** The stored roster, or an empty one (version null) for a commune that has none yet. */
    @Transactional(readOnly = true)
    public Roster get(String communeCode) {
        requireCommune(communeCode);
        access.requireCommuneRead(communeCode);
        return rosters.findById(communeCode).orElseGet(() -> Roster.empty(communeCode));
    }

    @Transactional(readOnly = true)
    public Optional<Roster> find(String communeCode) {
        access.requireCommuneRead(communeCode);
        return rosters.findById(communeCode);
    }

    /** Replaces the whole roster. */
    @Transactional
    public Roster replace(String communeCode, Roster content, Long expectedVersion) {
        return modify(communeCode, expectedVersion, current -> current.withContent(content.profile(),
                content.villages(), content.teams()));
    }

    /** Applies a change to the current roster and saves the result under the same rules as a replace. */
    @Transactional
    public Roster modify(String communeCode, Long expectedVersion, UnaryOperator<Roster> change) {
        get(communeCode);
        access.requireCommuneWrite(communeCode);
        rosters.lockCommune(communeCode);
        // Read again under the lock: a write that waited for it sees the version the previous one saved.
        Roster current = rosters.findById(communeCode).orElseGet(() -> Roster.empty(communeCode));
        if (expectedVersion != null && !expectedVersion.equals(current.version())) {
            throw new StaleRosterException(communeCode, current.version());
        }
        Roster changed = normalizer.normalize(change.apply(current));
        List<RosterProblem> problems = validator.validate(changed);
        if (!problems.isEmpty()) {
            throw new InvalidRosterException("Danh sách tổ chưa lưu được: " + problems.size() + " lỗi", problems);
        }
        Roster next = keepFoundingDecisions(current, changed).withVersion(current.version()).withUpdatedAt(clock.instant());
        try {
            Roster saved = rosters.save(next);
            audit.record(AuditTrail.ROSTER_WRITE, communeCode, null, AuditTrail.versions(current.version(), saved.version()));
            return saved;
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            // Someone saved between our read and our write: the same answer as a stale If-Match.
            throw new StaleRosterException(communeCode, rosters.findById(communeCode).map(Roster::version).orElse(null));
        }
    }

    @Transactional(readOnly = true)
    public RosterPart<Profile> profile(String communeCode) {
        return read(communeCode, Roster::profile);
    }

    @Transactional
    public RosterPart<Profile> replaceProfile(String communeCode, Long expectedVersion, Profile profile) {
        return edit(communeCode, expectedVersion, r -> r.withProfile(profile), Roster::profile);
    }

    @Transactional(readOnly = true)
    public RosterPart<List<Village>> villages(String communeCode) {
        return read(communeCode, Roster::villages);
    }

    @Transactional(readOnly = true)
    public RosterPart<Village> village(String communeCode, String key) {
        return read(communeCode, r -> r.village(key));
    }

    /** Adds a village at the end; the answer is the village as stored, with its key. */
    @Transactional
    public RosterPart<Village> addVillage(String communeCode, Long expectedVersion, Village village) {
        return edit(communeCode, expectedVersion, r -> r.addVillage(village), r -> last(r.villages()));
    }

    @Transactional
    public RosterPart<Village> replaceVillage(String communeCode, Long expectedVersion, Village village) {
        return edit(communeCode, expectedVersion, r -> r.replaceVillage(village), r -> r.village(village.key()));
    }

    /** Removes a village; the answer is the roster's new version. */
    @Transactional
    public Long removeVillage(String communeCode, Long expectedVersion, String key) {
        return modify(communeCode, expectedVersion, r -> r.removeVillage(key)).version();
    }

    @Transactional(readOnly = true)
    public RosterPart<List<Team>> teams(String communeCode) {
        return read(communeCode, Roster::teams);
    }

    @Transactional(readOnly = true)
    public RosterPart<Team> team(String communeCode, String key) {
        return read(communeCode, r -> r.team(key));
    }

    @Transactional
    public RosterPart<Team> addTeam(String communeCode, Long expectedVersion, Team team) {
        return edit(communeCode, expectedVersion, r -> r.addTeam(team), r -> last(r.teams()));
    }

    @Transactional
    public RosterPart<Team> replaceTeam(String communeCode, Long expectedVersion, Team team) {
        return edit(communeCode, expectedVersion, r -> r.replaceTeam(team), r -> r.team(team.key()));
    }

    @Transactional
    public Long removeTeam(String communeCode, Long expectedVersion, String key) {
        return modify(communeCode, expectedVersion, r -> r.removeTeam(key)).version();
    }

    @Transactional(readOnly = true)
    public RosterPart<Membership> member(String communeCode, String teamKey, String memberKey) {
        return read(communeCode, r -> r.member(teamKey, memberKey));
    }

    @Transactional
    public RosterPart<Membership> addMember(String communeCode, Long expectedVersion, String teamKey, Membership member) {
        return edit(communeCode, expectedVersion, r -> r.addMember(teamKey, member), r -> last(r.team(teamKey).members()));
    }

    @Transactional
    public RosterPart<Membership> replaceMember(String communeCode, Long expectedVersion, String teamKey, Membership member) {
        return edit(communeCode, expectedVersion, r -> r.replaceMember(teamKey, member), r -> r.member(teamKey, member.key()));
    }

    @Transactional
    public Long removeMember(String communeCode, Long expectedVersion, String teamKey, String memberKey) {
        return modify(communeCode, expectedVersion, r -> r.removeMember(teamKey, memberKey)).version();
    }

    /**
     * Records the registered decision now in force for these teams (by key), founding or kiện toàn, with
     * the digest of the members it lists ({@link Team#digest}), and marks them established or reconstituted.
     */
    @Transactional
    public Roster recordDecisionInForce(String communeCode, Map<String, String> decidedMembers, long decisionId,
                                        boolean reconstitution) {
        Roster current = rosters.findById(communeCode).orElseThrow(() -> new RosterItemNotFoundException("danh sách", communeCode, communeCode));
        List<Team> teams = new ArrayList<>();
        for (Team t : current.teams()) {
            TeamStatus status = reconstitution ? TeamStatus.RECONSTITUTED
                    : t.status() == TeamStatus.PROPOSED ? TeamStatus.ESTABLISHED : t.status();
            teams.add(decidedMembers.containsKey(t.key()) ? t.withDecision(decisionId, decidedMembers.get(t.key()), status) : t);
        }
        return rosters.save(current.withContent(current.profile(), current.villages(), teams).withUpdatedAt(clock.instant()));
    }

    /** The teams a registered dissolution decision ended: dissolved, citing that decision. */
    public Roster recordDissolution(String communeCode, java.util.Collection<String> teamKeys, long decisionId) {
        Roster current = rosters.findById(communeCode).orElseThrow(() -> new RosterItemNotFoundException("danh sách", communeCode, communeCode));
        List<Team> teams = new ArrayList<>();
        for (Team t : current.teams()) {
            teams.add(teamKeys.contains(t.key()) ? t.withDecision(decisionId, t.decidedMembers(), TeamStatus.DISSOLVED) : t);
        }
        return rosters.save(current.withContent(current.profile(), current.villages(), teams).withUpdatedAt(clock.instant()));
    }

    private <T> RosterPart<T> read(String communeCode, Function<Roster, T> part) {
        Roster roster = get(communeCode);
        return RosterPart.of(roster, part.apply(roster));
    }

    private <T> RosterPart<T> edit(String communeCode, Long expectedVersion, UnaryOperator<Roster> change,
                                   Function<Roster, T> part) {
        Roster saved = modify(communeCode, expectedVersion, change);
        return RosterPart.of(saved, part.apply(saved));
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }

    private static Roster keepFoundingDecisions(Roster current, Roster changed) {
        Map<String, Team> decided = current.teams().stream().filter(t -> t.decisionId() != null)
                .collect(Collectors.toMap(Team::key, Function.identity()));
        List<Team> teams = changed.teams().stream().map(t -> {
            Team was = decided.get(t.key());
            return was == null ? t.withDecision(null, null, t.status()) : t.withDecision(was.decisionId(), was.decidedMembers(), t.status());
        }).toList();
        return changed.withContent(changed.profile(), changed.villages(), teams);
    }

    private void requireCommune(String communeCode) {
        if (communeCode == null || !communes.existsById(communeCode)) {
            throw new UnknownCommuneException(communeCode);
        }
    }
}
