package vn.vanban.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the numbers were measured on. */
final class MachineInfo {

    private MachineInfo() {
    }

    static String describe() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
        } catch (IOException e) {
            // not Linux: keep the generic name
        }
        long memGiB = Math.round(((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getTotalMemorySize() / (1024.0 * 1024 * 1024));
        return cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores, " + memGiB + " GiB; "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + "; "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch");
    }
}
