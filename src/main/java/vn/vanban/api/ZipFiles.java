package vn.vanban.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.vanban.generation.FileNames;
import vn.vanban.generation.TeamDocuments;

/**
 * Several rendered files as one ZIP with UTF-8 entry names, never two entries of the same name, written
 * to the answer as each file is rendered: one file in memory at a time, whatever the number of teams.
 */
final class ZipFiles {

    private ZipFiles() {
    }

    static void write(TeamDocuments files, OutputStream out) {
        Set<String> used = new HashSet<>();
        try {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            files.forEach(file -> {
                try {
                    zip.putNextEntry(new ZipEntry(FileNames.unique(file.fileName(), used)));
                    zip.write(file.bytes());
                    zip.closeEntry();
                    // Sent now, so that the client receives each file as it is made.
                    zip.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            // The container closes the answer's stream; finish writes the ZIP's central directory.
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
