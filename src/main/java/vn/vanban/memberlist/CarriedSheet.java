package vn.vanban.memberlist;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import vn.vanban.render.ooxml.Xml;
import vn.vanban.roster.Membership;
import vn.vanban.roster.Person;
import vn.vanban.roster.Roster;
import vn.vanban.roster.Team;
import vn.vanban.roster.Village;
import vn.vanban.roster.form.ListedSeats;
import vn.vanban.roster.spreadsheet.CarriedEntries;

/**
 * Adds to an exported list the very hidden sheet that {@link CarriedEntries} reads back: a row per village
 * (with the one it was merged into), per team and per seat with what the printed form cannot show (keys,
 * level, village, "Mời", group entry, seat
 * named by position, organisation, gender, Zalo, decision order). So the file imported back into a roster
 * that lacks its teams gives back the same entries instead of guesses. The list's own parts are copied
 * as they are; only the workbook, its relationships and the content types learn of the sheet.
 */
final class CarriedSheet {

    private static final String PART = "xl/worksheets/vanban.xml";
    private static final String RELATIONSHIP_ID = "rIdVanban";

    private CarriedSheet() {
    }

    /** Copies {@code workbook}, an exported list of {@code roster}, to {@code out} with the hidden sheet. */
    static void addTo(byte[] workbook, Roster roster, OutputStream out) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String part = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(withSheet(entry.getName(), part).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(PART));
            zip.write(sheet(roster).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withSheet(String name, String part) {
        return switch (name) {
            case "[Content_Types].xml" -> part.replace("</Types>", "<Override PartName=\"/" + PART + "\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            case "xl/_rels/workbook.xml.rels" -> part.replace("</Relationships>", "<Relationship Id=\"" + RELATIONSHIP_ID
                    + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
                    + " Target=\"worksheets/vanban.xml\"/></Relationships>");
            case "xl/workbook.xml" -> part.replace("</sheets>", "<sheet name=\"" + CarriedEntries.SHEET
                    + "\" sheetId=\"2\" state=\"veryHidden\" r:id=\"" + RELATIONSHIP_ID + "\"/></sheets>");
            default -> part;
        };
    }

    private static String sheet(Roster roster) {
        Xml x = new Xml();
        x.raw(Xml.DECLARATION).raw("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        List<String> header = new ArrayList<>(CarriedEntries.COLUMNS);
        header.set(0, CarriedEntries.HEADER);
        int row = 1;
        row(x, row++, header);
        for (Village v : roster.villages()) {
            List<String> cells = new ArrayList<>(Collections.nCopies(CarriedEntries.COLUMNS.size(), ""));
            cells.set(0, "village");
            cells.set(CarriedEntries.COLUMNS.indexOf("village-key"), v.key());
            cells.set(CarriedEntries.COLUMNS.indexOf("village-kind"), text(v.kind()));
            cells.set(CarriedEntries.COLUMNS.indexOf("village-name"), text(v.name()));
            cells.set(CarriedEntries.COLUMNS.indexOf("active"), flag(v.active()));
            cells.set(CarriedEntries.COLUMNS.indexOf("merged-into"), text(v.mergedInto()));
            row(x, row++, cells);
        }
        for (Team team : roster.teams()) {
            row(x, row++, List.of("team", team.name(), team.key(), team.level().name(), text(team.villageKey()),
                    text(team.shortName()), text(team.zaloGroup()), text(team.note())));
            for (int i = 0; i < team.members().size(); i++) {
                Membership m = team.members().get(i);
                Person p = m.person();
                boolean positionOnly = p == null || p.fullName() == null || p.fullName().isBlank();
                row(x, row++, List.of("member", team.name(), "", "", "", "", "", "", ListedSeats.name(m), text(m.key()),
                        flag(m.invited()), flag(m.group()), flag(positionOnly), text(m.position()), text(m.organisation()),
                        p == null || p.gender() == null ? "" : p.gender().name(), flag(p != null && p.zalo()),
                        Integer.toString(i), p == null ? "" : text(p.note())));
            }
        }
        return x.raw("</sheetData></worksheet>").toString();
    }

    private static void row(Xml x, int number, List<String> cells) {
        x.raw("<row").attr("r", number).raw(">");
        for (String cell : cells) {
            // Blank cells are left out; CarriedEntries finds each value by its column.
            x.raw(cell.isEmpty() ? "<c/>" : "<c t=\"inlineStr\"><is><t xml:space=\"preserve\">").text(cell)
                    .raw(cell.isEmpty() ? "" : "</t></is></c>");
        }
        x.raw("</row>");
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String flag(boolean b) {
        return b ? "1" : "0";
    }
}
