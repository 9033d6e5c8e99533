package vn.vanban.memberlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.vanban.document.DocumentTree;
import vn.vanban.document.Table;
import vn.vanban.document.TableCell;
import vn.vanban.document.TableRow;
import vn.vanban.generation.DocumentService;
import vn.vanban.generation.DocumentServices;
import vn.vanban.limits.RequestLimits;
import vn.vanban.roster.Role;
import vn.vanban.text.DocumentNumbers;
import vn.vanban.text.VietnameseDates;

/**
 * The streamed list is the member-list template's list: the template's example, as rows, gives the
 * template's own member rows and TỔNG row cell for cell, under the template's header and widths.
 */
class MemberListCellsTest {

    static final DocumentService DOCUMENTS = DocumentServices.create(Path.of("fonts"),
            Path.of("no-operator-templates"), RequestLimits.defaults());

    @ParameterizedTest
    @ValueSource(strings = {"2022", "2025"})
    void memberAndTotalRowsAreTheTemplates(String layout) {
        for (boolean mask : new boolean[] {false, true}) {
            ObjectNode example = (ObjectNode) DOCUMENTS.catalog().get(MemberListFrame.TEMPLATE).example().deepCopy();
            example.put("layout", layout).put("maskPhones", mask).remove("title");
            Table template = table(DOCUMENTS.document(DOCUMENTS.catalog().get(MemberListFrame.TEMPLATE), example));
            MemberListRequest request = new MemberListRequest(layout, mask, null, null);
            List<TableRow> streamed = new ArrayList<>();
            new MemberListTableRows(rows(example), new MemberListCells(request)).forEachRemaining(streamed::add);

            List<TableRow> templateBody = template.rows().stream().filter(r -> r.kind() == TableRow.Kind.BODY).toList();
            List<TableRow> streamedBody = streamed.stream().filter(r -> r.kind() == TableRow.Kind.BODY).toList();
            assertThat(streamedBody).hasSameSizeAs(templateBody);
            for (int i = 0; i < templateBody.size(); i++) {
                assertSameRow(streamedBody.get(i), templateBody.get(i), "row " + i + " of " + layout);
            }
            // Cộng under each commune and TỔNG under the list, written alike by the template and the stream.
            List<TableRow> templateTotals = template.rows().stream().filter(r -> r.kind() == TableRow.Kind.TOTAL).toList();
            List<TableRow> streamedTotals = streamed.stream().filter(r -> r.kind() == TableRow.Kind.TOTAL).toList();
            assertThat(templateTotals).hasSize(3).hasSameSizeAs(streamedTotals);
            for (int i = 0; i < templateTotals.size(); i++) {
                assertSameRow(streamedTotals.get(i), templateTotals.get(i), "Cộng/TỔNG " + i + " of " + layout);
            }
            assertThat(texts(streamedTotals.get(2))).startsWith("", "TỔNG", "3 tổ");

            DocumentTree frame = MemberListFrame.of(DOCUMENTS, request);
            Table frameTable = table(frame);
            assertThat(frameTable.columnWeights()).isEqualTo(template.columnWeights());
            assertThat(frameTable.rows()).isEqualTo(template.rows().subList(0, template.headerRows()));
            assertThat(frame.landscape()).isEqualTo(layout.equals("2025"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022", "2025"})
    void severalCommunesGetACongRowEach(String layout) {
        ObjectNode example = (ObjectNode) DOCUMENTS.catalog().get(MemberListFrame.TEMPLATE).example().deepCopy();
        List<TableRow> streamed = new ArrayList<>();
        new MemberListTableRows(rows(example), new MemberListCells(new MemberListRequest(layout, false, null, null)))
                .forEachRemaining(streamed::add);
        List<List<String>> totals = streamed.stream().filter(r -> r.kind() == TableRow.Kind.TOTAL).map(this::texts).toList();
        assertThat(totals).hasSize(3);
        assertThat(totals.get(0)).startsWith("", "Cộng", "2 tổ");
        assertThat(totals.get(0)).contains("6 thành viên");
        assertThat(totals.get(1)).startsWith("", "Cộng", "1 tổ");
        assertThat(totals.get(1)).contains("3 thành viên");
        assertThat(totals.get(2)).startsWith("", "TỔNG", "3 tổ");
        assertThat(totals.get(2)).contains("9 thành viên");
        // The Cộng row closes the commune: the next commune's first row is not merged into it.
        int firstOfSecond = streamed.indexOf(streamed.stream().filter(r -> r.kind() == TableRow.Kind.TOTAL)
                .findFirst().orElseThrow()) + 1;
        assertThat(streamed.get(firstOfSecond).cells().get(0).mergedUp()).isFalse();
        assertThat(texts(streamed.get(firstOfSecond)).get(0)).isEqualTo("2");
    }

    /** A seat standing for a group ("Các đồng chí là Tổ trưởng …") is listed but not counted, by either path. */
    @ParameterizedTest
    @ValueSource(strings = {"2022", "2025"})
    void aGroupSeatIsListedButNotCountedAsAMember(String layout) {
        ObjectNode example = (ObjectNode) DOCUMENTS.catalog().get(MemberListFrame.TEMPLATE).example().deepCopy();
        example.put("layout", layout);
        ((tools.jackson.databind.node.ArrayNode) example.get("communes").get(0).get("teams").get(0).get("members")).addObject()
                .put("role", "member").put("group", true).put("fullName", "Các đồng chí Tổ trưởng tổ dân phố");
        Table template = table(DOCUMENTS.document(DOCUMENTS.catalog().get(MemberListFrame.TEMPLATE), example));
        List<TableRow> streamed = new ArrayList<>();
        new MemberListTableRows(rows(example), new MemberListCells(new MemberListRequest(layout, false, null, null)))
                .forEachRemaining(streamed::add);
        for (List<TableRow> rows : List.of(template.rows(), streamed)) {
            List<List<String>> totals = rows.stream().filter(r -> r.kind() == TableRow.Kind.TOTAL).map(this::texts).toList();
            assertThat(totals.get(0)).contains("6 thành viên");
            assertThat(totals.get(2)).contains("9 thành viên");
            assertThat(rows).anyMatch(r -> texts(r).contains("Các đồng chí Tổ trưởng tổ dân phố"));
        }
    }

    private void assertSameRow(TableRow streamed, TableRow template, String what) {
        assertThat(streamed.kind()).as(what).isEqualTo(template.kind());
        assertThat(streamed.cells()).as(what).hasSameSizeAs(template.cells());
        for (int c = 0; c < template.cells().size(); c++) {
            TableCell expected = template.cells().get(c);
            TableCell actual = streamed.cells().get(c);
            assertThat(actual.mergedUp()).as(what + ", cell " + c + " merged").isEqualTo(expected.mergedUp());
            assertThat(actual.align()).as(what + ", cell " + c + " alignment").isEqualTo(expected.align());
            if (!expected.mergedUp()) {
                // A merged cell's text is printed by the writers only where its group starts or goes on.
                assertThat(actual.text()).as(what + ", cell " + c).isEqualTo(expected.text());
                assertThat(actual.runs()).as(what + ", cell " + c + " runs").isEqualTo(expected.runs());
            }
        }
    }

    private List<String> texts(TableRow row) {
        return row.cells().stream().map(TableCell::text).toList();
    }

    private static Table table(DocumentTree document) {
        return document.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).findFirst().orElseThrow();
    }

    /** The example's communes as the flat rows a database query would give. */
    static Iterator<MemberListRow> rows(JsonNode example) {
        List<MemberListRow> rows = new ArrayList<>();
        for (JsonNode commune : example.get("communes")) {
            String type = commune.get("type").stringValue();
            String name = type.substring(0, 1).toUpperCase() + type.substring(1) + " " + commune.get("name").stringValue();
            for (JsonNode team : commune.get("teams")) {
                JsonNode d = team.get("decision");
                String decision = d == null ? "" : DocumentNumbers.numberAndSymbol(d.get("number").intValue(),
                        d.get("symbol").stringValue()) + " ngày "
                        + VietnameseDates.shortDate(LocalDate.parse(d.get("date").stringValue()));
                for (JsonNode m : team.get("members")) {
                    rows.add(new MemberListRow(commune.get("code").stringValue(), name, team.get("name").stringValue(),
                            decision, m.get("fullName").stringValue(), Role.fromJson(m.get("role").stringValue()),
                            m.path("phone").stringValue(""), m.path("note").stringValue(""), m.path("group").asBoolean(false)));
                }
            }
        }
        return rows.iterator();
    }
}
