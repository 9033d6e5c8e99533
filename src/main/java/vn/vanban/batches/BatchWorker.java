package vn.vanban.batches;

import com.github.kagkarlsson.scheduler.SchedulerState;
import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.vanban.decisions.draft.DecisionDrafts;
import vn.vanban.decisions.draft.NewDecision;
import vn.vanban.generation.DocumentDataException;
import vn.vanban.problem.FieldProblem;
import vn.vanban.render.OutputFormat;
import vn.vanban.generation.RenderedFile;
import vn.vanban.memberlist.MemberLists;
import vn.vanban.roster.form.MemberListForm;
import vn.vanban.roster.InvalidRosterException;
import vn.vanban.roster.RosterProblem;
import vn.vanban.reference.CommuneRepository;

/**
 * Works through a batch one commune at a time, as the db-scheduler task {@code batch} whose instance id is
 * the batch id: one instance of the fleet at a time works a batch, and when that instance dies (its
 * heartbeat stops) another takes the task over and goes on from the communes still pending. Every
 * commune is committed as it is made, and only a pending one is ever written, so an instance that was
 * taken for dead but still runs cannot write a commune a second time. A commune that fails is recorded
 * with its reason and the batch goes on.
 */
@Component
class BatchWorker extends OneTimeTask<Void> {

    private static final Logger LOG = LoggerFactory.getLogger(BatchWorker.class);
    static final String TASK = "batch";
    /** After an unexpected failure (the database away, the instance stopping) the batch is tried again this soon. */
    private static final Duration RETRY = Duration.ofSeconds(5);

    private final BatchStore store;
    private final MemberLists memberLists;
    private final DecisionDrafts decisions;
    private final CommuneRepository communes;

    BatchWorker(BatchStore store, MemberLists memberLists, DecisionDrafts decisions, CommuneRepository communes) {
        super(TASK, Void.class, new FailureHandler.OnFailureRetryLater<>(RETRY), new DeadExecutionHandler.ReviveDeadExecution<>());
        this.store = store;
        this.memberLists = memberLists;
        this.decisions = decisions;
        this.communes = communes;
    }

    /** The batch as a task instance. */
    TaskInstance<Void> instance(long batchId) {
        return instance(Long.toString(batchId));
    }

    @Override
    public void executeOnce(TaskInstance<Void> instance, ExecutionContext context) {
        run(Long.parseLong(instance.getId()), context.getSchedulerState());
    }

    void run(long batchId, SchedulerState scheduler) {
        Batch batch = store.find(batchId).orElse(null);
        if (batch == null || batch.finished()) {
            return;
        }
        if (batch.status() == BatchStatus.RUNNING) {
            // Another run started it and did not finish: its instance stopped or died.
            store.restarted(batchId);
        }
        store.started(batchId);
        OutputFormat format = OutputFormat.fromExtension(batch.format()).orElseThrow();
        for (String commune : store.pending(batchId)) {
            if (scheduler.isShuttingDown()) {
                // Handed over: the failure reschedules the batch, and a running instance goes on with it.
                throw new IllegalStateException("Instance stopping; batch " + batchId + " handed over");
            }
            try {
                RenderedFile file = render(batch, commune, format);
                String name = commune + " - " + communes.findById(commune).orElseThrow().fullName() + " - " + file.fileName();
                if (!store.itemDone(batchId, commune, name, file.sha256(), file.bytes())) {
                    LOG.info("Batch {}: commune {} was already made by another run", batchId, commune);
                }
            } catch (RuntimeException e) {
                LOG.info("Batch {}: commune {} failed: {}", batchId, commune, e.getMessage());
                store.itemFailed(batchId, commune, reason(e));
            }
        }
        store.finished(batchId);
    }

    private RenderedFile render(Batch batch, String commune, OutputFormat format) {
        return switch (batch.kind()) {
            case MEMBER_LIST -> memberLists.commune(commune, MemberListForm.ofEdition(batch.layout()).orElseThrow(),
                    batch.mask(), format);
            case COMMUNE_TEAM_DECISION -> decisions.preview(commune, new NewDecision("commune-team", null, null, null), format);
            case VILLAGE_TEAMS_DECISION -> decisions.preview(commune, new NewDecision("village-teams", null, null, null), format);
        };
    }

    /** The Vietnamese reasons the services give, each problem on its own, without pointers. */
    private static String reason(RuntimeException e) {
        if (e instanceof InvalidRosterException invalid) {
            return String.join("; ", invalid.problems().stream().map(RosterProblem::message).toList());
        }
        if (e instanceof DocumentDataException data) {
            List<String> messages = data.problems().stream().map(FieldProblem::message).toList();
            return messages.isEmpty() ? data.getMessage() : String.join("; ", messages);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
