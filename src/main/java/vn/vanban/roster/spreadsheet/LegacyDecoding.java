package vn.vanban.roster.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.vanban.text.LegacyText;
import vn.vanban.text.LegacyText.Encoding;

/**
 * Turns the strings a source read into clean Unicode with {@link LegacyText}, then NFC and single spaces.
 *
 * <p>A cell in a legacy font (.VnTime, VNI-Times) is converted by its font. Other text can only be
 * judged by how it looks, and one cell is often too short to tell: "UBND xaõ Giao Long" is VNI for
 * "xã", yet "aõ" could be Unicode ("Võ"). So the file is the context. When no text in it holds a letter
 * only Unicode has (ă đ ơ ư, ạ … ỹ), and its cells that look legacy all look like one encoding, every
 * such cell is read in that encoding; otherwise each is judged alone. Numbers are left alone.
 */
final class LegacyDecoding {

    /** A string as the source found it, with the font it is drawn in (the run's, else the cell's). */
    record Run(String text, String font) {
    }

    record Cell(int column, List<Run> runs, boolean numeric) {
    }

    record Row(int number, List<Cell> cells) {
    }

    private LegacyDecoding() {
    }

    static List<RawRow> decode(List<Row> rows) {
        Encoding file = fileEncoding(rows).orElse(null);
        List<RawRow> decoded = new ArrayList<>(rows.size());
        for (Row row : rows) {
            List<RawRow.Cell> cells = new ArrayList<>(row.cells().size());
            for (Cell cell : row.cells()) {
                String clean = Folding.clean(cell.numeric() ? cell.runs().get(0).text() : text(cell.runs(), file));
                if (clean != null) {
                    cells.add(new RawRow.Cell(cell.column(), clean, cell.numeric()));
                }
            }
            if (!cells.isEmpty()) {
                decoded.add(new RawRow(row.number(), cells));
            }
        }
        return decoded;
    }

    /** Run by run: TCVN3 capitals typed in .VnTimeH only come out right with their own font. */
    private static String text(List<Run> runs, Encoding file) {
        if (runs.size() == 1) {
            return convert(runs.get(0), file);
        }
        StringBuilder out = new StringBuilder();
        runs.forEach(run -> out.append(convert(run, file)));
        return out.toString();
    }

    private static String convert(Run run, Encoding file) {
        if (file != null && LegacyText.encodingOfFont(run.font()).isEmpty()) {
            return LegacyText.toUnicode(run.text(), file, false);
        }
        return LegacyText.toUnicode(run.text(), run.font());
    }

    /** The one legacy encoding the file's unmarked text is in, if the file shows one. */
    private static Optional<Encoding> fileEncoding(List<Row> rows) {
        List<String> texts = rows.stream().flatMap(r -> r.cells().stream()).filter(c -> !c.numeric())
                .flatMap(c -> c.runs().stream())
                .filter(run -> LegacyText.encodingOfFont(run.font()).isEmpty())
                .map(Run::text).toList();
        if (texts.stream().anyMatch(LegacyDecoding::hasUnicodeOnlyLetter)) {
            return Optional.empty();
        }
        List<Encoding> seen = texts.stream().map(LegacyText::detect).flatMap(Optional::stream).distinct().toList();
        return seen.size() == 1 ? Optional.of(seen.get(0)) : Optional.empty();
    }

    /** ă đ ơ ư and the letters of the Latin Extended Additional block: no 8-bit reading produces them. */
    static boolean hasUnicodeOnlyLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x1EA0 && c <= 0x1EF9 || "ĂăĐđƠơƯư".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }
}
