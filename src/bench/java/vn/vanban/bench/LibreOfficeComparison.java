package vn.vanban.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import vn.vanban.bench.poitl.PoiTlFiller;
import vn.vanban.generation.DocumentServices;
import vn.vanban.limits.RequestLimits;

/**
 * The commune-team decision made the other ways, in the same run as ours: our DOCX converted by a
 * LibreOffice kept running and driven over UNO (warm, per document), by a cold {@code soffice --convert-to},
 * and poi-tl filling an equivalent DOCX template. The only ratios are ours over HTTP to the two LibreOffices.
 */
final class LibreOfficeComparison {

    static final int UNO_WARM_UP = 10;
    static final int UNO_TIMED = 40;
    static final int COLD_TIMED = 3;

    private LibreOfficeComparison() {
    }

    static String measure(byte[] ourDocx, HttpFigures.Medians ours, Path work, PrintStream out) throws Exception {
        StringBuilder md = new StringBuilder("### The same decision the other ways (same run)\n\n");
        Path docx = work.resolve(StageProfile.TEMPLATE + ".docx");
        Files.write(docx, ourDocx);
        double warmMs = Double.NaN;
        double coldMs = Double.NaN;
        String load = Load.now();
        if (WarmLibreOffice.available()) {
            Stopwatch warm = new Stopwatch(UNO_TIMED);
            try (WarmLibreOffice lo = WarmLibreOffice.start(work)) {
                for (int i = 0; i < UNO_WARM_UP + UNO_TIMED; i++) {
                    double ms = lo.convertMs(docx, work.resolve("uno-" + i + ".pdf"));
                    if (i >= UNO_WARM_UP) {
                        warm.add(Math.round(ms * 1e6));
                    }
                }
            }
            warmMs = warm.medianMs();
            Stopwatch cold = new Stopwatch(COLD_TIMED);
            Path outDir = Files.createDirectories(work.resolve("cold-pdf"));
            try (LibreOfficeTimer lo = new LibreOfficeTimer(work.resolve("cold"))) {
                lo.convertNanos(docx, outDir); // makes the profile, which a cold start with a profile does not pay
                for (int i = 0; i < COLD_TIMED; i++) {
                    cold.add(lo.convertNanos(docx, outDir));
                }
            }
            coldMs = cold.medianMs();
            out.println("LibreOffice warm UNO " + warmMs + " ms, cold " + coldMs + " ms");
        }
        Results results = new Results();
        String poiTl = TemplateFillerBench.decision(new PoiTlFiller(),
                DocumentServices.create(Path.of("fonts"), Path.of("templates"), RequestLimits.defaults()), 100, 300, work,
                results, out);
        md.append("Load average before: ").append(load).append("; after: ").append(Load.now()).append(".\n\n")
                .append("| how | format | median ms |\n|---|---|---|\n")
                .append(String.format(Locale.ROOT, "| vanban over HTTP, one client (above) | PDF | %.2f |%n", ours.pdfMs()))
                .append(String.format(Locale.ROOT, "| vanban over HTTP, one client (above) | DOCX | %.2f |%n", ours.docxMs()));
        if (!Double.isNaN(warmMs)) {
            md.append(String.format(Locale.ROOT, "| LibreOffice kept running, over UNO, our DOCX → PDF (%d warm-up, %d timed) | PDF | %.1f |%n",
                            UNO_WARM_UP, UNO_TIMED, warmMs))
                    .append(String.format(Locale.ROOT, "| LibreOffice cold, `soffice --convert-to pdf` (profile made, %d timed) | PDF | %.0f |%n",
                            COLD_TIMED, coldMs));
        }
        md.append(String.format(Locale.ROOT, "| poi-tl filling an equivalent DOCX template, in process (100 warm-up, 300 timed) | DOCX | %.2f |%n%n",
                results.decisionPoiTlMs));
        if (!Double.isNaN(warmMs)) {
            md.append(String.format(Locale.ROOT, "Ratios, this run: vanban's PDF over HTTP is **%.1f×** faster than a warm "
                    + "LibreOffice over UNO, and **%.0f×** faster than a cold `soffice --convert-to`.%n%n",
                    warmMs / ours.pdfMs(), coldMs / ours.pdfMs()));
        } else {
            md.append("LibreOffice (`soffice`, /usr/bin/python3 with python3-uno) is not installed here: no ratio.\n\n");
        }
        md.append(poiTl.substring(poiTl.indexOf("\n\n") + 2, poiTl.indexOf("| document |")).strip()).append("\n\n");
        return md.toString();
    }
}
