package vn.vanban.batches;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Batches and their items in the database: every step is committed as it happens, so a restart loses none. */
@Component
class BatchStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    BatchStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One finished item as it goes into the ZIP. */
    record Item(String communeCode, String communeName, String status, String fileName, String sha256, Long size,
                String reason) {
    }

    @Transactional
    long create(NewBatch request, String layout, List<String> communes) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into batch (province_code, kind, format, layout, mask, status, total, restarts, created_at) "
                        + "values (?, ?, ?, ?, ?, 'QUEUED', ?, 0, ?)")
                .params(request.province(), request.kind().name(), request.format(), layout, request.mask(), communes.size(),
                        Timestamp.from(clock.instant()))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (String commune : communes) {
            jdbc.sql("insert into batch_item (batch_id, commune_code, status) values (?, ?, 'PENDING')")
                    .params(id, commune).update();
        }
        return id;
    }

    Optional<Batch> find(long id) {
        return jdbc.sql("select id, province_code, kind, format, layout, mask, status, total, restarts, message, "
                        + "created_at, started_at, finished_at from batch where id = ?")
                .param(id)
                .query((rs, n) -> batch(rs, id))
                .optional();
    }

    /** The latest batches of a province, newest first, with their counts from one grouped query. */
    List<BatchOverview> list(String province, int limit) {
        return jdbc.sql("select b.id, b.kind, b.format, b.layout, b.mask, b.status, b.total, b.created_at, b.finished_at, "
                        + "coalesce(i.done, 0) as done, coalesce(i.failed, 0) as failed from batch b left join "
                        + "(select batch_id, sum(case when status = 'DONE' then 1 else 0 end) as done, "
                        + "sum(case when status = 'FAILED' then 1 else 0 end) as failed from batch_item "
                        + "where batch_id in (select id from batch where province_code = :province) group by batch_id) i "
                        + "on i.batch_id = b.id where b.province_code = :province order by b.id desc limit :limit")
                .param("province", province).param("limit", limit)
                .query((rs, n) -> new BatchOverview(rs.getLong("id"), BatchKind.valueOf(rs.getString("kind")),
                        rs.getString("format"), rs.getString("layout"), rs.getBoolean("mask"),
                        BatchStatus.valueOf(rs.getString("status")), rs.getInt("total"), rs.getInt("done"),
                        rs.getInt("failed"), instant(rs, "created_at"), instant(rs, "finished_at")))
                .list();
    }

    List<Long> unfinished() {
        return jdbc.sql("select id from batch where status <> 'DONE' order by id").query(Long.class).list();
    }

    List<String> pending(long id) {
        return jdbc.sql("select commune_code from batch_item where batch_id = ? and status = 'PENDING' order by commune_code")
                .param(id).query(String.class).list();
    }

    void started(long id) {
        jdbc.sql("update batch set status = 'RUNNING', started_at = coalesce(started_at, ?) where id = ?")
                .params(Timestamp.from(clock.instant()), id).update();
    }

    void restarted(long id) {
        jdbc.sql("update batch set restarts = restarts + 1, message = ? where id = ?")
                .params("Máy chủ làm đợt này đã dừng hoặc khởi động lại khi đợt chưa xong; đã tiếp tục từ xã còn lại", id)
                .update();
    }

    /**
     * Records a commune's file if the commune is still pending; false when another run recorded it first
     * (an instance taken for dead that still ran), whose file then stays the only one.
     */
    boolean itemDone(long id, String commune, String fileName, String sha256, byte[] content) {
        return jdbc.sql("update batch_item set status = 'DONE', file_name = ?, sha256 = ?, size = ?, content = ?, reason = null "
                        + "where batch_id = ? and commune_code = ? and status = 'PENDING'")
                .params(fileName, sha256, content.length, content, id, commune).update() == 1;
    }

    void itemFailed(long id, String commune, String reason) {
        String r = reason.length() > 2000 ? reason.substring(0, 1997) + "…" : reason;
        jdbc.sql("update batch_item set status = 'FAILED', reason = ? where batch_id = ? and commune_code = ? and status = 'PENDING'")
                .params(r, id, commune).update();
    }

    /** Done once no commune is pending: a run that stopped early leaves the batch running for the next. */
    void finished(long id) {
        jdbc.sql("update batch set status = 'DONE', finished_at = ? where id = ? and status <> 'DONE' and not exists "
                        + "(select 1 from batch_item where batch_id = ? and status = 'PENDING')")
                .params(Timestamp.from(clock.instant()), id, id).update();
    }

    /**
     * Deletes the batches finished before {@code cutoff}, their items (files) first; returns how many
     * batches. Unfinished batches are kept whatever their age.
     */
    @Transactional
    int deleteFinishedBefore(Instant cutoff) {
        Timestamp t = Timestamp.from(cutoff);
        jdbc.sql("delete from batch_item where batch_id in (select id from batch where status = 'DONE' and finished_at < ?)")
                .param(t).update();
        return jdbc.sql("delete from batch where status = 'DONE' and finished_at < ?").param(t).update();
    }

    /** The finished items in commune order, without their bytes. */
    List<Item> items(long id) {
        return jdbc.sql("select i.commune_code, c.full_name, i.status, i.file_name, i.sha256, i.size, i.reason "
                        + "from batch_item i join commune c on c.code = i.commune_code where i.batch_id = ? order by i.commune_code")
                .param(id)
                .query((rs, n) -> new Item(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), (Long) rs.getObject(6, Long.class), rs.getString(7)))
                .list();
    }

    /** One file's bytes, read when the ZIP reaches it, so that the whole batch is never in memory. */
    void content(long id, String commune, Consumer<byte[]> sink) {
        jdbc.sql("select content from batch_item where batch_id = ? and commune_code = ?").params(id, commune)
                .query((RowCallbackHandler) rs -> sink.accept(rs.getBytes(1)));
    }

    private Batch batch(ResultSet rs, long id) throws SQLException {
        List<Batch.Failure> failures = jdbc.sql("select i.commune_code, c.full_name, i.reason from batch_item i "
                        + "join commune c on c.code = i.commune_code where i.batch_id = ? and i.status = 'FAILED' order by i.commune_code")
                .param(id).query((r, n) -> new Batch.Failure(r.getString(1), r.getString(2), r.getString(3))).list();
        int done = jdbc.sql("select count(*) from batch_item where batch_id = ? and status = 'DONE'").param(id)
                .query(Integer.class).single();
        return new Batch(rs.getLong("id"), rs.getString("province_code"), BatchKind.valueOf(rs.getString("kind")),
                rs.getString("format"), rs.getString("layout"), rs.getBoolean("mask"), BatchStatus.valueOf(rs.getString("status")),
                rs.getInt("total"), done, failures.size(), rs.getInt("restarts"), rs.getString("message"),
                instant(rs, "created_at"), instant(rs, "started_at"), instant(rs, "finished_at"), failures);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
