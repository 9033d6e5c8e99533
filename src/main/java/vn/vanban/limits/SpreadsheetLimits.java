package vn.vanban.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds on the work one imported spreadsheet may cause, set by what the member list form can hold
 * ({@code vanban.limits.max-rows} rows of a dozen columns) rather than by the file's size: a file under
 * the body limit can otherwise unzip to gigabytes or point a hundred thousand cells at one huge string.
 * Past any of them the import is refused with 413 naming the setting.
 *
 * @param maxCellChars     most characters in one cell (a shared string counts as a cell; 4000 is
 *                         {@code vanban.limits.max-text-length}, the longest value a roster stores)
 * @param maxCells         most cells read, empty ones included, and most shared strings
 * @param maxTotalChars    most characters of all cells together, a shared string counted once per cell
 *                         showing it: what decoding and merging work on
 * @param maxPartBytes     most bytes one part of an XLSX (one zip entry) may inflate to
 * @param maxInflatedBytes most bytes all the parts read may inflate to together
 * @param maxParts         most entries in an XLSX's zip, and most relationships in one of its parts
 * @param maxXmlDepth      deepest nesting of XML elements in a part
 * @param maxFields        most fields in one CSV record (the form has eight columns)
 */
@ConfigurationProperties("vanban.limits.spreadsheet")
public record SpreadsheetLimits(@DefaultValue("4000") int maxCellChars, @DefaultValue("200000") int maxCells,
                                @DefaultValue("4000000") long maxTotalChars,
                                @DefaultValue("33554432") long maxPartBytes,
                                @DefaultValue("67108864") long maxInflatedBytes,
                                @DefaultValue("1000") int maxParts, @DefaultValue("64") int maxXmlDepth,
                                @DefaultValue("256") int maxFields) {

    public static SpreadsheetLimits defaults() {
        return new SpreadsheetLimits(4000, 200_000, 4_000_000, 32L * 1024 * 1024, 64L * 1024 * 1024, 1000, 64, 256);
    }
}
