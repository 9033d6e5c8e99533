package vn.vanban.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Times LibreOffice converting a DOCX to PDF as a cold {@code soffice --convert-to} process per document
 * (a LibreOffice kept running is {@link WarmLibreOffice}, over UNO).
 */
final class LibreOfficeTimer implements AutoCloseable {

    private final Path profile;

    LibreOfficeTimer(Path work) throws IOException {
        this.profile = Files.createDirectories(work.resolve("lo-profile"));
    }

    static boolean available() {
        try {
            return new ProcessBuilder("soffice", "--version").redirectErrorStream(true).start().waitFor(60, TimeUnit.SECONDS);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    long convertNanos(Path docx, Path outDir) throws IOException, InterruptedException {
        return convertNanos(docx, outDir, 2);
    }

    /** Nanoseconds to convert, or -1 if LibreOffice had not finished after {@code limitMinutes} (then stopped). */
    long convertNanos(Path docx, Path outDir, long limitMinutes) throws IOException, InterruptedException {
        List<String> cmd = command("--convert-to", "pdf", "--outdir", outDir.toString(), docx.toString());
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(limitMinutes, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
            return -1;
        }
        long took = System.nanoTime() - start;
        String pdfName = docx.getFileName().toString().replaceAll("\\.docx$", ".pdf");
        if (!Files.isRegularFile(outDir.resolve(pdfName))) {
            throw new IOException("LibreOffice produced no PDF for " + docx);
        }
        return took;
    }

    private List<String> command(String... args) {
        List<String> cmd = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--invisible", "--norestore", "--nologo", "--nodefault"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    @Override
    public void close() {
        // Each conversion is a process of its own that has ended; nothing is left running.
    }
}
