package vn.vanban.decisions.register;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.vanban.decisions.Decision;
import vn.vanban.decisions.DecisionConflictException;
import vn.vanban.decisions.DecisionFiles;
import vn.vanban.decisions.DecisionKind;
import vn.vanban.decisions.DecisionNotFoundException;
import vn.vanban.decisions.DecisionRendering;
import vn.vanban.decisions.DecisionRepository;
import vn.vanban.decisions.DecisionService;
import vn.vanban.decisions.DecisionStatus;
import vn.vanban.decisions.RegistrationRefusedException;
import vn.vanban.render.OutputFormat;
import vn.vanban.roster.RosterService;
import vn.vanban.roster.Team;
import vn.vanban.audit.AuditTrail;
import vn.vanban.security.AccessPolicy;
import vn.vanban.text.VietnameseDates;

/**
 * The register (sổ đăng ký văn bản đi): gives a draft its number and date, stores both files once with
 * their SHA-256, and records the decision on the teams it founded. A registered decision never changes.
 */
@Service
public class DecisionRegister {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The register keeps what a clerk signs and what they edit; a spreadsheet is never a decision. */
    private static final OutputFormat[] STORED = {OutputFormat.PDF, OutputFormat.DOCX};

    private final DecisionRepository decisions;
    private final DecisionService read;
    private final DecisionFiles files;
    private final DecisionNumbers numbers;
    private final DecisionRendering rendering;
    private final RosterService rosters;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final AccessPolicy access;
    private final AuditTrail audit;

