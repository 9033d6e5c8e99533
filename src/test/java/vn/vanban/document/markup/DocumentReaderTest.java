package vn.vanban.document.markup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanban.document.Closing;
import vn.vanban.document.DocumentSyntaxException;
import vn.vanban.document.DocumentTree;
import vn.vanban.document.Header;
import vn.vanban.document.Numbering;
import vn.vanban.document.Paragraph;
import vn.vanban.document.Run;
import vn.vanban.layout.TextRole;

class DocumentReaderTest {

    private final DocumentReader reader = new DocumentReader();

    private List<String> texts(DocumentTree d) {
        return d.blocks().stream().filter(Paragraph.class::isInstance).map(b -> ((Paragraph) b).text()).toList();
    }

    @Test
    void articlesAndItemsAreNumberedContinuouslyAcrossGroups() {
        DocumentTree d = reader.read("""
                <document>
                  <article><p>Thành lập Tổ:</p>
                    <numbered>
                      <group>Tổ trưởng:</group><item>Chủ tịch UBND</item>
                      <group>Các tổ phó:</group><item>Phó Chủ tịch;</item><item>Trưởng Công an.</item>
                    </numbered>
                  </article>
                  <article><p>Hiệu lực.</p></article>
                </document>""");
        assertThat(texts(d)).containsExactly("Điều 1. Thành lập Tổ:", "Tổ trưởng:", "1. Chủ tịch UBND;",
                "Các tổ phó:", "2. Phó Chủ tịch;", "3. Trưởng Công an.", "Điều 2. Hiệu lực.");
    }

    @Test
    void legalBasesEndWithSemicolonAndTheLastWithAPeriod() {
        DocumentTree d = reader.read("""
                <document><bases><basis>Căn cứ Luật A.</basis><basis>Căn cứ Luật B</basis>
                <basis>Theo đề nghị của Trưởng phòng;</basis></bases></document>""");
        assertThat(texts(d)).containsExactly("Căn cứ Luật A;", "Căn cứ Luật B;", "Theo đề nghị của Trưởng phòng.");
        assertThat(((Paragraph) d.blocks().get(0)).role()).isEqualTo(TextRole.BASIS);
    }

