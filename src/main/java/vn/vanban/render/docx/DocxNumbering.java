package vn.vanban.render.docx;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.vanban.document.Numbering;
import vn.vanban.render.ooxml.Xml;

/**
 * word/numbering.xml, filled as the document is written: the articles ("Điều 1.") and each numbered
 * list ("1. ") become Word lists, so a clerk who inserts an article or a member in Word sees the rest
 * renumbered instead of retyping them (seed 002 jumps from 2 to 4 because someone did it by hand).
 * A khoản keeps its typed label: its "2.1." levels follow the article, which Word numbering cannot
 * express without restarting by hand. One instance per run of consecutive numbers, starting where the
 * document starts it, so Word prints exactly the numbers of the PDF. One object per document.
 */
final class DocxNumbering {

    /** A Word list: what it numbers, its first number, the indent of its first lines (twips). */
    private record Instance(Numbering.Kind kind, int start, int firstLine) {
    }

    private static final Map<Numbering.Kind, String> LABELS = Map.of(
            Numbering.Kind.ARTICLE, "Điều %1.",
            Numbering.Kind.LIST_ITEM, "%1.");

    private final List<Instance> instances = new ArrayList<>();
    private final Map<Numbering.Kind, Integer> current = new EnumMap<>(Numbering.Kind.class);
    private final Map<Numbering.Kind, Integer> expected = new EnumMap<>(Numbering.Kind.class);

    /** Whether Word numbers paragraphs of this kind (the label is then not typed in the runs). */
    static boolean numbers(Numbering numbering) {
        return numbering != null && LABELS.containsKey(numbering.kind());
    }

    /**
     * The w:numId of a paragraph numbered {@code numbering}: the running list of its kind when the number
     * follows on, a new one otherwise.
     */
    int numId(Numbering numbering, int firstLine) {
        Numbering.Kind kind = numbering.kind();
        Integer next = expected.get(kind);
        if (next == null || next != numbering.number()) {
            instances.add(new Instance(kind, numbering.number(), firstLine));
            current.put(kind, instances.size());
        }
        expected.put(kind, numbering.number() + 1);
        return current.get(kind);
    }

    /**
     * The part: one abstract list per instance, each starting at its own number (a w:startOverride is
     * not honoured alike by every reader). The label is followed by a space, as the typed label was.
     */
    String part() {
        Xml x = new Xml().raw(PackageParts.XML_DECLARATION).raw("<w:numbering xmlns:w=\"").raw(PackageParts.W_NS)
                .raw("\">");
        for (int i = 0; i < instances.size(); i++) {
            Instance in = instances.get(i);
            x.raw("<w:abstractNum").attr("w:abstractNumId", i).raw("><w:multiLevelType w:val=\"singleLevel\"/>")
                    .raw("<w:lvl w:ilvl=\"0\">").empty("w:start", "w:val", in.start())
                    .raw("<w:numFmt w:val=\"decimal\"/><w:suff w:val=\"space\"/>")
                    .empty("w:lvlText", "w:val", LABELS.get(in.kind())).raw("<w:lvlJc w:val=\"left\"/>")
                    .raw("<w:pPr><w:ind w:left=\"0\"").attr("w:firstLine", in.firstLine()).raw("/></w:pPr>")
                    .raw(in.kind() == Numbering.Kind.ARTICLE ? "<w:rPr><w:b/><w:bCs/></w:rPr>" : "")
                    .raw("</w:lvl></w:abstractNum>");
        }
        for (int i = 0; i < instances.size(); i++) {
            x.raw("<w:num").attr("w:numId", i + 1).raw(">").empty("w:abstractNumId", "w:val", i).raw("</w:num>");
        }
        return x.raw("</w:numbering>").toString();
    }
}
