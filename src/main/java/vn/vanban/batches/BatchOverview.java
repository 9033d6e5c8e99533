package vn.vanban.batches;

import java.time.Instant;

/** A batch as a list of batches shows it: what it makes and how far it got, without its failures' reasons. */
public record BatchOverview(long id, BatchKind kind, String format, String layout, boolean mask, BatchStatus status,
                            int total, int done, int failed, Instant createdAt, Instant finishedAt) {
}
