package vn.vanban.roster.spreadsheet;

import vn.vanban.roster.form.ColumnKind;
import vn.vanban.roster.form.MemberListForm;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.vanban.roster.Role;

/**
 * Turns the rows under the header into teams and members, the way a person reads the form: a blank
 * commune or team cell (a merged cell, or a value typed once) means "same as above"; the example rows
 * ("VD") and a row of column numbers are not data; the TỔNG row ends the table, and what follows it
 * (the date line, signatures) is not read. Every problem is collected before anything is returned.
 */
final class SheetInterpreter {

    private static final Pattern TOTAL = Pattern.compile("tổng( cộng| số)?\\s*:?");
    private static final Pattern COLUMN_NUMBER = Pattern.compile("\\(?\\d{1,2}\\)?");

    private final HeaderRow header;
    private final int maxRows;
    private final MemberListForm form;
    private final List<SheetProblem> problems = new ArrayList<>();
    private final Map<String, TeamBuilder> teams = new LinkedHashMap<>();

    private String commune;
    private TeamBuilder team;

    private SheetInterpreter(HeaderRow header, int maxRows) {
        this.header = header;
        this.maxRows = maxRows;
        this.form = header.form();
    }

    /** @throws SheetFormatException with every problem found */
    static RosterSheet interpret(List<RawRow> rows, int maxRows) {
        HeaderRow header = HeaderRow.find(rows);
        if (header == null) {
            throw new SheetFormatException(List.of(SheetProblem.file("Không tìm thấy dòng tiêu đề cột trong "
                    + HeaderRow.SCAN + " dòng đầu: cần các cột Tên Tổ, Họ tên và Chức vụ như mẫu danh sách")));
        }
        if (!header.complete()) {
            String missing = HeaderRow.REQUIRED.stream().filter(c -> !header.columns().containsKey(c))
                    .map(SheetInterpreter::expectedHeading).sorted().collect(Collectors.joining(", "));
            throw new SheetFormatException(List.of(new SheetProblem(header.row(), null, null,
                    "Dòng tiêu đề thiếu cột " + missing)));
        }
        return new SheetInterpreter(header, maxRows).run(rows);
    }

    private RosterSheet run(List<RawRow> rows) {
        int members = 0;
        for (int i = header.index() + 1; i < rows.size(); i++) {
            RawRow row = rows.get(i);
            if (isTotal(row)) {
                break;
            }
            if (isExample(row) || isColumnNumbers(row)) {
                continue;
            }
            if (members >= maxRows) {
                problems.add(new SheetProblem(row.number(), null, null,
                        "Danh sách dài quá " + maxRows + " dòng; hãy chia thành nhiều tệp"));
                break;
            }
            if (member(row)) {
                members++;
            }
        }
        if (teams.isEmpty() && problems.isEmpty()) {
            problems.add(new SheetProblem(header.row(), null, null, "Không có dòng thành viên nào dưới dòng tiêu đề"));
        }
        if (!problems.isEmpty()) {
            throw new SheetFormatException(problems);
        }
        Map<ColumnKind, String> letters = new EnumMap<>(ColumnKind.class);
        header.columns().forEach((kind, col) -> letters.put(kind, Folding.columnLetter(col)));
        return new RosterSheet(form, letters, header.headings(),
                teams.values().stream().map(TeamBuilder::build).toList());
    }

    /** Reads one row; true when it held a member (with or without problems). */
    private boolean member(RawRow row) {
        String communeCell = value(row, ColumnKind.COMMUNE);
        if (communeCell != null && !Folding.name(communeCell).equals(Folding.name(commune))) {
            commune = communeCell;
            // A new commune starts its own teams: "Thôn 1" of the next commune is another team.
            team = null;
        }
        String teamCell = value(row, ColumnKind.TEAM);
        if (teamCell != null) {
            team = teams.computeIfAbsent(Folding.name(commune) + '\u0000' + Folding.name(teamCell),
                    k -> new TeamBuilder(commune, teamCell, value(row, ColumnKind.DECISION), row.number()));
        }
        String name = value(row, ColumnKind.NAME);
        String roleText = value(row, ColumnKind.ROLE);
        String phone = phone(row);
        String note = form.has(ColumnKind.NOTE) ? value(row, ColumnKind.NOTE) : null;
        if (name == null && roleText == null && phone == null && note == null) {
            // A team listed without members, or a row that only repeats the group's cells.
            return false;
        }
        int before = problems.size();
        if (team == null) {
            problem(row, ColumnKind.TEAM, "Thiếu tên tổ");
        }
        if (name == null) {
            problem(row, ColumnKind.NAME, "Thiếu họ tên");
        }
        Role role = null;
        if (roleText == null) {
            problem(row, ColumnKind.ROLE, "Thiếu chức vụ trong tổ");
        } else {
            role = RoleLabels.parse(roleText);
            if (role == null) {
                problem(row, ColumnKind.ROLE, "Chức vụ \"" + roleText + "\" không rõ; cần là " + RoleLabels.ACCEPTED);
            }
        }
        if (problems.size() == before) {
            team.members.add(new RosterSheet.Member(name, role, phone, note, row.number()));
        }
        return true;
    }

    /** Excel stores a phone typed as a number without its zero: 918234567 is 0918234567. */
    private String phone(RawRow row) {
        RawRow.Cell cell = cell(row, ColumnKind.PHONE);
        if (cell == null) {
            return null;
        }
        return cell.numeric() && cell.text().matches("\\d{9}") ? "0" + cell.text() : cell.text();
    }

    private boolean isTotal(RawRow row) {
        return !row.cells().isEmpty() && TOTAL.matcher(Folding.name(row.cells().get(0).text())).matches();
    }

    /** The 2025 form's sample rows are marked "VD" (ví dụ) in the TT column. */
    private boolean isExample(RawRow row) {
        String number = value(row, ColumnKind.NUMBER);
        return number != null && Folding.heading(number).equals("vd");
    }

    /** Some forms number their columns under the headings: (1) (2) (3) … */
    private static boolean isColumnNumbers(RawRow row) {
        return row.cells().size() >= 3 && row.cells().stream().allMatch(c -> COLUMN_NUMBER.matcher(c.text()).matches());
    }

    private String value(RawRow row, ColumnKind kind) {
        RawRow.Cell cell = cell(row, kind);
        return cell == null ? null : cell.text();
    }

    private RawRow.Cell cell(RawRow row, ColumnKind kind) {
        Integer col = header.columns().get(kind);
        return col == null ? null : row.cell(col);
    }

    private void problem(RawRow row, ColumnKind kind, String message) {
        Integer col = header.columns().get(kind);
        problems.add(new SheetProblem(row.number(), col == null ? null : Folding.columnLetter(col),
                header.headings().get(kind), message));
    }

    private static String expectedHeading(ColumnKind kind) {
        return switch (kind) {
            case TEAM -> "Tên Tổ";
            case NAME -> "Họ tên";
            case ROLE -> "Chức vụ";
            default -> kind.name();
        };
    }

    private static final class TeamBuilder {
        final String commune;
        final String name;
        final String decision;
        final int row;
        final List<RosterSheet.Member> members = new ArrayList<>();

        TeamBuilder(String commune, String name, String decision, int row) {
            this.commune = commune;
            this.name = name;
            this.decision = decision;
            this.row = row;
        }

        RosterSheet.Team build() {
            return new RosterSheet.Team(commune, name, decision, row, members);
        }
    }
}
