package vn.vanban.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import vn.vanban.document.DocumentTree;
import vn.vanban.problem.FieldProblem;
import vn.vanban.problem.JsonPointers;
import vn.vanban.render.OversizedBlock;
import vn.vanban.render.Writers;
import vn.vanban.text.VietnameseText;

/**
 * Refuses data that makes a part of the document taller than a page (a 1,500-character issuing body, a
 * recipient of 4,000): the decree keeps the header, the title and Nơi nhận with the signature in one
 * piece, so the writers cannot split them, and the caller gets a 422 naming the field instead of a
 * broken file. The field is found by its text: the longest value of the data printed in that part, or,
 * when many short values together make it too tall (forty recipients), the list that holds them.
 */
final class PageFit {

    private static final Map<OversizedBlock.Part, String> PARTS = Map.of(
            OversizedBlock.Part.HEADER, "Phần đầu văn bản (cơ quan ban hành, số, ký hiệu, địa danh)",
            OversizedBlock.Part.TITLE, "Tên loại và trích yếu",
            OversizedBlock.Part.CLOSING, "Nơi nhận và chữ ký");

    /** Below this share of the part's text, the longest value alone does not explain its height. */
    private static final double ALONE = 0.3;

    private final Writers writers;

    PageFit(Writers writers) {
        this.writers = writers;
    }

    void check(DocumentTree document, JsonNode data) {
        writers.oversizedBlock(document).ifPresent(block -> {
            throw new DocumentDataException(DocumentDataException.Kind.UNPROCESSABLE,
                    "Dữ liệu không lập được văn bản hợp lệ", List.of(new FieldProblem(pointer(block, data),
                    PARTS.get(block.part()) + " dài hơn một trang giấy; Nghị định 30 không cho tách phần này"
                            + " sang trang sau, hãy rút gọn nội dung")));
        });
    }

    private static String pointer(OversizedBlock block, JsonNode data) {
        String printed = compact(block.text());
        List<String[]> found = new ArrayList<>();
        collect(data, "", printed, found);
        String[] longest = found.stream().max((a, b) -> Integer.compare(a[1].length(), b[1].length())).orElse(null);
        if (longest == null) {
            return "";
        }
        if (longest[1].length() >= ALONE * printed.length() || found.size() == 1) {
            return longest[0];
        }
        String parent = longest[0].substring(0, Math.max(0, longest[0].lastIndexOf('/')));
        long siblings = found.stream().filter(f -> f[0].startsWith(parent + "/")).count();
        return siblings > 1 ? parent : longest[0];
    }

    /** Every string of the data printed in the part, as {pointer, compact text}. */
    private static void collect(JsonNode node, String pointer, String printed, List<String[]> found) {
        if (node == null) {
            return;
        }
        if (node.isString()) {
            String value = compact(node.stringValue());
            if (!value.isEmpty() && printed.contains(value)) {
                found.add(new String[] {pointer, value});
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, printed, found);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                collect(e.getValue(), JsonPointers.child(pointer, e.getKey()), printed, found);
            }
        }
    }

    /** Upper case without spaces: the writers wrap, upper-case and bind words that the data does not. */
    private static String compact(String text) {
        return VietnameseText.upper(text).replaceAll("[\\s\\u00A0]+", "");
    }
}
