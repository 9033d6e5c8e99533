package vn.vanban.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanban.api.ApiClient.json;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Writes that race: without If-Match the last write wins (each write applies to the version current when
 * it runs, none is refused), with a stale If-Match exactly the losers get 412, and a delete racing a
 * registration ends as one of the two with a 409 for the other, never a 500 and never both.
 */
@Tag("slow")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vanban.warm-up=false")
class ConcurrentWritesApiTest {

    private static final String COMMUNE = "06076";
    private static final String IF_MATCH_COMMUNE = "06085";
    private static final String REGISTER_COMMUNE = "06079";
    /** A roster that can make a decision: the profile names who executes it. */
    private static final String DECIDABLE = RosterApiTest.ROSTER.replace("\"archive\": \"VT, VHXH\"",
            "\"archive\": \"VT, VHXH\", \"executors\": \"Văn phòng HĐND và UBND xã, các ấp\", "
                    + "\"proposedBy\": \"Trưởng phòng Văn hóa - Xã hội\"");
    private static final int WRITERS = 8;

    @LocalServerPort
    int port;

    private List<HttpResponse<String>> atOnce(List<Callable<HttpResponse<String>>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (Callable<HttpResponse<String>> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long version(HttpResponse<?> r) {
        return Long.parseLong(r.headers().firstValue("ETag").orElseThrow().replace("\"", ""));
    }

    @Test
    void concurrentWritesWithoutIfMatchAllSucceedOneAfterTheOther() throws Exception {
        ApiClient api = new ApiClient(port);
        HttpResponse<String> first = api.send("PUT", "/api/v1/communes/" + COMMUNE + "/roster", RosterApiTest.ROSTER);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        long before = version(first);
        for (int round = 0; round < 3; round++) {
            List<Callable<HttpResponse<String>>> writes = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                String name = "Thôn " + round + "-" + i;
                writes.add(() -> api.send("POST", "/api/v1/communes/" + COMMUNE + "/villages",
                        "{\"kind\": \"thôn\", \"name\": \"" + name + "\"}"));
            }
            for (HttpResponse<String> r : atOnce(writes)) {
                assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            }
        }
        HttpResponse<String> after = api.get("/api/v1/communes/" + COMMUNE + "/roster");
        assertThat(version(after)).isEqualTo(before + 3 * WRITERS);
        assertThat(json(after).path("villages").size()).isEqualTo(2 + 3 * WRITERS);
    }

    @Test
    void concurrentWritesWithTheSameIfMatchLetExactlyOneThrough() throws Exception {
        ApiClient api = new ApiClient(port);
        HttpResponse<String> current = api.send("PUT", "/api/v1/communes/" + IF_MATCH_COMMUNE + "/roster", RosterApiTest.ROSTER);
        assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
        String etag = current.headers().firstValue("ETag").orElseThrow();
        List<Callable<HttpResponse<String>>> writes = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            String name = "Ấp " + i;
            writes.add(() -> api.send("POST", "/api/v1/communes/" + IF_MATCH_COMMUNE + "/villages",
                    "{\"kind\": \"ấp\", \"name\": \"" + name + "\"}", "If-Match", etag));
        }
        List<Integer> statuses = atOnce(writes).stream().map(HttpResponse::statusCode).toList();
        assertThat(statuses).containsOnly(201, 412);
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
    }

    @Test
    void aDeleteRacingARegistrationLeavesOneOfThemAndA409ForTheOther() throws Exception {
        ApiClient api = new ApiClient(port);
        HttpResponse<String> roster = api.send("PUT", "/api/v1/communes/" + REGISTER_COMMUNE + "/roster", DECIDABLE);
        assertThat(roster.statusCode()).as(roster.body()).isEqualTo(200);
        for (int round = 0; round < 6; round++) {
            HttpResponse<String> made = api.send("POST", "/api/v1/communes/" + REGISTER_COMMUNE + "/decisions",
                    api.draftRequest(REGISTER_COMMUNE));
            assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
            long id = json(made).get(0).path("id").asLong();
            List<HttpResponse<String>> answers = atOnce(List.of(
                    () -> api.send("POST", "/api/v1/decisions/" + id + "/registration", null),
                    () -> api.send("DELETE", "/api/v1/decisions/" + id, null)));
            int registered = answers.get(0).statusCode();
            int deleted = answers.get(1).statusCode();
            assertThat(registered).as(answers.get(0).body()).isIn(200, 201, 404, 409);
            assertThat(deleted).as(answers.get(1).body()).isIn(204, 409);
            HttpResponse<String> after = api.get("/api/v1/decisions/" + id);
            if (deleted == 204) {
                assertThat(registered).isIn(404, 409);
                assertThat(after.statusCode()).isEqualTo(404);
            } else {
                assertThat(registered).isIn(200, 201);
                assertThat(json(after).path("status").asString()).isEqualTo("registered");
            }
        }
    }
}
