package vn.vanban.batches;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.vanban.decisions.Decision;
import vn.vanban.decisions.draft.DecisionDrafts;
import vn.vanban.decisions.draft.NewDecision;
import vn.vanban.decisions.register.DecisionRegister;
import vn.vanban.generation.RenderedFile;
import vn.vanban.roster.Roster;
import vn.vanban.roster.RosterService;

/**
 * The retention sweep, run by the job engine as its recurring task (every second here), deletes a finished
 * batch older than {@code vanban.batches.retention} with its files, keeps a younger one and an unfinished
 * one whatever their age, and never touches a registered decision's stored files.
 */
@SpringBootTest(properties = {"vanban.warm-up=false", "vanban.batches.retention=3d", "vanban.batches.sweep=1s",
        "vanban.jobs.polling-interval=500ms"})
class BatchRetentionTest {

    @Autowired
    BatchStore store;
    @Autowired
    BatchRetention retention;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    RosterService rosters;
    @Autowired
    DecisionDrafts drafts;
    @Autowired
    DecisionRegister register;

    @Test
    void finishedBatchesPastTheirRetentionGoWithTheirFilesAndNothingElse() throws Exception {
        Roster roster = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build()
                .readValue(vn.vanban.api.RosterJson.roster(1, "ỦY BAN NHÂN DÂN PHƯỜNG HÀ TU"), Roster.class);
        rosters.replace("06652", roster, null);
        List<Decision> decisions = drafts.create("06652", new NewDecision("commune-team", null, null, null));
        decisions.forEach(d -> register.register(d.id(), LocalDate.now(clock)));
        int decisionFiles = count("decision_file");
        assertThat(decisionFiles).isPositive();

        long old = finishedBatch(Duration.ofDays(4));
        long young = finishedBatch(Duration.ofDays(2));
        long unfinished = store.create(new NewBatch("22", BatchKind.MEMBER_LIST, "docx", "2025", true), "2025", List.of("06652"));
        jdbc.sql("update batch set created_at = ? where id = ?")
                .params(Timestamp.from(clock.instant().minus(Duration.ofDays(30))), unfinished).update();

        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (store.find(old).isPresent()) {
            assertThat(Instant.now()).as("the scheduled sweep deleted the old batch").isBefore(deadline);
            Thread.sleep(200);
        }
        assertThat(jdbc.sql("select count(*) from batch_item where batch_id = ?").param(old).query(Integer.class).single()).isZero();
        assertThat(store.find(young)).isPresent();
        assertThat(store.items(young)).hasSize(1);
        assertThat(store.find(unfinished)).isPresent();
        assertThat(count("decision_file")).isEqualTo(decisionFiles);
        assertThat(retention.sweep()).as("nothing left to delete").isZero();
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'batch-retention'").query(Integer.class)
                .single()).as("one recurring instance, whichever instance runs it").isEqualTo(1);
    }

    private long finishedBatch(Duration age) {
        long id = store.create(new NewBatch("22", BatchKind.MEMBER_LIST, "docx", "2025", true), "2025", List.of("06652"));
        byte[] file = "a batch's file".getBytes(StandardCharsets.UTF_8);
        store.itemDone(id, "06652", "06652 - file.docx", RenderedFile.sha256(file), file);
        store.finished(id);
        jdbc.sql("update batch set finished_at = ? where id = ?").params(Timestamp.from(clock.instant().minus(age)), id).update();
        return id;
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }
}
