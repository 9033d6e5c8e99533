package vn.vanban.batches;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Deletes the batches that finished longer than {@code vanban.batches.retention} ago, with their files.
 * A recurring task of the job engine: its one row in {@code scheduled_tasks} is picked by one instance
 * of the fleet at each sweep. Only batch results go: a registered decision's stored file lives in the
 * register's own table and is never touched here.
 */
@Component
class BatchRetention extends RecurringTask<Void> {

    private static final Logger LOG = LoggerFactory.getLogger(BatchRetention.class);

    private final BatchStore store;
    private final BatchProperties properties;
    private final Clock clock;

    BatchRetention(BatchStore store, BatchProperties properties, Clock clock) {
        super("batch-retention", Schedules.fixedDelay(properties.sweep()), Void.class);
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void executeRecurringly(TaskInstance<Void> instance, ExecutionContext context) {
        sweep();
    }

    /** Returns how many batches were deleted. */
    int sweep() {
        int deleted = store.deleteFinishedBefore(clock.instant().minus(properties.retention()));
        if (deleted > 0) {
            LOG.info("Deleted {} batches finished more than {} ago", deleted, properties.retention());
        }
        return deleted;
    }
}
