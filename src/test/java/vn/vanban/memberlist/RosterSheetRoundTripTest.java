package vn.vanban.memberlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanban.roster.Roster;
import vn.vanban.roster.Team;
import vn.vanban.roster.Village;
import vn.vanban.roster.form.MemberListForm;
import vn.vanban.roster.spreadsheet.CarriedEntries;
import vn.vanban.roster.spreadsheet.RosterSheet;
import vn.vanban.roster.spreadsheet.RosterSheetMerge;
import vn.vanban.roster.spreadsheet.RosterDiff;
import vn.vanban.roster.spreadsheet.RosterSheetReader;
import vn.vanban.roster.spreadsheet.SheetFormatException;
import vn.vanban.roster.spreadsheet.SheetProblem;
import vn.vanban.roster.spreadsheet.SampleRosters;

/**
 * The key property: a roster exported (here), read back and merged ({@code roster.spreadsheet}) is the same
 * roster, with nothing to confirm.
 */
class RosterSheetRoundTripTest {

    private static final Function<Team, String> DECISIONS = t -> t.decisionId() == null ? null
            : String.format("%02d/QĐ-UBND ngày 10/7/2025", t.decisionId());

    static Stream<Arguments> files() {
        return Stream.of(MemberListForm.values()).flatMap(form -> Stream.of(false, true).flatMap(mask ->
                Stream.of("xlsx", "csv").map(format -> Arguments.of(form, mask, format))));
    }

    @ParameterizedTest(name = "{0}, masked={1}, {2}")
    @MethodSource("files")
    void exportReadMergeChangesNothing(MemberListForm form, boolean mask, String format) {
        Roster roster = SampleRosters.hacThanh();
        byte[] file = format.equals("xlsx") ? SpreadsheetExports.xlsx(roster, form, mask, DECISIONS)
                : SpreadsheetExports.csv(roster, form, mask, DECISIONS);

        RosterSheet sheet = new RosterSheetReader().read(new ByteArrayInputStream(file));
        RosterSheetMerge.Result result = new RosterSheetMerge().merge(roster, sheet, SampleRosters.COMMUNE);

        assertThat(sheet.form()).isEqualTo(form);
        assertThat(result.diff().added()).isEmpty();
        assertThat(result.diff().changed()).isEmpty();
        assertThat(result.diff().removed()).isEmpty();
        assertThat(result.diff().isEmpty()).isTrue();
        assertThat(result.roster()).isEqualTo(roster);
    }

    /**
     * Into a roster that lost its teams, an exported workbook brings back every entry as it was: the commune
     * team as the commune team, seats named by position as seats (not people of that name), "Mời" and group
     * entries, keys, villages, the decision's order. Only what registration sets (decision, status) is not
     * the file's to say.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void anExportedWorkbookBringsBackEveryEntryIntoARosterWithoutThem(MemberListForm form) {
        Roster roster = SampleRosters.hacThanh();
        byte[] file = SpreadsheetExports.xlsxCarrying(roster, form, false, DECISIONS);
        Roster empty = new Roster(roster.communeCode(), roster.version(), roster.profile(), roster.villages(), List.of(),
                roster.updatedAt());

        RosterSheet sheet = new RosterSheetReader().read(new ByteArrayInputStream(file));
        Roster back = new RosterSheetMerge().merge(empty, sheet, SampleRosters.COMMUNE).roster();

        assertThat(back.teams()).hasSameSizeAs(roster.teams());
        for (int i = 0; i < roster.teams().size(); i++) {
            Team expected = roster.teams().get(i);
            Team actual = back.teams().get(i);
            assertThat(actual.withDecision(expected.decisionId(), expected.decidedMembers(), expected.status()))
                    .as(expected.name()).isEqualTo(expected);
        }
    }

    /** Where the hidden sheet is gone (a hand-made copy), the list is read as before; nothing fails. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void withoutItsHiddenSheetTheWorkbookIsReadAsTheFormAlone(MemberListForm form) {
        Roster roster = SampleRosters.hacThanh();
        RosterSheet carrying = new RosterSheetReader().read(new ByteArrayInputStream(
                SpreadsheetExports.xlsxCarrying(roster, form, false, DECISIONS)));
        RosterSheet plain = new RosterSheetReader().read(new ByteArrayInputStream(
                SpreadsheetExports.xlsx(roster, form, false, DECISIONS)));

        assertThat(carrying.teams()).isEqualTo(plain.teams());
        assertThat(new RosterSheetMerge().merge(roster, carrying, SampleRosters.COMMUNE).diff().isEmpty()).isTrue();
    }

    /** The hidden sheet is a valid part of the package, as a spreadsheet library opens it, and stays out of sight. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void theHiddenSheetOpensAsAVeryHiddenSecondSheet(MemberListForm form) throws Exception {
        byte[] file = SpreadsheetExports.xlsxCarrying(SampleRosters.hacThanh(), form, false, DECISIONS);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            assertThat(book.getSheetName(1)).isEqualTo(CarriedEntries.SHEET);
            assertThat(book.getSheetVisibility(1)).isEqualTo(SheetVisibility.VERY_HIDDEN);
            assertThat(book.getSheetVisibility(0)).isEqualTo(SheetVisibility.VISIBLE);
            assertThat(book.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).isEqualTo(CarriedEntries.HEADER);
        }
    }

    /** {@code roster} with {@code key}'s village merged into {@code into} (null: removed outright). */
    private static Roster withVillageEnded(Roster roster, String key, String into) {
        List<Village> villages = roster.villages().stream()
                .map(v -> v.key().equals(key) ? new Village(v.key(), v.kind(), v.name(), false, into) : v).toList();
        return new Roster(roster.communeCode(), roster.version(), roster.profile(), villages, roster.teams(), roster.updatedAt());
    }