    @Test
    void recipientsPointToTheExecutorsArticleAndEndWithTheArchive() {
        DocumentTree d = reader.read("""
                <document>
                  <article><p>A</p></article><article><p>B</p></article>
                  <article executors="true"><p>C</p></article><article><p>D</p></article>
                  <recipients ref="executors" archive="VT, VHXH"><to>Như Điều 9;</to><to>Sở KH&amp;CN (b/c)</to></recipients>
                  <signature authority="TM." on-behalf-of="Ủy ban nhân dân" title="Chủ tịch" name="Nguyễn Văn Hưng"/>
                </document>""");
        Closing closing = (Closing) d.blocks().get(d.blocks().size() - 1);
        assertThat(closing.recipientLines()).containsExactly("- Như Điều 3;", "- Sở KH&CN\u00A0(b/c);", "- Lưu: VT, VHXH.");
        assertThat(closing.signature().titleLines()).containsExactly("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
        assertThat(closing.signature().name()).isEqualTo("Nguyễn Văn Hưng");
    }

    @Test
    void lettersStartNơiNhậnWithNhưTrênOnce() {
        DocumentTree d = reader.read("""
                <document><recipients ref="addressees"><to>Như trên</to><to>UBND tỉnh (để báo cáo)</to></recipients>
                <signature authority="KT." on-behalf-of="Giám đốc" title="Phó Giám đốc" name="A"/></document>""");
        Closing closing = (Closing) d.blocks().get(0);
        assertThat(closing.recipientLines()).containsExactly("- Như trên;", "- UBND tỉnh\u00A0(để\u00A0báo\u00A0cáo);", "- Lưu: VT.");
        assertThat(closing.signature().titleLines()).containsExactly("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
    }

    @Test
    void signerWithoutAuthoritySignsWithTheTitleAlone() {
        DocumentTree d = reader.read("<document><signature title=\"Chủ tịch\" name=\"Lê Thanh Phong\"/></document>");
        assertThat(((Closing) d.blocks().get(0)).signature().titleLines()).containsExactly("CHỦ TỊCH");
        DocumentTree acting = reader.read("<document><signature authority=\"Q.\" title=\"Giám đốc\" name=\"X\"/></document>");
        assertThat(((Closing) acting.blocks().get(0)).signature().titleLines()).containsExactly("Q. GIÁM ĐỐC");
    }

    @Test
    void headerFormatsNumberDateAndCapitals() {
        DocumentTree d = reader.read("""
                <document><header><parent>ubnd tỉnh quảng ngãi</parent><issuer>Sở Khoa học<br/>và Công nghệ</issuer>
                <number value="5" symbol="SKHCN - BCVT&amp;CĐS"/><letter-subject>V/v a</letter-subject>
                <place-date place="Quảng Ngãi" date="2025-02-01"/></header></document>""");
        Header h = d.header();
        // Place names and compounds are bound with no-break spaces (text.Phrases).
        assertThat(h.parentLines()).containsExactly("UBND TỈNH QUẢNG\u00A0NGÃI");
        assertThat(h.issuerLines()).containsExactly("SỞ KHOA\u00A0HỌC", "VÀ CÔNG\u00A0NGHỆ");
        assertThat(h.numberLine()).isEqualTo("Số: 05/SKHCN-BCVT&CĐS");
        assertThat(h.placeDate()).isEqualTo("Quảng\u00A0Ngãi, ngày\u00A001 tháng\u00A002 năm\u00A02025");
        assertThat(h.letterSubjectLines()).containsExactly("V/v a");
    }

    @Test
    void doubleAsterisksMarkBoldInData() {
        DocumentTree d = reader.read("<document><p>Báo cáo **trước ngày 04/8/2025** về Sở.</p></document>");
        Paragraph p = (Paragraph) d.blocks().get(0);
        assertThat(p.runs()).containsExactly(Run.plain("Báo cáo "), Run.bold("trước ngày 04/8/2025"), Run.plain(" về Sở."));
    }

    @Test
    void clausesAndPointsAreNumbered() {
        DocumentTree d = reader.read("""
                <document><article title="Nhiệm vụ">
                  <clause title="Chế độ"><point>Một;</point><point>Hai.</point></clause>
                  <clause title="Nhiệm vụ"><clause title="Con"><p>X</p></clause></clause>
                </article></document>""");
        assertThat(texts(d)).containsExactly("Điều 1. Nhiệm vụ", "1. Chế độ", "a) Một;", "b) Hai.", "2. Nhiệm vụ",
                "2.1. Con", "X");
    }

    /**
     * Each label says what it numbers and at which level, so a writer with numbering of its own (Word's)
     * can count it; a run of điểm that reaches đ has no numbering, since no list engine counts đ.
     */
    @Test
    void labelsCarryWhatTheyNumberAndTheirPath() {
        DocumentTree d = reader.read("""
                <document><article title="Nhiệm vụ">
                  <clause title="Chế độ"><point title="Tuyên truyền"><p>Y</p></point><point>Hai.</point></clause>
                  <clause title="Nhiệm vụ"><clause><p>X</p></clause>
                    <point>1</point><point>2</point><point>3</point><point>4</point><point>5</point></clause>
                </article></document>""");
        List<Paragraph> paragraphs = d.blocks().stream().map(Paragraph.class::cast).toList();
        assertThat(paragraphs).extracting(Paragraph::text).containsExactly("Điều 1. Nhiệm vụ", "1. Chế độ",
                "a) Tuyên truyền", "Y", "b) Hai.", "2. Nhiệm vụ", "2.1. X", "a) 1", "b) 2", "c) 3", "d) 4", "đ) 5");
        assertThat(paragraphs).extracting(Paragraph::numbering).containsExactly(
                new Numbering(Numbering.Kind.ARTICLE, 1), new Numbering(Numbering.Kind.CLAUSE, 1),
                new Numbering(Numbering.Kind.POINT, 1), null, new Numbering(Numbering.Kind.POINT, 2),
                new Numbering(Numbering.Kind.CLAUSE, 2), new Numbering(Numbering.Kind.CLAUSE, List.of(2, 1)),
                null, null, null, null, null);
        assertThat(paragraphs.get(2).role()).as("a titled điểm").isEqualTo(TextRole.HEADING);
    }

    @Test
    void pointLettersFollowTheVietnameseAlphabet() {
        assertThat(VietnameseOrdinals.pointLetter(4)).isEqualTo("đ");
        assertThat(VietnameseOrdinals.pointLetter(5)).isEqualTo("e");
        assertThat(VietnameseOrdinals.pointLetter(6)).isEqualTo("g");
    }

    @Test
    void unknownElementsAreRefusedWithTheirName() {
        assertThatThrownBy(() -> reader.read("<document><blink/></document>"))
                .isInstanceOf(DocumentSyntaxException.class).hasMessageContaining("<blink>");
        assertThatThrownBy(() -> reader.read("<document><p>"))
                .isInstanceOf(DocumentSyntaxException.class);
    }

    @Test
    void doctypesAreRefused() {
        assertThatThrownBy(() -> reader.read("<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><document><p>&x;</p></document>"))
                .isInstanceOf(DocumentSyntaxException.class);
    }

    @Test
    void tableRowsMustMatchTheColumns() {
        assertThatThrownBy(() -> reader.read("<document><table widths=\"1,2\"><row><cell>a</cell></row></table></document>"))
                .isInstanceOf(DocumentSyntaxException.class).hasMessageContaining("2 columns");
    }
}
