package vn.vanban.memberlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanban.document.TableCell;
import vn.vanban.document.TableRow;
import vn.vanban.roster.Role;

class MemberListTableRowsTest {

    private static MemberListRow row(String commune, String team, String name) {
        return new MemberListRow(commune, "Xã " + commune, team, "", name, Role.MEMBER, "0912345678", null);
    }

    private static List<TableRow> rows(String layout, MemberListRow... members) {
        List<TableRow> out = new ArrayList<>();
        new MemberListTableRows(List.of(members).iterator(),
                new MemberListCells(new MemberListRequest(layout, false, null, null))).forEachRemaining(out::add);
        return out;
    }

    @Test
    void oneCommuneHasNoCongRowAndATongRowOnlyIn2025() {
        MemberListRow a = row("10001", "Tổ 1", "An");
        MemberListRow b = row("10001", "Tổ 2", "Bình");
        assertThat(rows("2022", a, b)).extracting(TableRow::kind).containsExactly(TableRow.Kind.BODY, TableRow.Kind.BODY);
        assertThat(rows("2025", a, b)).extracting(TableRow::kind)
                .containsExactly(TableRow.Kind.BODY, TableRow.Kind.BODY, TableRow.Kind.TOTAL);
    }

    @Test
    void groupsMergeDownUntilTheirNameChanges() {
        List<TableRow> rows = rows("2025", row("10001", "Tổ 1", "An"), row("10001", "Tổ 1", "Bình"),
                row("10001", "Tổ 2", "Chi"));
        assertThat(rows.get(0).cells()).extracting(TableCell::mergedUp).containsOnly(false);
        assertThat(rows.get(1).cells()).extracting(TableCell::mergedUp)
                .containsExactly(true, true, true, true, false, false, false, false);
        assertThat(rows.get(2).cells()).extracting(TableCell::mergedUp)
                .containsExactly(true, true, false, false, false, false, false, false);
        assertThat(rows.get(3).cells().get(4).text()).isEqualTo("3 thành viên");
    }

    @Test
    void anEmptyListIsATongRowOfNobodyIn2025AndNothingIn2022() {
        assertThat(rows("2022")).isEmpty();
        assertThat(rows("2025")).singleElement().satisfies(r -> assertThat(r.cells().get(2).text()).isEqualTo("0 tổ"));
    }

    @Test
    void rowsOutOfOrderAreRefusedRatherThanPrintedTwice() {
        assertThatThrownBy(() -> rows("2025", row("10001", "Tổ 1", "An"), row("10002", "Tổ 1", "Bình"),
                row("10001", "Tổ 2", "Chi")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("commune 10001");
        assertThatThrownBy(() -> rows("2025", row("10001", "Tổ 1", "An"), row("10001", "Tổ 2", "Bình"),
                row("10001", "Tổ 1", "Chi")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("team Tổ 1");
    }

    @Test
    void masksPhonesWhenAsked() {
        List<TableRow> rows = new ArrayList<>();
        new MemberListTableRows(List.of(row("10001", "Tổ 1", "An")).iterator(),
                new MemberListCells(new MemberListRequest("2025", true, null, null))).forEachRemaining(rows::add);
        assertThat(rows.get(0).cells().get(6).text()).isEqualTo("0912345***");
    }

    @Test
    void anUnknownLayoutIsRefused() {
        assertThatThrownBy(() -> new MemberListRequest("2024", false, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
