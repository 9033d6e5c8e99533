package vn.vanban.bench.poitl;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import vn.vanban.bench.DocxTemplateFiller;
import vn.vanban.document.Block;
import vn.vanban.document.Closing;
import vn.vanban.document.DocumentTree;
import vn.vanban.document.Paragraph;
import vn.vanban.document.Table;
import vn.vanban.document.TableCell;
import vn.vanban.document.TableRow;
import vn.vanban.document.TitleBlock;
import vn.vanban.layout.TextRole;

/**
 * poi-tl, the usual way: a Word template with tags, compiled and rendered for each document. The
 * templates are built here once ({@link Templates}); each call compiles the template bytes, renders the
 * data and writes the DOCX, as a service answering one request would. The data are vanban's own texts
 * for the same document, taken from its document tree before the clock starts: poi-tl gets them ready
 * to print, without the reading, checking and numbering vanban does.
 */
public final class PoiTlFiller implements DocxTemplateFiller {

    private final byte[] decisionTemplate = Templates.decision();
    private final Configure listConfiguration = Configure.builder().bind("rows", new LoopRowTableRenderPolicy()).build();

    @Override
    public String name() {
        return "poi-tl " + version();
    }

    /** poi-tl's jar names no version in its manifest; its Maven descriptor does. */
    private static String version() {
        try (InputStream in = XWPFTemplate.class.getResourceAsStream("/META-INF/maven/com.deepoove/poi-tl/pom.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "");
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void decision(DocumentTree decision, OutputStream out) throws IOException {
        Map<String, Object> data = decisionData(decision);
        try (XWPFTemplate template = XWPFTemplate.compile(new ByteArrayInputStream(decisionTemplate))) {
            template.render(data).write(out);
        }
    }

    @Override
    public void memberList(DocumentTree frame, Iterator<TableRow> rows, OutputStream out) throws IOException {
        // poi-tl fills a table from a list: every row is in memory before the first is written.
        List<Map<String, String>> data = new ArrayList<>();
        while (rows.hasNext()) {
            List<TableCell> cells = rows.next().cells();
            Map<String, String> row = new HashMap<>();
            for (int c = 0; c < cells.size(); c++) {
                row.put("c" + c, cells.get(c).mergedUp() ? "" : cells.get(c).text());
            }
            data.add(row);
        }
        TitleBlock title = first(frame, TitleBlock.class);
        Map<String, Object> model = new HashMap<>();
        model.put("type", title.type());
        model.put("subject", String.join(" ", title.subjectLines()));
        model.put("rows", data);
        byte[] template = Templates.memberList(frame.landscape(), first(frame, Table.class));
        try (XWPFTemplate filled = XWPFTemplate.compile(new ByteArrayInputStream(template), listConfiguration)) {
            filled.render(model).write(out);
        }
    }

    /** The tags of {@link Templates#decision()}, from the decision's document tree. */
    private static Map<String, Object> decisionData(DocumentTree decision) {
        Map<String, Object> data = new HashMap<>();
        data.put("parent", String.join(" ", decision.header().parentLines()));
        data.put("issuer", String.join(" ", decision.header().issuerLines()));
        data.put("number", decision.header().numberLine());
        data.put("placeDate", decision.header().placeDate());
        List<Map<String, String>> bases = new ArrayList<>();
        List<Map<String, String>> body = new ArrayList<>();
        for (Block block : decision.blocks()) {
            if (block instanceof TitleBlock t) {
                data.put("type", t.type());
                data.put("subject", String.join(" ", t.subjectLines()));
            } else if (block instanceof Paragraph p && p.role() == TextRole.AUTHORITY) {
                data.put("authority", p.text());
            } else if (block instanceof Paragraph p && p.role() == TextRole.BASIS) {
                bases.add(Map.of("text", p.text()));
            } else if (block instanceof Paragraph p && p.role() != TextRole.DECIDES) {
                body.add(Map.of("text", p.text()));
            } else if (block instanceof Closing c) {
                data.put("recipients", c.recipientLines().stream().map(l -> Map.of("text", l)).toList());
                data.put("signTitles", c.signature().titleLines().stream().map(l -> Map.of("text", l)).toList());
                data.put("signName", c.signature().name());
            }
        }
        data.put("bases", bases);
        data.put("body", body);
        return data;
    }

    private static <T> T first(DocumentTree document, Class<T> type) {
        return document.blocks().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }
}
