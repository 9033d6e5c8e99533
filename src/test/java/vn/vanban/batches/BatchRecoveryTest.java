package vn.vanban.batches;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.vanban.roster.Roster;
import vn.vanban.roster.RosterService;

/**
 * A batch the process left half done (RUNNING, one commune finished, one pending) is taken up again on
 * start-up: the finished commune is kept as it was, the pending one is made, and the restart is recorded.
 */
@SpringBootTest(properties = "vanban.warm-up=false")
class BatchRecoveryTest {

    @Autowired
    BatchStore store;
    @Autowired
    BatchService batches;
    @Autowired
    RosterService rosters;

    @Test
    void anUnfinishedBatchResumesFromWhereItStopped() throws Exception {
        Roster roster = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build().readValue(vn.vanban.api.RosterJson.roster(1, "ỦY BAN NHÂN DÂN PHƯỜNG HÀ TU"), Roster.class);
        rosters.replace("06652", roster, null);
        rosters.replace("06658", roster, null);
        long id = store.create(new NewBatch("22", BatchKind.MEMBER_LIST, "docx", "2025", true), "2025",
                List.of("06652", "06658"));
        store.started(id);
        byte[] earlier = "made before the crash".getBytes(StandardCharsets.UTF_8);
        store.itemDone(id, "06652", "06652 - earlier.docx", vn.vanban.generation.RenderedFile.sha256(earlier), earlier);

        assertThat(batches.resumeUnfinished()).isGreaterThanOrEqualTo(1);

        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        Batch batch = batches.get(id);
        while (!batch.finished() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            batch = batches.get(id);
        }
        assertThat(batch.status()).isEqualTo(BatchStatus.DONE);
        assertThat(batch.done()).isEqualTo(2);
        assertThat(batch.restarts()).isEqualTo(1);
        assertThat(batch.message()).contains("khởi động lại");
        AtomicReference<byte[]> first = new AtomicReference<>();
        AtomicReference<byte[]> second = new AtomicReference<>();
        store.content(id, "06652", first::set);
        store.content(id, "06658", second::set);
        assertThat(first.get()).isEqualTo(earlier);
        assertThat(new String(second.get(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }
}
