package vn.vanban.roster.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanban.roster.Roster;
import vn.vanban.roster.Team;

/** The key property: a roster exported, read back and merged is the same roster, with nothing to confirm. */
class RosterSheetRoundTripTest {

    private static final Function<Team, String> DECISIONS = t -> t.decisionId() == null ? null
            : String.format("%02d/QĐ-UBND ngày 10/7/2025", t.decisionId());

    static Stream<Arguments> files() {
        return Stream.of(SheetLayout.values()).flatMap(layout -> Stream.of(false, true).flatMap(mask ->
                Stream.of("xlsx", "csv").map(format -> Arguments.of(layout, mask, format))));
    }

    @ParameterizedTest(name = "{0}, masked={1}, {2}")
    @MethodSource("files")
    void exportReadMergeChangesNothing(SheetLayout layout, boolean mask, String format) {
        Roster roster = SampleRosters.hacThanh();
        ExportOptions options = ExportOptions.of(layout).masked(mask).withDecisions(DECISIONS);
        byte[] file = format.equals("xlsx") ? TestWorkbooks.xlsx(roster, options) : TestWorkbooks.csv(roster, options);

        RosterSheet sheet = TestWorkbooks.read(file);
        RosterSheetMerge.Result result = new RosterSheetMerge().merge(roster, sheet, SampleRosters.COMMUNE);

        assertThat(sheet.layout()).isEqualTo(layout);
        assertThat(result.diff().added()).isEmpty();
        assertThat(result.diff().changed()).isEmpty();
        assertThat(result.diff().removed()).isEmpty();
        assertThat(result.diff().isEmpty()).isTrue();
        assertThat(result.roster()).isEqualTo(roster);
    }
}
