package vn.vanban.roster.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects the runs of one XLSX string (a shared string's {@code <si>} or an inline {@code <is>}), each
 * with the font it names. TCVN3 text mixes .VnTime and .VnTimeH runs in one cell, and the capitals only
 * come out right when each run is converted with its own font.
 */
final class RichRuns {

    /** OOXML writes characters XML cannot hold, a carriage return for one, as "_x000D_". */
    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    /** The runs, each with its own font or null where it uses the cell's. */
    private final List<LegacyDecoding.Run> runs = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private String runFont;
    private boolean inText;
    private boolean inPhonetic;

    /** Element starts inside {@code <si>} or {@code <is>}, by local name. */
    void start(String element, String fontAttribute) {
        switch (element) {
            case "r" -> runFont = null;
            case "rFont" -> runFont = fontAttribute;
            case "rPh" -> inPhonetic = true;
            case "t" -> inText = !inPhonetic;
            default -> {
            }
        }
    }

    void end(String element) {
        switch (element) {
            case "t" -> {
                if (inText) {
                    runs.add(new LegacyDecoding.Run(unescape(text.toString()), runFont));
                    text.setLength(0);
                }
                inText = false;
            }
            case "rPh" -> inPhonetic = false;
            case "r" -> runFont = null;
            default -> {
            }
        }
    }

    void characters(char[] ch, int start, int length) {
        if (inText) {
            text.append(ch, start, length);
        }
    }

    List<LegacyDecoding.Run> runs() {
        return List.copyOf(runs);
    }

    /** The runs with the cell's font where they name none. */
    static List<LegacyDecoding.Run> inFont(List<LegacyDecoding.Run> runs, String cellFont) {
        List<LegacyDecoding.Run> out = new ArrayList<>(runs.size());
        for (LegacyDecoding.Run run : runs) {
            out.add(run.font() != null ? run : new LegacyDecoding.Run(run.text(), cellFont));
        }
        return out;
    }

    private static String unescape(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        Matcher m = ESCAPE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        return m.appendTail(out).toString();
    }
}
