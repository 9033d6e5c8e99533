package vn.vanban.roster.spreadsheet;

import java.util.Objects;
import java.util.function.Function;
import vn.vanban.roster.Team;

/**
 * How to print a member list.
 *
 * @param layout       the 2022 or the 2025 form
 * @param maskPhones   print "0914994***" instead of the number, for lists shared beyond the commune
 * @param decisionText the 2025 form's decision cell for a team ("01/QĐ-UBND ngày 10/7/2025"), null or
 *                     blank for none; decisions live outside the roster, so the caller supplies them
 */
public record ExportOptions(SheetLayout layout, boolean maskPhones, Function<Team, String> decisionText) {

    public ExportOptions {
        Objects.requireNonNull(layout, "layout");
        decisionText = decisionText == null ? team -> null : decisionText;
    }

    public static ExportOptions of(SheetLayout layout) {
        return new ExportOptions(layout, false, null);
    }

    public ExportOptions masked(boolean mask) {
        return new ExportOptions(layout, mask, decisionText);
    }

    public ExportOptions withDecisions(Function<Team, String> decisions) {
        return new ExportOptions(layout, maskPhones, decisions);
    }
}
