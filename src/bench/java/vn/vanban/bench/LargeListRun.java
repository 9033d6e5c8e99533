package vn.vanban.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import vn.vanban.bench.poitl.PoiTlFiller;
import vn.vanban.render.OutputFormat;
import vn.vanban.memberlist.MemberListRequest;
import vn.vanban.memberlist.StreamedMemberList;
import vn.vanban.memberlist.SyntheticProvince;
import vn.vanban.memberlist.SyntheticProvinceList;

/**
 * {@code bench-list --format pdf|docx|xlsx --members N [--layout 2025] [--warm-up W] [--runs R] [--out FILE]
 * [--engine vanban|poi-tl]}:
 * writes the synthetic province's list W times to warm up, then R times (the last into FILE, the others into nothing)
 * and prints one line: {@code bytes=… median-ms=… peak-heap-mib=… after-gc-mib=… baseline-mib=… max-heap-mib=…}.
 * Run in a JVM of its own with a capped heap ({@code -Xmx256m}). Peak heap is the sum of the heap pools'
 * peaks over the timed runs: what the JVM had in use, garbage included, so it mostly shows how large
 * the collector let the young generation grow. After-GC is the most heap any collection left behind,
 * an upper bound of what the list kept alive; baseline is the warm service after a full collection
 * (fonts, templates), before the timed runs.
 */
final class LargeListRun {

    static final String COMMAND = "bench-list";

    private LargeListRun() {
    }

    static int run(String[] args, PrintStream out) throws Exception {
        OutputFormat format = OutputFormat.PDF;
        int members = 25_000;
        String layout = "2025";
        int runs = 5;
        int warmUp = 3;
        Path file = null;
        String engine = "vanban";
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--format" -> format = OutputFormat.fromExtension(args[i + 1]).orElseThrow();
                case "--members" -> members = Integer.parseInt(args[i + 1]);
                case "--layout" -> layout = args[i + 1];
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--warm-up" -> warmUp = Integer.parseInt(args[i + 1]);
                case "--out" -> file = Path.of(args[i + 1]);
                case "--engine" -> engine = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        StreamedMemberList lists = SyntheticProvinceList.writer();
        MemberListRequest request = SyntheticProvinceList.request(layout);
        ListWriter writer = listWriter(engine, lists, request, format);
        for (int i = 0; i < warmUp; i++) {
            write(writer, members, new CountingSink()); // class loading and the JIT
        }
        System.gc();
        long baseline = heapUsed();
        resetPeaks();
        HeapAfterGc afterGc = HeapAfterGc.start();
        Stopwatch times = new Stopwatch(runs);
        long bytes = 0;
        for (int r = 0; r < runs; r++) {
            boolean keep = r == runs - 1 && file != null;
            CountingSink counter = new CountingSink();
            try (OutputStream sink = keep ? new BufferedOutputStream(Files.newOutputStream(file), 1 << 16) : counter) {
                times.add(write(writer, members, sink));
            }
            bytes = keep ? Files.size(file) : counter.count;
        }
        afterGc.stop();
        out.printf(Locale.ROOT, "bytes=%d median-ms=%.0f peak-heap-mib=%.1f after-gc-mib=%.1f baseline-mib=%.1f"
                + " max-heap-mib=%.0f%n", bytes, times.medianMs(), mib(peakHeap()), mib(afterGc.max()), mib(baseline),
                mib(Runtime.getRuntime().maxMemory()));
        return 0;
    }

    /** What writes the list: vanban's streamed list, or (with {@code --engine poi-tl}) a DOCX template engine. */
    @FunctionalInterface
    private interface ListWriter {
        void write(int members, OutputStream out) throws IOException;
    }

    private static ListWriter listWriter(String engine, StreamedMemberList lists, MemberListRequest request,
                                         OutputFormat format) {
        if (engine.equals("vanban")) {
            return (members, out) -> lists.write(request, new SyntheticProvince(members), format, out);
        }
        DocxTemplateFiller filler = new PoiTlFiller();
        return (members, out) -> filler.memberList(lists.frame(request),
                lists.tableRows(request, new SyntheticProvince(members)), out);
    }

    private static long write(ListWriter writer, int members, OutputStream sink) throws IOException {
        long start = System.nanoTime();
        writer.write(members, sink);
        sink.flush();
        return System.nanoTime() - start;
    }

    private static double mib(long bytes) {
        return bytes / 1048576.0;
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Counts what is written and drops it: the time of the writer, not of a disk. */
    private static final class CountingSink extends OutputStream {

        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
