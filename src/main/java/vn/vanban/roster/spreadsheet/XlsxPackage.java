package vn.vanban.roster.spreadsheet;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An XLSX as a zip of parts: where the first sheet, the styles and the shared strings are, found through
 * the package's relationships as Excel, LibreOffice and POI write them (transitional and strict
 * namespaces alike, since only local names and the ends of relationship types are compared). Every part
 * is inflated only as it is read and counted against the {@link ReadBudget}, per part and in total: a
 * small file can unzip to gigabytes. So are the number of entries and of relationships.
 *
 * <p>The zip is read through its central directory from a temporary file, deleted on {@link #close}:
 * reading the entries in stream order fails on what POI and other writers put in their local headers
 * (sizes of 0 followed by a data descriptor).
 */
final class XlsxPackage implements Closeable {

    private final Path file;
    private final ReadBudget budget;
    private final ZipFile zip;
    private final Map<String, ZipEntry> parts;
    private final String sheet;
    private final String styles;
    private final String sharedStrings;
    private final String carried;

    private XlsxPackage(Path file, ReadBudget budget) throws IOException, XMLStreamException {
        this.file = file;
        this.budget = budget;
        this.zip = new ZipFile(file.toFile());
        try {
            budget.parts(zip.size());
            this.parts = entries(zip);
            String workbook = target("", relationships("_rels/.rels"), "/officeDocument");
            if (workbook == null || !parts.containsKey(workbook)) {
                throw new IOException("no workbook part");
            }
            Map<String, String> workbookLinks = relationships(relationshipsOf(workbook));
            String folder = folder(workbook);
            String[] sheetIds = sheetIds(workbook);
            this.sheet = sheetIds[0] == null ? null : resolve(folder, workbookLinks.get("id:" + sheetIds[0]));
            this.carried = sheetIds[1] == null ? null : resolve(folder, workbookLinks.get("id:" + sheetIds[1]));
            this.styles = target(folder, workbookLinks, "/styles");
            this.sharedStrings = target(folder, workbookLinks, "/sharedStrings");
        } catch (IOException | XMLStreamException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /**
     * The package of the bytes, to be closed.
     *
     * @throws IOException when the bytes are no XLSX, a damaged one, or one with no workbook
     */
    static XlsxPackage of(byte[] bytes, ReadBudget budget) throws IOException, XMLStreamException {
        Path file = Files.createTempFile("vanban-list-", ".xlsx");
        try {
            Files.write(file, bytes);
            return new XlsxPackage(file, budget);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            zip.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The first sheet in the workbook's order, or null for a workbook without sheets. */
    String sheet() {
        return sheet;
    }

    /** The hidden sheet of {@link CarriedEntries}, or null when the workbook has none. */
    String carried() {
        return carried != null && parts.containsKey(carried) ? carried : null;
    }

    /** The part, or null when the package has none. */
    String styles() {
        return styles != null && parts.containsKey(styles) ? styles : null;
    }

    String sharedStrings() {
        return sharedStrings != null && parts.containsKey(sharedStrings) ? sharedStrings : null;
    }

    /** The part's bytes, inflated as they are read. */
    InputStream open(String part) throws IOException {
        ZipEntry entry = parts.get(part);
        if (entry == null) {
            throw new IOException("no part " + part);
        }
        return new Capped(zip.getInputStream(entry), budget);
    }

    private static Map<String, ZipEntry> entries(ZipFile zip) throws IOException {
        Map<String, ZipEntry> entries = new HashMap<>();
        try {
            for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
                ZipEntry entry = all.nextElement();
                entries.put(normalise(entry.getName()), entry);
            }
        } catch (IllegalArgumentException e) {
            // What the zip reader says of an entry name that is not UTF-8: a damaged file to us.
            throw new ZipException(e.getMessage());
        }
        return entries;
    }

    /** Relationship targets by type ("type:…/styles") and by id ("id:rId1"); empty when the part is missing. */
    private Map<String, String> relationships(String part) throws IOException, XMLStreamException {
        Map<String, String> links = new HashMap<>();
        if (!parts.containsKey(part)) {
            return links;
        }
        try (InputStream in = open(part)) {
            XMLStreamReader xml = StaxInput.reader(in, budget);
            int count = 0;
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")) {
                    budget.parts(++count);
                    String target = xml.getAttributeValue(null, "Target");
                    String mode = xml.getAttributeValue(null, "TargetMode");
                    if (target != null && !"External".equals(mode)) {
                        links.put("id:" + xml.getAttributeValue(null, "Id"), target);
                        links.putIfAbsent("type:" + xml.getAttributeValue(null, "Type"), target);
                    }
                }
            }
            xml.close();
        }
        return links;
    }

    /**
     * The relationship ids of the workbook's first {@code <sheet>} and of the sheet named
     * {@link CarriedEntries#SHEET} (null where there is none), read up to the end of {@code <sheets>}.
     */
    private String[] sheetIds(String workbook) throws IOException, XMLStreamException {
        String[] ids = new String[2];
        boolean first = true;
        try (InputStream in = open(workbook)) {
            XMLStreamReader xml = StaxInput.reader(in, budget);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sheets")) {
                    break;
                }
                if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheet")) {
                    String id = relationshipId(xml);
                    if (first) {
                        ids[0] = id;
                        first = false;
                    } else if (CarriedEntries.SHEET.equals(xml.getAttributeValue(null, "name"))) {
                        ids[1] = id;
                        break;
                    }
                }
            }
            return ids;
        }
    }

    /** r:id, in whichever relationships namespace the workbook uses. */
    private static String relationshipId(XMLStreamReader xml) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals("id") && xml.getAttributeNamespace(i) != null) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** The target of the first relationship whose type ends with {@code typeEnd}, resolved from {@code folder}. */
    private static String target(String folder, Map<String, String> links, String typeEnd) {
        for (Map.Entry<String, String> link : links.entrySet()) {
            if (link.getKey().startsWith("type:") && link.getKey().endsWith(typeEnd)) {
                return resolve(folder, link.getValue());
            }
        }
        return null;
    }

    /** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
    private static String relationshipsOf(String part) {
        return folder(part) + "_rels/" + part.substring(part.lastIndexOf('/') + 1) + ".rels";
    }

    private static String folder(String part) {
        return part.substring(0, part.lastIndexOf('/') + 1);
    }

    /** A target relative to {@code folder}, or absolute from the package root; "../" steps up. */
    private static String resolve(String folder, String target) {
        if (target == null) {
            return null;
        }
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        StringBuilder out = new StringBuilder();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                int cut = out.lastIndexOf("/", out.length() - 2);
                out.setLength(cut < 0 ? 0 : cut + 1);
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                out.append(segment).append('/');
            }
        }
        return out.length() == 0 ? "" : out.substring(0, out.length() - 1);
    }

    private static String normalise(String entryName) {
        String name = entryName.replace('\\', '/');
        return name.startsWith("/") ? name.substring(1) : name;
    }

    /** The entry's inflated bytes, failing once they pass the budget's caps. */
    private static final class Capped extends FilterInputStream {
        private final ReadBudget budget;
        private long read;

        Capped(InputStream in, ReadBudget budget) {
            super(in);
            this.budget = budget;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(0, n));
            return n;
        }

        private void count(int n) {
            read += n;
            budget.inflated(read, n);
        }
    }
}
