package vn.vanban.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * LibreOffice as those who pick it run it: started once with its own profile, listening on a UNO
 * socket, kept running, and driven by a UNO client (src/bench/resources/uno_convert.py, on Debian's
 * python3-uno) that converts each DOCX to PDF and answers the milliseconds it took.
 */
final class WarmLibreOffice implements AutoCloseable {

    static final Path CLIENT = Path.of("src", "bench", "resources", "uno_convert.py");
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    private final Process office;
    private final Process client;
    private final Writer requests;
    private final BufferedReader answers;

    private WarmLibreOffice(Process office, Process client) {
        this.office = office;
        this.client = client;
        this.requests = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.UTF_8);
        this.answers = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
    }

    static boolean available() {
        return LibreOfficeTimer.available() && Files.isExecutable(PYTHON) && Files.isRegularFile(CLIENT);
    }

    static WarmLibreOffice start(Path work) throws IOException {
        int port = FreePort.any();
        Path profile = Files.createDirectories(work.resolve("uno-profile"));
        Process office = new ProcessBuilder(List.of("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--invisible", "--norestore", "--nologo", "--nodefault",
                "--accept=socket,host=127.0.0.1,port=" + port + ";urp;"))
                .redirectErrorStream(true).redirectOutput(work.resolve("soffice.log").toFile()).start();
        Process client = new ProcessBuilder(PYTHON.toString(), CLIENT.toString(), Integer.toString(port))
                .redirectError(work.resolve("uno-client.log").toFile()).start();
        WarmLibreOffice lo = new WarmLibreOffice(office, client);
        String ready = lo.answers.readLine();
        if (!"ready".equals(ready)) {
            lo.close();
            throw new IOException("the UNO client did not connect (see " + work.resolve("uno-client.log") + ")");
        }
        return lo;
    }

    /** Milliseconds LibreOffice took to load {@code docx} and store it as {@code pdf}, as the client measured it. */
    double convertMs(Path docx, Path pdf) throws IOException {
        requests.write(docx.toAbsolutePath() + "\t" + pdf.toAbsolutePath() + "\n");
        requests.flush();
        String answer = answers.readLine();
        if (answer == null) {
            throw new IOException("the UNO client stopped");
        }
        if (!Files.isRegularFile(pdf) || Files.size(pdf) < 1000) {
            throw new IOException("LibreOffice made no PDF of " + docx);
        }
        return Double.parseDouble(answer);
    }

    @Override
    public void close() {
        try {
            requests.close();
            client.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            // the client is stopped below in any case
        }
        client.destroyForcibly();
        // soffice's launcher starts soffice.bin as its child: stop those too, ours only.
        office.descendants().forEach(ProcessHandle::destroy);
        office.destroy();
        try {
            office.waitFor(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        office.descendants().forEach(ProcessHandle::destroyForcibly);
        office.destroyForcibly();
    }
}
