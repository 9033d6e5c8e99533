package vn.vanban.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhrasesTest {

    private static String shown(String s) {
        return s.replace(Phrases.NO_BREAK, '~');
    }

    @Test
    void placeNameAfterItsKindIsBoundAndTheKindMayStillBreak() {
        assertThat(shown(Phrases.bind("Về việc thành lập Tổ công nghệ số cộng đồng phường Cẩm Thành")))
                .isEqualTo("Về việc thành lập Tổ công nghệ số cộng đồng phường Cẩm~Thành");
        assertThat(shown(Phrases.bind("các thôn của xã Giao Long, huyện Giao Thủy")))
                .isEqualTo("các thôn của xã Giao~Long, huyện Giao~Thủy");
    }

    @Test
    void aOneWordNameStaysWithItsKind() {
        assertThat(shown(Phrases.bind("Tổ công nghệ số cộng đồng Phường 3 và xã Tân"))).isEqualTo(
                "Tổ công nghệ số cộng đồng Phường~3 và xã~Tân");
        assertThat(shown(Phrases.bind("thành lập các tổ thôn"))).isEqualTo("thành lập các tổ thôn");
    }

    @Test
    void datePartsAndAPlaceWrittenAloneAreBound() {
        assertThat(shown(Phrases.bind(Phrases.name("Cẩm Thành") + ", ngày 05 tháng 3 năm 2025")))
                .isEqualTo("Cẩm~Thành, ngày~05 tháng~3 năm~2025");
    }

    @Test
    void capitalsBindCompoundsAndThePlaceButNotAcrossThem() {
        assertThat(shown(Phrases.bindCapitals("SỞ KHOA HỌC VÀ CÔNG NGHỆ"))).isEqualTo("SỞ KHOA~HỌC VÀ CÔNG~NGHỆ");
        assertThat(shown(Phrases.bindCapitals("ỦY BAN NHÂN DÂN PHƯỜNG HẠC THÀNH")))
                .isEqualTo("ỦY~BAN NHÂN~DÂN PHƯỜNG HẠC~THÀNH");
        assertThat(shown(Phrases.bindCapitals("PHÒNG VĂN HÓA - XÃ HỘI"))).isEqualTo("PHÒNG VĂN~HÓA - XÃ~HỘI");
        assertThat(shown(Phrases.bindCapitals("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN"))).isEqualTo(
                "CHỦ~TỊCH ỦY~BAN NHÂN~DÂN XÃ~TÂN");
    }

    @Test
    void wordsAfterAKindThatAreNoNameStayBreakable() {
        String title = "DANH SÁCH XÃ, PHƯỜNG, ĐẶC KHU CHƯA BAN HÀNH QUYẾT ĐỊNH THÀNH LẬP TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG CẤP XÃ";
        assertThat(shown(Phrases.bind(title))).isEqualTo(
                "DANH SÁCH XÃ, PHƯỜNG, ĐẶC KHU CHƯA BAN HÀNH QUYẾT ĐỊNH THÀNH LẬP TỔ CÔNG~NGHỆ~SỐ CỘNG~ĐỒNG CẤP XÃ");
        assertThat(shown(Phrases.bind("các xã, phường Cẩm Thành"))).isEqualTo("các xã, phường Cẩm~Thành");
    }

    @Test
    void nothingButSpacesChanges() {
        String text = "Về việc kiện toàn Tổ công nghệ số cộng đồng đặc khu Cồn Cỏ";
        assertThat(Phrases.bind(text).replace(Phrases.NO_BREAK, ' ')).isEqualTo(text);
        assertThat(shown(Phrases.bind(text))).endsWith("đặc~khu Cồn~Cỏ");
    }

    @Test
    void bodyTextBindsPlaceNamesOnlyAndKeepsTheRunEdges() {
        assertThat(shown(Phrases.bindPlaces(" thành lập Tổ công nghệ số cộng đồng ấp Giao Hòa A, xã Giao Long ngày 05 ")))
                .isEqualTo(" thành lập Tổ công nghệ số cộng đồng ấp Giao~Hòa~A, xã Giao~Long ngày 05 ");
        assertThat(shown(Phrases.bindPlaces("Ủy ban nhân dân xã về kết quả; các vấn đề xã hội Việt Nam")))
                .as("a kind without a name, or a word that only looks like one").isEqualTo(
                        "Ủy ban nhân dân xã về kết quả; các vấn đề xã hội Việt Nam");
        assertThat(shown(Phrases.bindPlaces("Trưởng thôn Đông, ")))
                .isEqualTo("Trưởng thôn~Đông, ");
        assertThat(shown(Phrases.bindPlaces("Tổ cấp xã. Các Quyết định của ấp Giao Hòa A. Tổ trưởng")))
                .as("a full stop ends the phrase").isEqualTo("Tổ cấp xã. Các Quyết định của ấp Giao~Hòa~A. Tổ trưởng");
        assertThat(shown(Phrases.bindPlaces("thôn Một Hai Ba Bốn Năm"))).as("more words than a name has")
                .isEqualTo("thôn Một Hai Ba Bốn Năm");
    }
}
