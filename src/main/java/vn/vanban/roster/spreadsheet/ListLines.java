package vn.vanban.roster.spreadsheet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.vanban.roster.Membership;
import vn.vanban.roster.Person;
import vn.vanban.roster.Team;
import vn.vanban.text.PhoneNumbers;
import vn.vanban.text.VietnameseNames;

/**
 * The rows of a member list, the same for the XLSX and the CSV file: one per member, in Vietnamese
 * alphabetical order within a team, and one blank-member row for a team nobody sits in yet (so that an
 * export read back does not lose the team).
 */
final class ListLines {

    /**
     * @param communeNumber the TT: the forms number the communes, not the people
     * @param communeStart  first row of a commune
     * @param teamStart     first row of a team
     * @param member        false for the row of a team without members
     * @param teamRows      rows of this line's team, and of its commune: merged cells share their
     * @param communeRows   text's height among them
     * @param cells         every column's value, repeated on each row of a group; the XLSX writer
     *                      blanks what its merged cells cover
     */
    record Line(int communeNumber, boolean communeStart, boolean teamStart, boolean member, int teamRows,
                int communeRows, String[] cells) {
    }

    @FunctionalInterface
    interface Sink {
        void accept(Line line) throws IOException;
    }

    private static final Comparator<String> NAMES = VietnameseNames.order();

    private ListLines() {
    }

    static void forEach(Iterable<CommuneRoster> communes, ExportOptions options, Sink sink) throws IOException {
        SheetLayout layout = options.layout();
        int number = 0;
        for (CommuneRoster commune : communes) {
            number++;
            String communeCell = communeCell(layout, commune.displayName());
            boolean communeStart = true;
            int communeRows = commune.roster().teams().stream().mapToInt(t -> Math.max(1, t.members().size())).sum();
            for (Team team : commune.roster().teams()) {
                String decision = layout.has(SheetColumn.DECISION) ? options.decisionText().apply(team) : null;
                List<Membership> members = listOrder(team.members());
                if (members.isEmpty()) {
                    String[] cells = cells(layout, number, communeCell, team.name(), decision, null, options);
                    sink.accept(new Line(number, communeStart, true, false, 1, communeRows, cells));
                    communeStart = false;
                    continue;
                }
                boolean teamStart = true;
                for (Membership m : members) {
                    String[] cells = cells(layout, number, communeCell, team.name(), decision, m, options);
                    sink.accept(new Line(number, communeStart, teamStart, true, members.size(), communeRows, cells));
                    communeStart = false;
                    teamStart = false;
                }
            }
        }
    }

    /** The name column's text: the person's name, or the position of a seat with nobody named. */
    static String displayName(Membership m) {
        Person p = m.person();
        if (p != null && !Folding.isBlank(p.fullName())) {
            return p.fullName();
        }
        return m.position() == null ? "" : m.position();
    }

    /**
     * Named people alphabetically; seats without a name keep their decision order after them, because
     * sorting "Trưởng Công an phường" by its last word ("phường") would mean nothing.
     */
    static List<Membership> listOrder(List<Membership> members) {
        List<Membership> named = new ArrayList<>();
        List<Membership> seats = new ArrayList<>();
        for (Membership m : members) {
            (m.person() != null && !Folding.isBlank(m.person().fullName()) ? named : seats).add(m);
        }
        named.sort(Comparator.comparing(ListLines::displayName, NAMES));
        named.addAll(seats);
        return named;
    }

    /** Trà Vinh's form names the committee ("UBND phường 1, thành phố Trà Vinh"); Thanh Hóa's the unit. */
    private static String communeCell(SheetLayout layout, String displayName) {
        if (layout == SheetLayout.FORM_2022 && !displayName.isBlank()
                && !Folding.heading(displayName).startsWith("ubnd") && !Folding.heading(displayName).startsWith("uyban")) {
            return "UBND " + displayName;
        }
        return displayName;
    }

    private static String[] cells(SheetLayout layout, int number, String commune, String team, String decision,
                                  Membership m, ExportOptions options) {
        List<SheetLayout.Column> columns = layout.columns();
        String[] cells = new String[columns.size()];
        Person p = m == null ? null : m.person();
        for (int i = 0; i < cells.length; i++) {
            cells[i] = switch (columns.get(i).kind()) {
                case NUMBER -> Integer.toString(number);
                case COMMUNE -> commune;
                case TEAM -> team;
                case DECISION -> decision;
                case NAME -> m == null ? null : displayName(m);
                case ROLE -> m == null ? null : layout.label(m.role());
                case PHONE -> p == null || Folding.isBlank(p.phone()) ? null
                        : options.maskPhones() ? PhoneNumbers.mask(p.phone()) : p.phone();
                case NOTE -> p == null ? null : p.note();
            };
            if (cells[i] == null) {
                cells[i] = "";
            }
        }
        return cells;
    }
}
