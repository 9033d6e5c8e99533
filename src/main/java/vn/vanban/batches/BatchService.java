package vn.vanban.batches;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.vanban.render.OutputFormat;
import vn.vanban.roster.form.MemberListForm;
import vn.vanban.roster.InvalidRosterException;
import vn.vanban.roster.RosterProblem;
import vn.vanban.reference.ProvinceRepository;
import vn.vanban.reference.UnknownProvinceException;
import vn.vanban.security.AccessPolicy;

/**
 * Province-wide batches: one file per commune that has a stored roster, made by the job engine
 * ({@link BatchWorker}) on whichever instance picks the batch up. On start-up every unfinished batch
 * without a task (one made by a version before the job engine) is given one.
 */
@Service
public class BatchService implements ApplicationRunner {

    private final BatchStore store;
    private final BatchWorker worker;
    private final ProvinceRepository provinces;
    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final SchedulerClient scheduler;

    BatchService(BatchStore store, BatchWorker worker, ProvinceRepository provinces, JdbcClient jdbc, AccessPolicy access,
                 SchedulerClient scheduler) {
        this.access = access;
        this.scheduler = scheduler;
        this.store = store;
        this.worker = worker;
        this.provinces = provinces;
        this.jdbc = jdbc;
    }

    public Batch submit(NewBatch request) {
        List<RosterProblem> problems = new ArrayList<>();
        if (request.province() == null || !provinces.existsById(request.province())) {
            throw new UnknownProvinceException(String.valueOf(request.province()));
        }
        access.requireProvinceWrite(request.province());
        if (request.kind() == null) {
            problems.add(new RosterProblem("/kind", "Thiếu loại văn bản: member-list, commune-team-decision hoặc village-teams-decision"));
        }
        if (request.format() == null || OutputFormat.fromExtension(request.format()).filter(OutputFormat.DOCUMENTS::contains).isEmpty()) {
            problems.add(new RosterProblem("/format", "Định dạng phải là pdf hoặc docx"));
        }
        String layout = request.layout() == null ? "2025" : request.layout();
        if (MemberListForm.ofEdition(layout).isEmpty()) {
            problems.add(new RosterProblem("/layout", "layout phải là 2022 hoặc 2025"));
        }
        List<String> communes = jdbc.sql("select r.commune_code from roster r join commune c on c.code = r.commune_code "
                + "where c.province_code = ? order by r.commune_code").param(request.province()).query(String.class).list();
        if (communes.isEmpty()) {
            problems.add(new RosterProblem("/province", "Chưa xã, phường, đặc khu nào của tỉnh này có danh sách tổ trong hệ thống"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRosterException("Không lập được đợt văn bản", problems);
        }
        long id = store.create(request, layout, communes);
        scheduler.scheduleIfNotExists(worker.instance(id), Instant.now());
        return get(id);
    }

    public Batch get(long id) {
        // A batch of a province outside the caller's scope is answered as an unknown one.
        return store.find(id).filter(b -> access.canSeeProvince(b.province())).orElseThrow(() -> new BatchNotFoundException(id));
    }

    /** The province's latest batches (at most {@code limit}), newest first. */
    public List<BatchOverview> list(String province, int limit) {
        if (province == null || !provinces.existsById(province)) {
            throw new UnknownProvinceException(String.valueOf(province));
        }
        access.requireProvinceRead(province);
        return store.list(province, limit);
    }

    /** Streams the result; only a finished batch has one. */
    public void writeZip(long id, OutputStream out) throws IOException {
        BatchZip.write(id, store, out);
    }

    @Override
    public void run(ApplicationArguments args) {
        resumeUnfinished();
    }

    /**
     * Gives every unfinished batch that has no task one; returns how many. Idempotent across the fleet: a
     * batch that has its task (waiting, running, or held by a dead instance until it is revived) keeps it.
     */
    public int resumeUnfinished() {
        int scheduled = 0;
        for (long id : store.unfinished()) {
            if (scheduler.scheduleIfNotExists(worker.instance(id), Instant.now())) {
                scheduled++;
            }
        }
        return scheduled;
    }
}
