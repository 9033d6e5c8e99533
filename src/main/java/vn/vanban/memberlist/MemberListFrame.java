package vn.vanban.memberlist;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.vanban.document.Block;
import vn.vanban.document.DocumentTree;
import vn.vanban.document.Table;
import vn.vanban.generation.DocumentService;

/**
 * The member-list template with no members: its orientation, title, header row and column widths, and
 * whatever else an operator's version of it adds around the table. A streamed list is this frame with
 * its rows added, so it looks like the template's list without a second copy of its layout.
 */
final class MemberListFrame {

    static final String TEMPLATE = "member-list";

    private MemberListFrame() {
    }

    static DocumentTree of(DocumentService documents, MemberListRequest request) {
        Map<String, Object> model = new HashMap<>();
        model.put("layout", request.form().edition());
        model.put("maskPhones", request.maskPhones());
        if (request.title() != null) {
            model.put("title", request.title());
        }
        if (request.subtitle() != null) {
            model.put("subtitle", request.subtitle());
        }
        model.put("communes", List.of());
        model.put("teamCount", 0L);
        model.put("memberCount", 0L);
        DocumentTree empty = documents.document(TEMPLATE, model);
        List<Block> blocks = new ArrayList<>(empty.blocks().size());
        boolean tableFound = false;
        for (Block block : empty.blocks()) {
            if (block instanceof Table table && !tableFound) {
                // The template's TỔNG row counts nobody; the streamed rows bring their own.
                blocks.add(new Table(table.columnWeights(), table.rows().subList(0, table.headerRows())));
                tableFound = true;
            } else {
                blocks.add(block);
            }
        }
        if (!tableFound) {
            throw new IllegalStateException("the " + TEMPLATE + " template has no table to put the rows in");
        }
        return new DocumentTree(empty.landscape(), empty.header(), blocks);
    }
}