    DecisionRegister(DecisionRepository decisions, DecisionService read, DecisionFiles files, DecisionNumbers numbers,
                     DecisionRendering rendering, RosterService rosters, PlatformTransactionManager transactions,
                     Clock clock, AccessPolicy access, AuditTrail audit) {
        this.access = access;
        this.audit = audit;
        this.decisions = decisions;
        this.read = read;
        this.files = files;
        this.numbers = numbers;
        this.rendering = rendering;
        this.rosters = rosters;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Registers a draft: the next number of its commune, symbol and year, the given date (today when
     * null), both files rendered and stored, and the founding decision recorded on its teams. All of it
     * commits together or not at all.
     */
    public Decision register(long id, LocalDate date) {
        return register(id, date, false);
    }

    /**
     * What registering a decision came to: its number now, or the one it already had.
     *
     * @param already the decision was registered before this request (a second click, another clerk)
     */
    public record Registration(Decision decision, boolean already) {
    }

    /**
     * Registers a draft once: asked again for a decision already in the register (a double click, a form sent
     * twice, two clerks at once), it answers the number it has instead of refusing, and never gives a second
     * one. The caller must still be the commune's records clerk.
     */
    public Registration registerOnce(long id, LocalDate date, boolean confirmEarlierDate) {
        try {
            return new Registration(register(id, date, confirmEarlierDate), false);
        } catch (DecisionConflictException e) {
            Decision current = read.get(id);
            if (current.registered()) {
                return new Registration(current, true);
            }
            throw e;
        }
    }

    /** The draft a records clerk may register: unknown outside the caller's scope, refused without the registrar's right. */
    public Decision registrable(long id) {
        Decision decision = read.get(id);
        access.requireRegistrar(decision.communeCode());
        return decision;
    }

    /**
     * As {@link #register(long, LocalDate)}; a date before the last registered date of the sequence is
     * refused unless {@code confirmEarlierDate}, because numbers follow issuing order, and a date after
     * today (Vietnam time) is always refused.
     */
    public Decision register(long id, LocalDate date, boolean confirmEarlierDate) {
        Decision draft = read.get(id);
        access.requireRegistrar(draft.communeCode());
        if (draft.registered()) {
            throw new DecisionConflictException("Quyết định " + id + " đã vào sổ với số "
                    + draft.number() + "/" + draft.symbol() + "; không đăng ký lại được");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate issued = date == null ? today : date;
        if (issued.isAfter(today)) {
            throw new RegistrationRefusedException(RegistrationRefusedException.Reason.FUTURE_DATE, "/date", "Ngày ban hành " + VietnameseDates.shortDate(issued)
                    + " chưa đến (hôm nay là " + VietnameseDates.shortDate(today) + "); không vào sổ trước ngày ký", null);
        }
        numbers.ensureCounter(draft.communeCode(), draft.symbol(), issued.getYear());
        try {
            return transaction.execute(status -> {
                int number = numbers.next(draft.communeCode(), draft.symbol(), issued.getYear());
                // Under the counter's lock: no other registration of the sequence can slip in between.
                LocalDate last = numbers.lastIssueDate(draft.communeCode(), draft.symbol(), issued.getYear());
                if (last != null && issued.isBefore(last) && !confirmEarlierDate) {
                    throw new RegistrationRefusedException(RegistrationRefusedException.Reason.EARLIER_THAN_LAST, "/date",
                            "Ngày ban hành " + VietnameseDates.shortDate(issued) + " sớm hơn quyết định vào sổ gần nhất của xã (ngày " + VietnameseDates.shortDate(last)
                            + "), mà số được cấp theo thứ tự ban hành; nếu đúng là ngày ký, gửi kèm \"confirmEarlierDate\": true", last);
                }
                Decision current = read.get(id);
                if (current.registered()) {
                    throw new DecisionConflictException("Quyết định " + id + " vừa được người khác vào sổ với số "
                            + current.number() + "/" + current.symbol());
                }
                Decision registered = decisions.save(numbered(current, number, issued));
                for (OutputFormat format : STORED) {
                    files.store(id, rendering.stored(registered, format));
                }
                if (current.kind() == DecisionKind.DISSOLUTION) {
                    endDissolved(current, id);
                    audit.record(AuditTrail.DECISION_REGISTER, current.communeCode(), id, java.util.Map.of("number", number + "/" + registered.symbol(), "date", issued.toString()));
                    return registered;
                }
                boolean reconstitution = current.replaces() != null;
                if (reconstitution) {
                    Decision replaced = decisions.findById(current.replaces()).orElseThrow(() -> new DecisionNotFoundException(current.replaces()));
                    if (!replaced.inForce()) {
                        throw new RegistrationRefusedException("", "Quyết định số " + replaced.reference()
                                + " đã được thay thế bằng quyết định khác; hãy lập lại dự thảo kiện toàn");
                    }
                    decisions.save(replaced.withReplacedBy(id));
                } else {
                    refuseSecondFounding(current);
                }
                rosters.recordDecisionInForce(current.communeCode(), DecidedMembers.of(current), id, reconstitution);
                // The register keeps who registered: the trail's row of this act, in the same transaction.
                audit.record(AuditTrail.DECISION_REGISTER, current.communeCode(), id, java.util.Map.of("number", number + "/" + registered.symbol(), "date", issued.toString()));
                return registered;
            });
        } catch (OptimisticLockingFailureException e) {
            throw new DecisionConflictException("Danh sách tổ của xã vừa được sửa trong lúc vào sổ; hãy đăng ký lại");
        }
    }

    /**
     * A dissolution ends the decision it cites (as a whole when its draft says no team of it is left, else for
     * its teams only) and marks its teams dissolved; refused when that decision is no longer in force.
     */
    private void endDissolved(Decision dissolution, long id) {
        Decision ended = decisions.findById(dissolution.replaces()).orElseThrow(() -> new DecisionNotFoundException(dissolution.replaces()));
        if (!ended.inForce()) {
            throw new RegistrationRefusedException("", "Quyết định số " + ended.reference()
                    + " không còn hiệu lực (đã được thay thế hoặc chấm dứt); hãy lập lại dự thảo giải thể");
        }
        if (JSON.readTree(dissolution.data()).path("ends").path("whole").asBoolean(false)) {
            decisions.save(ended.withReplacedBy(id));
        }
        rosters.recordDissolution(dissolution.communeCode(), dissolution.teams(), id);
    }

    /**
     * A founding draft made before another founding decision of the same team was registered would found
     * the team twice: refused, naming the decision in force.
     */
    private void refuseSecondFounding(Decision draft) {
        for (Team team : rosters.get(draft.communeCode()).teams()) {
            if (draft.teams().contains(team.key()) && team.decisionId() != null) {
                String inForce = decisions.findById(team.decisionId()).map(Decision::reference).orElse("mã " + team.decisionId());
                throw new RegistrationRefusedException("", team.name() + " đã có Quyết định số " + inForce
                        + " đang có hiệu lực; không thành lập lại, hãy lập quyết định kiện toàn (kind reconstitute)");
            }
        }
    }

    /** The draft with its number and date, in the record and in the data it prints from. */
    private Decision numbered(Decision draft, int number, LocalDate issued) {
        ObjectNode data = (ObjectNode) JSON.readTree(draft.data());
        data.put("number", number);
        data.put("date", issued.toString());
        data.put("year", issued.getYear());
        return new Decision(draft.id(), draft.communeCode(), draft.kind(), draft.templateId(), draft.teamKeys(),
                draft.subject(), DecisionStatus.REGISTERED, draft.issuer(), draft.symbol(), issued.getYear(), number,
                issued, JSON.writeValueAsString(data), draft.createdAt(), clock.instant(), access.caller().actor(),
                draft.replaces(), null);
    }
}
