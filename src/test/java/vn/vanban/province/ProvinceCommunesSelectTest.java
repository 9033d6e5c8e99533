package vn.vanban.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The filter, search and order of the province's commune table, without a database. */
class ProvinceCommunesSelectTest {

    private static final List<CommuneStanding> COMMUNES = List.of(
            new CommuneStanding("21025", "Cẩm Thành", "Phường Cẩm Thành", "phường", CommuneState.DRAFT, 7, 0, 40, 0),
            new CommuneStanding("21548", "Lý Sơn", "Đặc khu Lý Sơn", "đặc khu", CommuneState.NONE, 0, 0, 0, 0),
            new CommuneStanding("16177", "Xuân Bình", "Xã Xuân Bình", "xã", CommuneState.ROSTER, 7, 6, 45, 1),
            new CommuneStanding("14797", "Hạc Thành", "Phường Hạc Thành", "phường", CommuneState.DECIDED, 7, 7, 45, 0),
            new CommuneStanding("16000", "An Nông", "Xã An Nông", "xã", CommuneState.NONE, 0, 0, 0, 0));

    private static List<String> codes(CommuneQuery query) {
        return ProvinceCommunes.select(COMMUNES, query).stream().map(CommuneStanding::code).toList();
    }

    @Test
    void searchIgnoresDiacriticsAndCaseAndFindsCodes() {
        assertThat(codes(new CommuneQuery("cam thanh", null, null, false))).containsExactly("21025");
        assertThat(codes(new CommuneQuery("dac khu", null, null, false))).containsExactly("21548");
        assertThat(codes(new CommuneQuery("XUÂN BÌNH", null, null, false))).containsExactly("16177");
        assertThat(codes(new CommuneQuery("161", null, null, false))).containsExactly("16177");
        assertThat(codes(new CommuneQuery("  ", null, null, false))).hasSize(5);
    }

    @Test
    void namesSortTheVietnameseWayWithoutTheirType() {
        // A before C, Đ-less "Hạc" between C and L; "Phường"/"Xã" do not count.
        assertThat(codes(CommuneQuery.ALL)).containsExactly("16000", "21025", "14797", "21548", "16177");
        assertThat(codes(new CommuneQuery(null, null, CommuneQuery.Sort.NAME, true)))
                .containsExactly("16177", "21548", "14797", "21025", "16000");
    }

    @Test
    void stateFiltersAndOrdersByProgressThenName() {
        assertThat(codes(new CommuneQuery(null, CommuneState.NONE, null, false))).containsExactly("16000", "21548");
        assertThat(codes(new CommuneQuery(null, null, CommuneQuery.Sort.STATE, true)))
                .containsExactly("14797", "21025", "16177", "16000", "21548");
    }

    @Test
    void countsSortLargestFirstWhenDescendingTiesByName() {
        assertThat(codes(new CommuneQuery(null, null, CommuneQuery.Sort.MEMBERS, true)))
                .containsExactly("14797", "16177", "21025", "16000", "21548");
        assertThat(codes(new CommuneQuery(null, null, CommuneQuery.Sort.TEAMS, false)))
                .containsExactly("16000", "21548", "21025", "14797", "16177");
    }

    @Test
    void theRegisterWinsOverDraftsAndDraftsOverTheRoster() {
        assertThat(ProvinceCommunes.state(true, 1, 1)).isEqualTo(CommuneState.DECIDED);
        assertThat(ProvinceCommunes.state(true, 1, 0)).isEqualTo(CommuneState.DRAFT);
        assertThat(ProvinceCommunes.state(true, 0, 0)).isEqualTo(CommuneState.ROSTER);
        assertThat(ProvinceCommunes.state(false, 0, 0)).isEqualTo(CommuneState.NONE);
    }
}
