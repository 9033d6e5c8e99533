package vn.vanban.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import vn.vanban.generation.RenderedFile;
import vn.vanban.generation.TeamDocuments;
import vn.vanban.render.OutputFormat;

/** The ZIP of one file per team is written as the files are made, never gathered first. */
class ZipFilesTest {

    @Test
    void eachFileIsSentBeforeTheNextIsRenderedAndNoneIsKept() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomicInteger rendered = new AtomicInteger();
        List<Integer> sentBeforeEach = new ArrayList<>();
        List<Supplier<RenderedFile>> files = new ArrayList<>();
        int teams = 400;
        for (int i = 0; i < teams; i++) {
            int n = i;
            files.add(() -> {
                // What reached the answer before this file was made: the previous files, whole.
                sentBeforeEach.add(out.size());
                rendered.incrementAndGet();
                return new RenderedFile(("tổ " + n + " ").repeat(200).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "Quyết định thành lập tổ.docx", OutputFormat.DOCX);
            });
        }
        ZipFiles.write(new TeamDocuments("Quyết định", files), out);

        assertThat(rendered).hasValue(teams);
        for (int i = 1; i < teams; i++) {
            assertThat(sentBeforeEach.get(i)).as("bytes sent before file %d", i).isGreaterThan(sentBeforeEach.get(i - 1));
        }
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                assertThat(new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).startsWith("tổ ");
            }
        }
        assertThat(names).hasSize(teams).doesNotHaveDuplicates().contains("Quyết định thành lập tổ.docx");
    }
}
