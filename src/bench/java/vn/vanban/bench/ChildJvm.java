package vn.vanban.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * This same program in a JVM of its own, with a heap cap: how the large lists are measured, so that the
 * cap is real and nothing of the parent's heap counts. Started with the parent's class path, which has
 * poi-tl on it.
 */
final class ChildJvm {

    /** What a child printed: its {@code key=value} pairs, or why it failed. */
    record Outcome(Map<String, String> values, String failure) {

        boolean ok() {
            return failure == null;
        }

        double number(String key) {
            return Double.parseDouble(values.get(key));
        }
    }

    private ChildJvm() {
    }

    static Outcome run(String maxHeap, long timeoutMinutes, Path log, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap, "-XX:+ExitOnOutOfMemoryError"));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Bench.class.getName()));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!child.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
            child.destroyForcibly().waitFor();
            return new Outcome(Map.of(), "not finished in " + timeoutMinutes + " min");
        }
        String output = Files.readString(log);
        if (child.exitValue() != 0) {
            return new Outcome(Map.of(), output.contains("OutOfMemoryError") ? "out of memory at -Xmx" + maxHeap
                    : "failed (exit " + child.exitValue() + ", see " + log + ")");
        }
        Map<String, String> values = new HashMap<>();
        for (String line : output.split("\n")) {
            if (line.startsWith("bytes=")) {
                for (String pair : line.strip().split(" ")) {
                    values.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
                }
            }
        }
        return values.isEmpty() ? new Outcome(Map.of(), "printed no result (see " + log + ")") : new Outcome(values, null);
    }
}
