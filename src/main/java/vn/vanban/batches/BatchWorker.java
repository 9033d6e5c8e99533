package vn.vanban.batches;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
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
 * Works through batches one commune at a time on one background thread: rendering is CPU-bound and
 * the machine has two cores, one of which stays with the requests. A commune that fails is recorded
 * with its reason and the batch goes on.
 */
@Component
class BatchWorker implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(BatchWorker.class);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "vanban-batch");
        t.setDaemon(true);
        return t;
    });
    private final BatchStore store;
    private final MemberLists memberLists;
    private final DecisionDrafts decisions;
    private final CommuneRepository communes;

    BatchWorker(BatchStore store, MemberLists memberLists, DecisionDrafts decisions, CommuneRepository communes) {
        this.store = store;
        this.memberLists = memberLists;
        this.decisions = decisions;
        this.communes = communes;
    }

    void submit(long batchId) {
        executor.submit(() -> run(batchId));
    }

    private void run(long batchId) {
        Batch batch = store.find(batchId).orElse(null);
        if (batch == null || batch.finished()) {
            return;
        }
        store.started(batchId);
        OutputFormat format = OutputFormat.fromExtension(batch.format()).orElseThrow();
        for (String commune : store.pending(batchId)) {
            try {
                RenderedFile file = render(batch, commune, format);
                String name = commune + " - " + communes.findById(commune).orElseThrow().fullName() + " - " + file.fileName();
                store.itemDone(batchId, commune, name, file.sha256(), file.bytes());
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

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
