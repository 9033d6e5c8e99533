package vn.vanban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar's command line as a user meets it: the README's examples run verbatim, each in a JVM of its
 * own started the way {@code java -jar target/vanban.jar} starts (the application's main, in a fresh
 * directory that has the repository's templates and fonts), so that exit codes and files are real.
 */
@Tag("slow")
class CommandLineTest {

    private static final Pattern COMMAND_LINE_SECTION = Pattern.compile("(?s)## Command line\\n(.*?)\\n## ");
    private static final String JAR = "java -jar target/vanban.jar ";

    @TempDir
    Path dir;

    @Test
    void helpPrintsTheUsageAndNeitherStartsTheServerNorCreatesData() throws Exception {
        Result help = java("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Cách dùng", "render", "--template", "Mã thoát");
        assertThat(dir.resolve("data")).doesNotExist();
        assertThat(java("render", "--help").code()).isZero();
    }

    @Test
    void theReadmeExamplesWorkVerbatim() throws Exception {
        List<String[]> examples = readmeExamples();
        assertThat(examples).as("the README's \"Command line\" shows the jar's commands").hasSizeGreaterThanOrEqualTo(3);
        for (String[] args : examples) {
            Result result = java(args);
            assertThat(result.code()).as(String.join(" ", args) + "\n" + result.out()).isZero();
            int out = List.of(args).indexOf("--out");
            if (out >= 0) {
                byte[] file = Files.readAllBytes(dir.resolve(args[out + 1]));
                assertThat(file.length).as(args[out + 1]).isGreaterThan(1000);
            }
        }
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void usageErrorsExitWithOneAndSayWhy() throws Exception {
        Path data = Path.of("templates/official-letter/example.json").toAbsolutePath();
        Result unknownTemplate = java("render", "--template", "khong-co", "--data", data.toString(), "--out", "a.pdf");
        assertThat(unknownTemplate.code()).isEqualTo(1);
        assertThat(unknownTemplate.out()).contains("khong-co");
        Result missing = java("render", "--template", "official-letter", "--out", "a.pdf");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.out()).contains("--data");
        Result unknownOption = java("render", "--template", "official-letter", "--dat", data.toString(), "--out", "a.pdf");
        assertThat(unknownOption.code()).isEqualTo(1);
        assertThat(unknownOption.out()).contains("--dat");
        assertThat(java("rendr").code()).isEqualTo(1);
        assertThat(dir.resolve("a.pdf")).doesNotExist();
        assertThat(dir.resolve("data")).doesNotExist();
    }

    /** In-process, the dispatch leaves Spring's own arguments to the server. */
    @Test
    void springSettingsStartTheServer() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(CommandLine.run(new String[0], sink, sink)).isEqualTo(OptionalInt.empty());
        assertThat(CommandLine.run(new String[] {"--vanban.warm-up=false"}, sink, sink)).isEqualTo(OptionalInt.empty());
    }

    /** Each line of the section's code that runs the jar, split as the shell splits these plain words. */
    private static List<String[]> readmeExamples() throws IOException {
        Matcher section = COMMAND_LINE_SECTION.matcher(Files.readString(Path.of("README.md")));
        assertThat(section.find()).isTrue();
        List<String[]> examples = new ArrayList<>();
        for (String line : section.group(1).split("\\n")) {
            if (line.startsWith(JAR)) {
                String command = line.substring(JAR.length()).replaceAll("\\s+#.*$", "").trim();
                examples.add(command.split("\\s+"));
            }
        }
        return examples;
    }

    private record Result(int code, String out) {
    }

    /** The application's main in a new JVM, in a directory with the repository's templates and fonts. */
    private Result java(String... args) throws Exception {
        for (String shared : List.of("templates", "fonts")) {
            Path link = dir.resolve(shared);
            if (!Files.exists(link)) {
                Files.createSymbolicLink(link, Path.of(shared).toAbsolutePath());
            }
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "vn.vanban.VanbanApplication"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
