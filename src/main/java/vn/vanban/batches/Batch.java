package vn.vanban.batches;

import java.time.Instant;
import java.util.List;

/**
 * A batch and its progress.
 *
 * @param total    communes of the province with a stored roster, one file each
 * @param done     communes finished with a file
 * @param failed   communes that could not be made, each with its reason in {@code failures}
 * @param restarts times the service restarted while the batch was unfinished and resumed it
 */
public record Batch(long id, String province, BatchKind kind, String format, String layout, boolean mask,
                    BatchStatus status, int total, int done, int failed, int restarts, String message,
                    Instant createdAt, Instant startedAt, Instant finishedAt, List<Failure> failures) {

    public record Failure(String commune, String communeName, String reason) {
    }

    public boolean finished() {
        return status == BatchStatus.DONE;
    }
}
