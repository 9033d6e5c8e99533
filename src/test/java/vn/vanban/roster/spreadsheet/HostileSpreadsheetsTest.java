package vn.vanban.roster.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static vn.vanban.roster.spreadsheet.HostileWorkbooks.inline;
import static vn.vanban.roster.spreadsheet.HostileWorkbooks.repeat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanban.limits.SpreadsheetLimits;

/**
 * Files made to cost far more than their size: each class of them is refused with the limit that bounds
 * it, under the default limits and the default body size. (A CSV's text is no longer than its bytes, so
 * its total stays under the character limit; its fields and cells are what can run away.) The timeout only guards against a hang (the
 * answer comes back in well under a second on an idle machine); it is not a performance assertion.
 */
@Tag("slow")
class HostileSpreadsheetsTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(90);
    private static final SpreadsheetLimits LIMITS = SpreadsheetLimits.defaults();
    private static final String PREFIX = "vanban.limits.spreadsheet.";
    /** The body limit of the service: every file here is smaller. */
    private static final int MAX_BYTES = 2_000_000;

    private static Throwable read(byte[] file) {
        assertThat(file.length).as("the hostile file stays under the body limit").isLessThan(MAX_BYTES);
        return assertTimeoutPreemptively(HANG_GUARD, () ->
                catchThrowable(() -> new RosterSheetReader(5000, MAX_BYTES, LIMITS).read(new ByteArrayInputStream(file))));
    }

    private static String csv(String body) {
        return "Tên Tổ,Họ tên,Chức vụ,Số điện thoại\r\n" + body;
    }

    static Stream<Arguments> tooLarge() {
        return Stream.of(
                // Hundreds of thousands of cells showing one long shared string: decoded once per cell.
                Arguments.of("one long shared string shown by every cell", (Supplier<byte[]>) () -> new HostileWorkbooks()
                        .sharedStrings(out -> out.write("<si><t>" + "Tổ ".repeat(1300) + "</t></si>"))
                        .sheet(out -> {
                            for (int r = 2; r < 100_000; r++) {
                                out.write("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"s\"><v>0</v></c></row>");
                            }
                        }).bytes(), "max-total-chars"),
                Arguments.of("a shared string of millions of characters", (Supplier<byte[]>) () -> new HostileWorkbooks()
                        .sharedStrings(out -> {
                            out.write("<si><t>");
                            repeat(out, "Nguyễn Văn A ", 1_000_000);
                            out.write("</t></si>");
                        }).sheet(out -> out.write("<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>")).bytes(), "max-cell-chars"),
                Arguments.of("shared strings by the million", (Supplier<byte[]>) () -> new HostileWorkbooks()
                        .sharedStrings(out -> repeat(out, "<si><t>a</t></si>", 1_000_000))
                        .sheet(out -> { }).bytes(), "max-cells"),
                Arguments.of("an inline string of millions of characters", (Supplier<byte[]>) () -> new HostileWorkbooks()
                        .sheet(out -> {
                            out.write("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>");
                            repeat(out, "ĐƯỜNG ", 2_000_000);
                            out.write("</t></is></c></row>");
                        }).bytes(), "max-cell-chars"),
                Arguments.of("a number of millions of digits", (Supplier<byte[]>) () -> new HostileWorkbooks()
                        .sheet(out -> {
                            out.write("<row r=\"2\"><c r=\"D2\"><v>");
                            repeat(out, "9", 5_000_000);
                            out.write("</v></c></row>");
                        }).bytes(), "max-cell-chars"),
                Arguments.of("TCVN3 text in every cell, each under the cell limit", (Supplier<byte[]>) () -> new HostileWorkbooks()
                        .sheet(out -> {
                            String tcvn3 = "Tæ c«ng nghÖ sè ".repeat(240);
                            for (int r = 2; r < 3000; r++) {
                                out.write("<row r=\"" + r + "\">" + inline("A" + r, tcvn3) + inline("B" + r, tcvn3) + "</row>");
                            }
                        }).bytes(), "max-total-chars"),
                Arguments.of("empty cells by the million", (Supplier<byte[]>) () -> new HostileWorkbooks()
                        .sheet(out -> {
                            out.write("<row r=\"2\">");
                            repeat(out, "<c/>", 1_000_000);
                            out.write("</row>");
                        }).bytes(), "max-cells"),
                // Past the part limit is as far as the reader ever gets: a gigabyte would only make the test slow.
                Arguments.of("a sheet inflating far beyond any list", (Supplier<byte[]>) () -> new HostileWorkbooks()
                        .sheet(out -> repeat(out, " ".repeat(1 << 20), 40)).bytes(), "max-part-bytes"),
                Arguments.of("parts that inflate beyond the total together", (Supplier<byte[]>) () -> new HostileWorkbooks()
                        .part("xl/styles.xml", out -> {
                            out.write("<styleSheet>");
                            repeat(out, " ".repeat(1 << 20), 30);
                            out.write("</styleSheet>");
                        })
                        .sharedStrings(out -> repeat(out, " ".repeat(1 << 20), 30))
                        .sheet(out -> repeat(out, " ".repeat(1 << 20), 30)).bytes(), "max-inflated-bytes"),
                Arguments.of("elements nested a million deep", (Supplier<byte[]>) () -> new HostileWorkbooks()
                        .sheet(out -> {
                            repeat(out, "<x>", 1_000_000);
                            repeat(out, "</x>", 1_000_000);
                        }).bytes(), "max-xml-depth"),
                Arguments.of("a zip of thousands of entries", (Supplier<byte[]>) () -> {
                    HostileWorkbooks workbook = new HostileWorkbooks().sheet(out -> { });
                    for (int i = 0; i < 5000; i++) {
                        workbook.text("xl/media/junk" + i + ".bin", "");
                    }
                    return workbook.bytes();
                }, "max-parts"),
                Arguments.of("relationships by the hundred thousand", (Supplier<byte[]>) () -> new HostileWorkbooks()
                        .part("xl/_rels/workbook.xml.rels", out -> {
                            out.write("<Relationships>");
                            for (int i = 0; i < 100_000; i++) {
                                out.write("<Relationship Id=\"r" + i + "\" Type=\"t" + i + "\" Target=\"x" + i + "\"/>");
                            }
                            out.write("</Relationships>");
                        }).sheet(out -> { }).bytes(), "max-parts"),
                Arguments.of("a CSV line of a million commas", (Supplier<byte[]>) () ->
                        csv("Tổ 1,An,Tổ viên" + ",".repeat(1_000_000) + "x\r\n").getBytes(StandardCharsets.UTF_8), "max-fields"),
                Arguments.of("a CSV quote never closed", (Supplier<byte[]>) () ->
                        csv("Tổ 1,\"An" + ",Tổ viên,0912345678\r\n".repeat(60_000)).getBytes(StandardCharsets.UTF_8), "max-cell-chars"),
                Arguments.of("a CSV line without delimiters", (Supplier<byte[]>) () ->
                        csv("x".repeat(1_500_000)).getBytes(StandardCharsets.UTF_8), "max-cell-chars"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tooLarge")
    void aFileCostingMoreThanTheFormCanHoldIsRefusedNamingTheLimit(String what, Supplier<byte[]> file, String limit) {
        Throwable refused = read(file.get());

        assertThat(refused).as(what).isInstanceOf(SpreadsheetTooLargeException.class);
        SpreadsheetTooLargeException e = (SpreadsheetTooLargeException) refused;
        assertThat(e.setting()).isEqualTo(PREFIX + limit);
        assertThat(e.type().status()).isEqualTo(413);
        assertThat(e.properties()).containsEntry("limit", PREFIX + limit);
        assertThat(e.getMessage()).doesNotContain("Exception").matches(".*\\p{InLatin_Extended_Additional}.*");
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("entities expanding a billion times", (Supplier<byte[]>) () -> new HostileWorkbooks()
                        .part("xl/worksheets/sheet1.xml", out -> {
                            out.write("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
                            String previous = "lol";
                            for (int i = 1; i <= 9; i++) {
                                out.write("<!ENTITY lol" + i + " \"" + ("&" + previous + ";").repeat(10) + "\">");
                                previous = "lol" + i;
                            }
                            out.write("]><worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>&lol9;</t></is></c></row>"
                                    + "</sheetData></worksheet>");
                        }).bytes()),
                Arguments.of("an external entity", (Supplier<byte[]>) () -> new HostileWorkbooks()
                        .part("xl/worksheets/sheet1.xml", out -> out.write("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM "
                                + "\"file:///etc/passwd\">]><worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>&e;</t>"
                                + "</is></c></row></sheetData></worksheet>")).bytes()),
                Arguments.of("a row number past any sheet", (Supplier<byte[]>) () -> new HostileWorkbooks()
                        .sheet(out -> out.write("<row r=\"99999999999999\">" + inline("A2", "Tổ 1") + "</row>")).bytes()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void aMalformedPackageIsAProblemOfTheFile(String what, Supplier<byte[]> file) {
        Throwable refused = read(file.get());

        assertThat(refused).as(what).isInstanceOf(SheetFormatException.class);
        assertThat(((SheetFormatException) refused).problems()).isNotEmpty();
        assertThat(refused.getMessage()).doesNotContain("root:").doesNotContain("Exception");
    }

    @Test
    void cellsFarToTheRightAndNumbersFarTooLongAreReadWithoutBlowingUp() {
        byte[] file = new HostileWorkbooks().sheet(out -> out.write("<row r=\"2\">" + inline("A2", "Tổ 1") + inline("B2", "Lê An")
                + inline("C2", "Tổ viên") + "<c r=\"D2\"><v>1E999999999</v></c>"
                + inline("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2", "lạc chỗ")
                + inline("XFD2", "cột cuối") + "</row>")).bytes();

        Throwable result = read(file);

        // A phone of "1E999999999" is the checks' business; reading it must not write out a billion digits.
        assertThat(result).isNull();
        RosterSheet sheet = new RosterSheetReader(5000, MAX_BYTES, LIMITS).read(new ByteArrayInputStream(file));
        assertThat(sheet.teams().get(0).members().get(0).phone()).isEqualTo("1E999999999");
    }

    @Test
    void aWorkbookOfManySheetsIsReadFromItsFirst() {
        byte[] file = new HostileWorkbooks()
                .part("xl/workbook.xml", out -> {
                    out.write("<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
                    for (int i = 1; i <= 200_000; i++) {
                        out.write("<sheet name=\"S" + i + "\" sheetId=\"" + i + "\" r:id=\"rId1\"/>");
                    }
                    out.write("</sheets></workbook>");
                })
                .sheet(out -> out.write("<row r=\"2\">" + inline("A2", "Tổ 1") + inline("B2", "Lê An") + inline("C2", "Tổ viên") + "</row>"))
                .bytes();

        assertThat(read(file)).isNull();
    }

    @Test
    void aFileWithinTheLimitsIsRead() {
        byte[] file = new HostileWorkbooks()
                .sharedStrings(out -> out.write("<si><t>Tổ công nghệ số thôn Đông</t></si>"))
                .sheet(out -> {
                    for (int r = 2; r < 5000; r++) {
                        out.write("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"s\"><v>0</v></c>" + inline("B" + r, "Người " + r)
                                + inline("C" + r, "Tổ viên") + "</row>");
                    }
                }).bytes();

        assertThat(read(file)).isNull();
    }
}
