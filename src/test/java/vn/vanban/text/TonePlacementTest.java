package vn.vanban.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** The seeds' tone placement on open oa, oe, uy, for every tone mark and every case. */
class TonePlacementTest {

    /** The decomposed tone marks: grave, acute, tilde, hook above, dot below. */
    private static final String[] TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"};

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    @Test
    void everyToneOnAnOpenOaOeUyMovesToTheFirstVowel() {
        for (String tone : TONES) {
            for (String[] pair : new String[][] {{"o", "a"}, {"o", "e"}, {"u", "y"}}) {
                String first = pair[0];
                String second = pair[1];
                String secondStyle = nfc("h" + first + second + tone);
                String seeds = nfc("h" + first + tone + second);
                assertThat(TonePlacement.asSeeds(secondStyle)).as(secondStyle).isEqualTo(seeds);
                assertThat(TonePlacement.asSeeds(secondStyle.toUpperCase(VietnameseText.VIETNAMESE)))
                        .isEqualTo(seeds.toUpperCase(VietnameseText.VIETNAMESE));
                assertThat(TonePlacement.asSeeds(nfc("Th" + first + second + tone + " Anh")))
                        .isEqualTo(nfc("Th" + first + tone + second + " Anh"));
                assertThat(TonePlacement.asSeeds(seeds)).as("already as the seeds").isEqualTo(seeds);
            }
        }
    }

    @Test
    void placeNamesOfTheReferenceListComeOutAsTheSeedsWriteThem() {
        assertThat(TonePlacement.asSeeds("Tỉnh Thanh Hoá")).isEqualTo("Tỉnh Thanh Hóa");
        assertThat(TonePlacement.asSeeds("Thiệu Hoá")).isEqualTo("Thiệu Hóa");
        assertThat(TonePlacement.asSeeds("Cẩm Thuỷ, Bắc Thuỵ Anh, Xoè")).isEqualTo("Cẩm Thủy, Bắc Thụy Anh, Xòe");
        assertThat(TonePlacement.asSeeds("THANH HOÁ")).isEqualTo("THANH HÓA");
        assertThat(TonePlacement.asSeeds(Normalizer.normalize("Hoà", Normalizer.Form.NFD))).isEqualTo("Hòa");
    }

    @Test
    void closedSyllablesAndQuYAreLeftAlone() {
        for (String word : new String[] {"An Toàn", "Hoạch", "Huỳnh", "Quý", "Quỳ", "Quỷ", "Khuyến", "xoắn", "Ngoài",
                "Hoàng", "Khoẻo", "Thuyền", "Nguyễn", ""}) {
            assertThat(TonePlacement.asSeeds(word)).as(word).isEqualTo(word);
        }
        assertThat(TonePlacement.asSeeds(null)).isNull();
    }
}
