package vn.vanban.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.vanban.generation.FileNames;
import vn.vanban.generation.RenderedFile;

/** Several rendered files as one ZIP with UTF-8 entry names, never two entries of the same name. */
final class ZipFiles {

    private ZipFiles() {
    }

    static byte[] of(List<RenderedFile> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Set<String> used = new HashSet<>();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (RenderedFile file : files) {
                zip.putNextEntry(new ZipEntry(FileNames.unique(file.fileName(), used)));
                zip.write(file.bytes());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
