package vn.vanban.memberlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.vanban.render.OutputFormat;

/**
 * 100,000 members go through in a JVM of its own capped at 256 MiB, as the streamed list must in
 * production: {@link SyntheticProvinceList} in a child process, then the file read back as a stream (it is
 * far larger than the cap unzipped) and its rows counted. No time is asserted.
 */
@Tag("slow")
class StreamedMemberListHeapTest {

    static final int MEMBERS = 100_000;
    static final int COMMUNES = SyntheticProvince.communes(MEMBERS);
    static final int TEAMS = MEMBERS / SyntheticProvince.MEMBERS_PER_TEAM;
    /** The table's rows: the header, the members, a Cộng row per commune and the TỔNG row. */
    static final int TABLE_ROWS = 1 + MEMBERS + COMMUNES + 1;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = OutputFormat.class, names = {"DOCX", "XLSX"})
    void aHundredThousandMembersFitIn256MiB(OutputFormat format) throws Exception {
        Path file = dir.resolve("province." + format.extension());
        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                SyntheticProvinceList.class.getName(), format.extension(), Integer.toString(MEMBERS), file.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(child.waitFor(10, TimeUnit.MINUTES)).as("child finished").isTrue();
        assertThat(child.exitValue()).as("child exit; its output:\n" + Files.readString(log)).isZero();
        assertThat(Files.readString(log)).contains("max-heap-mib=256");

        if (format == OutputFormat.DOCX) {
            Counts counts = count(file, "word/document.xml", "tr", "t");
            assertThat(counts.elements()).isEqualTo(TABLE_ROWS);
            assertThat(counts.lastTexts()).containsSubsequence("TỔNG", TEAMS + " tổ", MEMBERS + " thành viên");
        } else {
            Counts rows = count(file, "xl/worksheets/sheet1.xml", "row", "t");
            // Title and subtitle above the table.
            assertThat(rows.elements()).isEqualTo(2 + TABLE_ROWS);
            assertThat(rows.lastTexts()).containsSubsequence("TỔNG", TEAMS + " tổ", MEMBERS + " thành viên");
            Counts merges = count(file, "xl/worksheets/sheet1.xml", "mergeCell", "t");
            assertThat(merges.elements()).isEqualTo(2 + 2 * COMMUNES + 2 * TEAMS);
        }
    }

    /** How many {@code element}s a part has, and the texts of the last ten {@code text} elements. */
    record Counts(int elements, List<String> lastTexts) {
    }

    private static Counts count(Path zipFile, String part, String element, String text) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(zipFile))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(part)) {
                    return count(zip, element, text);
                }
            }
        }
        throw new IOException(part + " is not in " + zipFile);
    }

    private static Counts count(InputStream xml, String element, String text) throws Exception {
        XMLStreamReader reader = XMLInputFactory.newDefaultFactory().createXMLStreamReader(xml);
        int elements = 0;
        List<String> texts = new ArrayList<>();
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                if (reader.getLocalName().equals(element)) {
                    elements++;
                } else if (reader.getLocalName().equals(text)) {
                    texts.add(reader.getElementText());
                    if (texts.size() > 10) {
                        texts.remove(0);
                    }
                }
            }
        }
        return new Counts(elements, texts);
    }
}