    /**
     * A village merged into another travels in the hidden sheet: the workbook read back into the roster it
     * came from changes nothing, and into a copy that still has the village as a unit (or no villages at all)
     * it brings the merge back, as a change the clerk confirms.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void aVillagesMergeTravelsInTheWorkbookBothWays(MemberListForm form) {
        Roster merged = withVillageEnded(SampleRosters.hacThanh(), "kp3", "kp2");
        byte[] file = SpreadsheetExports.xlsxCarrying(merged, form, false, DECISIONS);
        RosterSheet sheet = new RosterSheetReader().read(new ByteArrayInputStream(file));

        RosterSheetMerge.Result same = new RosterSheetMerge().merge(merged, sheet, SampleRosters.COMMUNE);
        assertThat(same.diff().isEmpty()).isTrue();
        assertThat(same.roster()).isEqualTo(merged);

        RosterSheetMerge.Result back = new RosterSheetMerge().merge(SampleRosters.hacThanh(), sheet, SampleRosters.COMMUNE);
        assertThat(back.roster().villages()).isEqualTo(merged.villages());
        assertThat(back.diff().changed()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(RosterDiff.Kind.VILLAGE);
            assertThat(e.team()).isEqualTo("khu phố KP3");
            assertThat(e.changes()).containsExactly(new RosterDiff.FieldChange("Tình trạng", "Đang là đơn vị",
                    "Sáp nhập vào khu phố KP2"));
        });

        Roster noVillages = new Roster(merged.communeCode(), merged.version(), merged.profile(), List.of(), merged.teams(),
                merged.updatedAt());
        assertThat(new RosterSheetMerge().merge(noVillages, sheet, SampleRosters.COMMUNE).roster().villages())
                .isEqualTo(merged.villages());

        // Another roster whose "kp3" is another village: the sheet's merge is not its to apply.
        Roster other = new Roster(merged.communeCode(), merged.version(), merged.profile(), SampleRosters.hacThanh().villages()
                .stream().map(v -> v.key().equals("kp3") ? new Village("kp3", "khu phố", "Đông Sơn", true) : v).toList(),
                merged.teams(), merged.updatedAt());
        RosterSheetMerge.Result foreign = new RosterSheetMerge().merge(other, sheet, SampleRosters.COMMUNE);
        assertThat(foreign.roster().villages()).isEqualTo(other.villages());
        assertThat(foreign.diff().changed()).noneMatch(e -> e.kind() == RosterDiff.Kind.VILLAGE);
    }

    /**
     * A hidden sheet whose village is merged into one the commune does not have is refused at that row and
     * column, in Vietnamese, before anything changes; the roster keeps its villages.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void aMergeIntoAnUnknownVillageIsRefusedAtItsRow(MemberListForm form) {
        Roster roster = SampleRosters.hacThanh();
        byte[] file = SpreadsheetExports.xlsxCarrying(withVillageEnded(roster, "kp3", "kp99"), form, false, DECISIONS);
        RosterSheet sheet = new RosterSheetReader().read(new ByteArrayInputStream(file));

        SheetFormatException refused = catchThrowableOfType(SheetFormatException.class,
                () -> new RosterSheetMerge().merge(roster, sheet, SampleRosters.COMMUNE));
        assertThat(refused).isNotNull();
        SheetProblem problem = refused.problems().get(0);
        assertThat(refused.problems()).hasSize(1);
        assertThat(problem.row()).as("the header, then kp1, kp2, kp3").isEqualTo(4);
        assertThat(problem.column()).isEqualTo("W");
        assertThat(problem.message()).contains("khu phố KP3").contains("kp99").contains("không phải một thôn, ấp, khu phố");
        assertThat(roster.villages()).allMatch(Village::active);
    }

    static Stream<MemberListForm> forms() {
        return Stream.of(MemberListForm.values());
    }
}
