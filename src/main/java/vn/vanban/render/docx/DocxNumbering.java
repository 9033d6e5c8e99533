package vn.vanban.render.docx;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.vanban.document.Numbering;
import vn.vanban.render.ooxml.Xml;

/**
 * word/numbering.xml, filled as the document is written: articles ("Điều 1."), khoản ("1.", "2.1."),
 * điểm ("a)") and each numbered list ("1. ") become Word lists, so a clerk who inserts an article, a
 * khoản or a member in Word sees the rest renumbered instead of retyping them (seed 002 jumps from 2
 * to 4 because someone did it by hand). A paragraph joins the running list of its kind when Word would
 * print exactly the number the document gives it, and starts a new list otherwise: so the khoản of each
 * article, and the điểm of each khoản, count again from 1 as the seeds do, and Word always prints the
 * numbers of the PDF. One object per document.
 */
final class DocxNumbering {

    /** How Word prints one kind: the format of its numbers and the text of level n (0-based). */
    private enum Format {
        ARTICLE("decimal", true) {
            @Override
            String text(int level) {
                return "Điều %1.";
            }
        },
        CLAUSE("decimal", false) {
            @Override
            String text(int level) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= level + 1; i++) {
                    sb.append('%').append(i).append('.');
                }
                return sb.toString();
            }
        },
        POINT("lowerLetter", false) {
            @Override
            String text(int level) {
                return "%1)";
            }
        },
        LIST_ITEM("decimal", false) {
            @Override
            String text(int level) {
                return "%1.";
            }
        };

        private final String numFmt;
        private final boolean bold;

        Format(String numFmt, boolean bold) {
            this.numFmt = numFmt;
            this.bold = bold;
        }

        abstract String text(int level);

        static Format of(Numbering.Kind kind) {
            return valueOf(kind.name());
        }
    }

    /**
     * A Word list: its kind, the start of each level, the indent of each level's first lines (twips),
     * and, as the document is written, the number Word has given each level so far (null: not yet used,
     * or restarted by a paragraph of a higher level).
     */
    private static final class Instance {
        final Format format;
        final List<Integer> starts;
        final List<Integer> firstLines = new ArrayList<>();
        final List<Integer> counters = new ArrayList<>();

        Instance(Format format, List<Integer> starts) {
            this.format = format;
            this.starts = new ArrayList<>(starts);
        }

        /** The numbers Word prints on the next paragraph of {@code level}. */
        List<Integer> next(int level) {
            List<Integer> printed = new ArrayList<>();
            for (int k = 0; k <= level; k++) {
                Integer used = k < counters.size() ? counters.get(k) : null;
                printed.add(k < level ? (used != null ? used : start(k)) : (used != null ? used + 1 : start(k)));
            }
            return printed;
        }

        void take(List<Integer> path, int firstLine) {
            int level = path.size() - 1;
            while (counters.size() <= level) {
                counters.add(null);
            }
            counters.set(level, path.get(level));
            for (int k = level + 1; k < counters.size(); k++) {
                counters.set(k, null);
            }
            while (firstLines.size() <= level) {
                firstLines.add(null);
            }
            if (firstLines.get(level) == null) {
                firstLines.set(level, firstLine);
            }
        }

        int start(int level) {
            return level < starts.size() ? starts.get(level) : 1;
        }

        int levels() {
            return Math.max(starts.size(), firstLines.size());
        }
    }

    private final List<Instance> instances = new ArrayList<>();
    private final Map<Numbering.Kind, Integer> current = new EnumMap<>(Numbering.Kind.class);

    /**
     * The w:numId of a paragraph numbered {@code numbering}: the running list of its kind when Word would
     * print its numbers there, a new one otherwise.
     */
    int numId(Numbering numbering, int firstLine) {
        Integer id = current.get(numbering.kind());
        Instance in = id == null ? null : instances.get(id - 1);
        if (in == null || !in.next(numbering.level()).equals(numbering.path())) {
            in = new Instance(Format.of(numbering.kind()), numbering.path());
            instances.add(in);
            id = instances.size();
            current.put(numbering.kind(), id);
        }
        in.take(numbering.path(), firstLine);
        return id;
    }

    /**
     * The part: one abstract list per instance, each starting at its own numbers (a w:startOverride is
     * not honoured alike by every reader). The label is followed by a space, as the typed label was.
     */
    String part() {
        Xml x = new Xml().raw(PackageParts.XML_DECLARATION).raw("<w:numbering xmlns:w=\"").raw(PackageParts.W_NS)
                .raw("\">");
        for (int i = 0; i < instances.size(); i++) {
            Instance in = instances.get(i);
            int levels = in.levels();
            x.raw("<w:abstractNum").attr("w:abstractNumId", i).raw("><w:multiLevelType")
                    .attr("w:val", levels > 1 ? "multilevel" : "singleLevel").raw("/>");
            for (int level = 0; level < levels; level++) {
                Integer firstLine = level < in.firstLines.size() ? in.firstLines.get(level) : null;
                x.raw("<w:lvl").attr("w:ilvl", level).raw(">").empty("w:start", "w:val", in.start(level))
                        .empty("w:numFmt", "w:val", in.format.numFmt).raw("<w:suff w:val=\"space\"/>")
                        .empty("w:lvlText", "w:val", in.format.text(level)).raw("<w:lvlJc w:val=\"left\"/>")
                        .raw("<w:pPr><w:ind w:left=\"0\"").attr("w:firstLine", firstLine == null ? 0 : firstLine)
                        .raw("/></w:pPr>")
                        .raw(in.format.bold ? "<w:rPr><w:b/><w:bCs/></w:rPr>" : "")
                        .raw("</w:lvl>");
            }
            x.raw("</w:abstractNum>");
        }
        for (int i = 0; i < instances.size(); i++) {
            x.raw("<w:num").attr("w:numId", i + 1).raw(">").empty("w:abstractNumId", "w:val", i).raw("</w:num>");
        }
        return x.raw("</w:numbering>").toString();
    }
}
