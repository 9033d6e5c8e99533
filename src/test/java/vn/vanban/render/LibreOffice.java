package vn.vanban.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * LibreOffice as the tests call it: present or skipped (never skipped in CI), and DOCX files converted
 * to PDF in one run, since starting soffice costs more than laying out a document.
 */
final class LibreOffice {

    private LibreOffice() {
    }

    /** Skips the test where LibreOffice is missing, except in CI, where its absence is an error. */
    static void assumeInstalled() {
        boolean present = installed();
        if (!present && System.getenv("CI") != null) {
            throw new IllegalStateException("LibreOffice (soffice) is required in CI; .ci/run installs it");
        }
        Assumptions.assumeTrue(present, "LibreOffice is not installed");
    }

    /**
     * Converts the DOCX files to PDF in {@code outDir} (same base names) with a profile of its own under
     * {@code work}, so that parallel runs do not share LibreOffice's lock.
     */
    static void toPdf(List<Path> docx, Path outDir, Path work, long timeoutSeconds) throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        List<String> command = new ArrayList<>(List.of("soffice",
                "-env:UserInstallation=" + Files.createTempDirectory(work, "lo-profile").toUri(),
                "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outDir.toString()));
        docx.forEach(d -> command.add(d.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("LibreOffice did not finish in " + timeoutSeconds + " s");
        }
    }

    private static boolean installed() {
        try {
            return new ProcessBuilder("soffice", "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(60, TimeUnit.SECONDS);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
