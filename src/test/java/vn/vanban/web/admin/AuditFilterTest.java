package vn.vanban.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanban.audit.AuditTrail;

class AuditFilterTest {

    private static AuditFilter filter(String from, String to, Integer page) {
        return new AuditFilter(" 16177 ", "", "canbo.16177", "", from, to, page);
    }

    @Test
    void datesAreWholeDaysInVietnamTheLastOneIncluded() {
        AuditTrail.Query q = filter("2025-08-01", "05/08/2025", 2).query();
        assertThat(q.from()).isEqualTo(Instant.parse("2025-07-31T17:00:00Z"));
        assertThat(q.to()).isEqualTo(Instant.parse("2025-08-05T17:00:00Z"));
        assertThat(q.commune()).isEqualTo("16177");
        assertThat(q.province()).isNull();
        assertThat(q.action()).isNull();
        assertThat(q.page()).isEqualTo(1);
        assertThat(q.size()).isEqualTo(AuditFilter.PAGE_SIZE);
    }

    @Test
    void aDateThatIsNoDateIsNamedAndLeftOutOfTheQuery() {
        AuditFilter f = filter("32/01/2025", "", null);
        assertThat(f.errors()).containsOnlyKeys("from");
        assertThat(f.query().from()).isNull();
        assertThat(f.fromValue()).as("shown again as typed").isEqualTo("32/01/2025");
        assertThat(filter("2025-08-01", "", null).fromValue()).as("shown as dd/MM/yyyy").isEqualTo("01/08/2025");
        assertThat(filter("1/8/2025", "", null).fromValue()).isEqualTo("01/08/2025");
        assertThat(filter("", "", -3).query().page()).isZero();
    }

    @Test
    void thePagerKeepsTheFiltersAndShowsPagesAroundThisOne() {
        AuditFilter f = new AuditFilter("", "", "key:Cổng dữ liệu", "key.create", "2025-08-01", "", 6);
        List<AuditFilter.PageLink> links = f.pager(AuditFilter.PAGE_SIZE * 10L + 1);
        assertThat(links).extracting(AuditFilter.PageLink::label)
                .containsExactly("« Trang trước", "1", "…", "4", "5", "6", "7", "8", "…", "11", "Trang sau »");
        assertThat(links).filteredOn(AuditFilter.PageLink::current).extracting(AuditFilter.PageLink::label).containsExactly("6");
        assertThat(links.get(0).href())
                .isEqualTo("/admin/audit?actor=key%3AC%E1%BB%95ng+d%E1%BB%AF+li%E1%BB%87u&action=key.create&from=2025-08-01&page=5");
        assertThat(new AuditFilter(null, null, null, null, null, null, null).pager(AuditFilter.PAGE_SIZE)).isEmpty();
        assertThat(new AuditFilter(null, null, null, null, null, null, 1).pager(AuditFilter.PAGE_SIZE + 1))
                .extracting(AuditFilter.PageLink::label).containsExactly("1", "2", "Trang sau »");
    }
}
