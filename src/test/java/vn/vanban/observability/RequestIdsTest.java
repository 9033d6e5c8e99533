package vn.vanban.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void aSaneIncomingIdIsKept() {
        assertThat(RequestIds.accept("4bf92f3577b34da6a3ce929d0e0e4736")).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(RequestIds.accept("lb-01:req.42_7")).isEqualTo("lb-01:req.42_7");
    }

    @Test
    void anythingElseIsReplacedByANewId() {
        for (String bad : new String[] {null, "", "a b", "x\r\nFAKE log line", "<script>", "-leading", "é", "a".repeat(65)}) {
            assertThat(RequestIds.accept(bad)).as(String.valueOf(bad)).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        }
        assertThat(RequestIds.accept(null)).isNotEqualTo(RequestIds.accept(null));
    }
}
