package vn.vanban.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

/**
 * Where both writers break a line of text. Lines break only at ordinary spaces, never at a no-break
 * space (U+00A0), which binds the words of a phrase (see {@code text.Phrases}) just as Word and
 * LibreOffice treat it. A word wider than the line stays whole on a line of its own.
 */
public final class LineBreaks {

    private static final Pattern SPACES = Pattern.compile(" +");

    private LineBreaks() {
    }

    /**
     * Greedy breaking, as Word and LibreOffice break a paragraph: every line takes as many words as
     * fit. {@code nextWidthPt} is the room of every line after the first (a hanging indent).
     */
    public static List<String> greedy(String text, ToDoubleFunction<String> widthPt, double firstWidthPt,
                                      double nextWidthPt) {
        List<String> lines = new ArrayList<>();
        double space = widthPt.applyAsDouble(" ");
        StringBuilder line = new StringBuilder();
        double used = 0;
        for (String word : words(text)) {
            double w = widthPt.applyAsDouble(word);
            double available = lines.isEmpty() ? firstWidthPt : nextWidthPt;
            if (line.length() > 0 && used + space + w > available) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            used += line.length() > 0 ? space + w : w;
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * A heading's lines (an issuing body): as few lines as greedy breaking needs, but with the breaks
     * chosen so that the longest line is as short as possible, as the Mẫu set "SỞ KHOA HỌC / VÀ CÔNG
     * NGHỆ" rather than a full line over one short word. The header writers print these lines as they
     * are, so Word does not break them again.
     */
    public static List<String> balanced(String text, ToDoubleFunction<String> widthPt, double maxWidthPt) {
        List<String> greedy = greedy(text, widthPt, maxWidthPt, maxWidthPt);
        String[] words = words(text);
        int count = greedy.size();
        if (count < 2 || words.length > 64) {
            return greedy;
        }
        int n = words.length;
        // best[k][i]: the smallest possible longest line when words i.. are set in k lines.
        double[][] best = new double[count + 1][n + 1];
        int[][] cut = new int[count + 1][n + 1];
        for (double[] row : best) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        best[0][n] = 0;
        for (int k = 1; k <= count; k++) {
            for (int i = n - 1; i >= 0; i--) {
                for (int j = i + 1; j <= n; j++) {
                    double w = widthPt.applyAsDouble(String.join(" ", Arrays.copyOfRange(words, i, j)));
                    if (w > maxWidthPt && j > i + 1) {
                        break;
                    }
                    double longest = Math.max(w, best[k - 1][j]);
                    if (longest < best[k][i]) {
                        best[k][i] = longest;
                        cut[k][i] = j;
                    }
                }
            }
        }
        if (Double.isInfinite(best[count][0])) {
            return greedy;
        }
        List<String> lines = new ArrayList<>();
        for (int k = count, i = 0; k > 0; k--) {
            int j = cut[k][i];
            lines.add(String.join(" ", Arrays.copyOfRange(words, i, j)));
            i = j;
        }
        return lines;
    }

    private static String[] words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? new String[] {""} : SPACES.split(stripped);
    }
}
