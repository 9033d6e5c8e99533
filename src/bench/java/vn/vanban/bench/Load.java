package vn.vanban.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's load average, printed next to every figure: on a shared machine it says how noisy they are. */
final class Load {

    private Load() {
    }

    static String now() {
        String[] parts = averages();
        return parts == null ? "unknown" : parts[0] + " / " + parts[1] + " / " + parts[2] + " (1, 5, 15 min)";
    }

    /** The one-minute average alone, for a table cell. */
    static String oneMinute() {
        String[] parts = averages();
        return parts == null ? "unknown" : parts[0];
    }

    private static String[] averages() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ");
        } catch (IOException e) {
            return null;
        }
    }
}
