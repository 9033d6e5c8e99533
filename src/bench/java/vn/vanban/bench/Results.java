package vn.vanban.bench;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.vanban.render.OutputFormat;

/** The numbers the ratios are made of, gathered as the sections run; NaN where one was not measured. */
final class Results {

    private record ListRun(double medianMs, double afterGcMib, Path file) {
    }

    private final Map<OutputFormat, ListRun> lists = new EnumMap<>(OutputFormat.class);
    double decisionPdfMs = Double.NaN;
    double decisionDocxMs = Double.NaN;
    double decisionPoiTlMs = Double.NaN;
    private double poiTlListMs = Double.NaN;
    private double poiTlListAfterGcMib = Double.NaN;
    private String poiTlListHeap;

    void list(OutputFormat format, double medianMs, double afterGcMib, Path file) {
        lists.put(format, new ListRun(medianMs, afterGcMib, file));
    }

    Optional<Path> listFile(OutputFormat format) {
        return Optional.ofNullable(lists.get(format)).map(ListRun::file);
    }

    void poiTlList(String heap, double medianMs, double afterGcMib) {
        if (poiTlListHeap == null) {
            poiTlListHeap = heap;
            poiTlListMs = medianMs;
            poiTlListAfterGcMib = afterGcMib;
        }
    }

    /**
     * The summary: how many times faster (and smaller) vanban is than poi-tl. The only ratios to LibreOffice
     * are {@code bench-render}'s, measured over HTTP and UNO in one run; the list's cold conversion is
     * reported as a time, not set against anything.
     */
    String ratios() {
        StringBuilder md = new StringBuilder("## Ratios\n\n| document | vanban | other | ratio |\n|---|---|---|---|\n");
        ratio(md, "commune-team decision, DOCX", decisionDocxMs, "poi-tl", decisionPoiTlMs);
        ListRun docx = lists.get(OutputFormat.DOCX);
        if (docx != null) {
            ratio(md, "25,000-member list, DOCX", docx.medianMs(), "poi-tl (-Xmx" + poiTlListHeap + ")", poiTlListMs);
            if (!Double.isNaN(poiTlListAfterGcMib)) {
                md.append(String.format(Locale.ROOT, "| 25,000-member list, DOCX, heap after GC | %.0f MiB | %.0f MiB "
                        + "(poi-tl) | %.0f× less |%n", docx.afterGcMib(), poiTlListAfterGcMib,
                        poiTlListAfterGcMib / docx.afterGcMib()));
            }
        }
        return md.append('\n').toString();
    }

    private static void ratio(StringBuilder md, String document, double vanbanMs, String other, double otherMs) {
        if (Double.isNaN(vanbanMs) || Double.isNaN(otherMs)) {
            return;
        }
        md.append(String.format(Locale.ROOT, "| %s | %s | %s: %s | **%.0f×** faster |%n", document, ms(vanbanMs), other,
                ms(otherMs), otherMs / vanbanMs));
    }

    private static String ms(double ms) {
        return ms >= 1000 ? String.format(Locale.ROOT, "%.2f s", ms / 1000) : String.format(Locale.ROOT, "%.2f ms", ms);
    }
}
