package vn.vanban.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Times LibreOffice converting a DOCX to PDF, the way people who do not have vanban make PDFs: as a
 * cold process per document, and handed to an instance that is already running (same profile).
 */
final class LibreOfficeTimer implements AutoCloseable {

    private final Path profile;
    private Process running;

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

    /** Starts an instance that later conversions with the same profile are handed to. */
    void startInstance() throws IOException, InterruptedException {
        running = new ProcessBuilder(command("--accept=pipe,name=vanbanbench;urp;")).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Thread.sleep(4000);
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
        if (running != null) {
            running.destroy();
            try {
                running.waitFor(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.destroyForcibly();
        }
    }
}
