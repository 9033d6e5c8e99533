package vn.vanban.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import vn.vanban.render.OutputFormat;
import vn.vanban.memberlist.StreamedMemberList;
import vn.vanban.memberlist.SyntheticProvince;
import vn.vanban.memberlist.SyntheticProvinceList;

/**
 * The province lists: 25,000 members in the three formats and 100,000 in each, every one in a child JVM
 * capped at 256 MiB ({@link LargeListRun}); the same 25,000 through poi-tl, capped alike and then with
 * room; and LibreOffice turning the streamed DOCX into PDF. Fills {@link Results} for the ratios.
 */
final class LargeListBench {

    static final int PROVINCE = 25_000;
    static final int LARGE = 100_000;
    static final int SMALL = 1_000;
    static final String HEAP = "256m";
    private static final long LIBREOFFICE_LIMIT_MINUTES = 4;

    private final Path work;
    private final PrintStream log;
    private final Results results;

    LargeListBench(Path work, PrintStream log, Results results) {
        this.work = work;
        this.log = log;
        this.results = results;
    }

    /** Target times of the issue, for 25,000 members warm. */
    private static String target(OutputFormat format) {
        return switch (format) {
            case PDF -> "≤ 5 s";
            case DOCX -> "≤ 2 s";
            case XLSX -> "≤ 1 s";
        };
    }

    String vanban() throws IOException, InterruptedException {
        StringBuilder md = new StringBuilder("## Province lists, streamed, in a JVM capped at -Xmx" + HEAP + "\n\n")
                .append("The synthetic province (`SyntheticProvince`: communes of 30 teams of 5, 2025 layout, a Cộng row "
                        + "under each commune, TỔNG at the end), written by `StreamedMemberList` in a child JVM "
                        + "(`bench-list`): 3 writes to warm up, then the median of 5 (100,000: 1 and 3). "
                        + "Peak heap: the heap pools' peaks over the timed writes, garbage included; after GC: the "
                        + "most any collection left, fonts and templates (the baseline) included.\n\n")
                .append("| members | format | target | pages | size | median ms | peak heap MiB | after GC MiB | baseline MiB |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        for (OutputFormat format : OutputFormat.values()) {
            md.append(row(PROVINCE, format, "3", "5", true));
        }
        for (OutputFormat format : OutputFormat.values()) {
            md.append(row(LARGE, format, "1", "3", false));
        }
        return md.append('\n').toString();
    }

    private String row(int members, OutputFormat format, String warmUp, String runs, boolean keep)
            throws IOException, InterruptedException {
        Path file = work.resolve("province-" + members + "." + format.extension());
        ChildJvm.Outcome o = ChildJvm.run(HEAP, 15, work.resolve("list-" + members + "-" + format.extension() + ".log"),
                LargeListRun.COMMAND, "--format", format.extension(), "--members", Integer.toString(members),
                "--warm-up", warmUp, "--runs", runs, "--out", file.toString());
        log.println("list " + members + " " + format + " " + (o.ok() ? o.values() : o.failure()));
        String target = members == PROVINCE ? target(format) : "in " + HEAP;
        if (!o.ok()) {
            return String.format(Locale.ROOT, "| %,d | %s | %s | | | %s | | | |%n", members, format.extension(), target,
                    o.failure());
        }
        if (keep) {
            results.list(format, o.number("median-ms"), o.number("after-gc-mib"), file);
        }
        String pages = format == OutputFormat.PDF ? Integer.toString(Bench.pdfPages(Files.readAllBytes(file))) : "–";
        return String.format(Locale.ROOT, "| %,d | %s | %s | %s | %.1f MiB | %.0f | %.0f | %.0f | %.0f |%n", members,
                format.extension(), target, pages, o.number("bytes") / 1048576.0, o.number("median-ms"),
                o.number("peak-heap-mib"), o.number("after-gc-mib"), o.number("baseline-mib"));
    }

    /** The same 25,000 rows through poi-tl: first in the same heap, then with 4 GiB to see what it takes. */
    String poiTl(String engineName) throws IOException, InterruptedException {
        StringBuilder md = new StringBuilder("### The same 25,000-row list through " + engineName + "\n\n")
                .append("A DOCX template with the same title, header row and a row repeated per data row "
                        + "(`LoopRowTableRenderPolicy`), filled with the same rows' texts (no merged groups, every row "
                        + "in the template row's style). 1 write to warm up, then 1 timed.\n\n")
                .append("| heap | median ms | peak heap MiB | after GC MiB |\n|---|---|---|---|\n");
        for (String heap : new String[] {HEAP, "4g"}) {
            ChildJvm.Outcome o = ChildJvm.run(heap, 15, work.resolve("poi-tl-" + heap + ".log"), LargeListRun.COMMAND,
                    "--engine", "poi-tl", "--format", "docx", "--members", Integer.toString(PROVINCE), "--warm-up", "1",
                    "--runs", "1");
            log.println("poi-tl list -Xmx" + heap + " " + (o.ok() ? o.values() : o.failure()));
            if (o.ok()) {
                results.poiTlList(heap, o.number("median-ms"), o.number("after-gc-mib"));
                md.append(String.format(Locale.ROOT, "| -Xmx%s | %.0f | %.0f | %.0f |%n", heap, o.number("median-ms"),
                        o.number("peak-heap-mib"), o.number("after-gc-mib")));
            } else {
                md.append("| -Xmx").append(heap).append(" | ").append(o.failure()).append(" | | |\n");
            }
        }
        return md.append('\n').toString();
    }

    /** LibreOffice converting the streamed DOCX lists as a cold process: 1,000 members, and the province of 25,000. */
    String libreOffice(StreamedMemberList lists) throws IOException, InterruptedException {
        StringBuilder md = new StringBuilder("### LibreOffice converting the streamed list DOCX to PDF\n\n")
                .append("A cold `soffice --convert-to` per list, stopped after " + LIBREOFFICE_LIMIT_MINUTES + " minutes. "
                        + "A LibreOffice kept running is measured over UNO by `bench-render`, on the decision.\n\n")
                .append("| members | cold process, s |\n|---|---|\n");
        Path small = work.resolve("province-" + SMALL + ".docx");
        try (OutputStream out = Files.newOutputStream(small)) {
            lists.write(SyntheticProvinceList.request("2025"), new SyntheticProvince(SMALL), OutputFormat.DOCX, out);
        }
        Optional<Path> province = results.listFile(OutputFormat.DOCX);
        for (Path docx : province.isPresent() ? new Path[] {small, province.get()} : new Path[] {small}) {
            Path outDir = Files.createDirectories(work.resolve("lo-out-" + docx.getFileName()));
            double cold;
            try (LibreOfficeTimer lo = new LibreOfficeTimer(work.resolve("lo-cold-" + docx.getFileName()))) {
                cold = lo.convertNanos(docx, outDir, LIBREOFFICE_LIMIT_MINUTES) / 1e9;
            }
            int members = docx.equals(small) ? SMALL : PROVINCE;
            log.println("LibreOffice list " + members + " cold " + cold);
            md.append(String.format(Locale.ROOT, "| %,d | %s |%n", members, seconds(cold)));
        }
        return md.append('\n').toString();
    }

    static String seconds(double s) {
        return s < 0 ? "> " + LIBREOFFICE_LIMIT_MINUTES * 60 + " (stopped)" : String.format(Locale.ROOT, "%.1f", s);
    }
}
