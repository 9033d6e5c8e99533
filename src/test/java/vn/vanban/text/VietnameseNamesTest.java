package vn.vanban.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseNamesTest {

    private static List<String> sorted(String... names) {
        List<String> list = new ArrayList<>(List.of(names));
        list.sort(VietnameseNames.order());
        return list;
    }

    @Test
    void sortsByGivenNameFirst() {
        assertThat(sorted("Nguyễn Văn Bình", "Trần Thị An", "Lê Hoàng Phúc"))
                .containsExactly("Trần Thị An", "Nguyễn Văn Bình", "Lê Hoàng Phúc");
    }

    @Test
    void thenFamilyThenMiddle() {
        assertThat(sorted("Phạm Văn Hùng", "Đỗ Minh Hùng", "Đỗ Anh Hùng", "Bùi Thị Hùng"))
                .containsExactly("Bùi Thị Hùng", "Đỗ Anh Hùng", "Đỗ Minh Hùng", "Phạm Văn Hùng");
    }

    @Test
    void vietnameseLetterOrderNotUnicodeOrder() {
        // d < đ and a < ă < â, with Đ sorted after D although its code point is far away.
        assertThat(sorted("Lê Văn Đức", "Lê Văn Dũng", "Lê Văn Ân", "Lê Văn Ăn", "Lê Văn An"))
                .containsExactly("Lê Văn An", "Lê Văn Ăn", "Lê Văn Ân", "Lê Văn Dũng", "Lê Văn Đức");
    }

    @Test
    void tonesOrderAfterTheBareLetter() {
        assertThat(sorted("Hà Thị Ma", "Hà Thị Mạ", "Hà Thị Má", "Hà Thị Mà"))
                .containsExactly("Hà Thị Ma", "Hà Thị Mà", "Hà Thị Má", "Hà Thị Mạ");
    }

    @Test
    void spacesAndPunctuationComeBeforeLetters() {
        // Middle names of two words against one: "Hoà Xuân" is "Hoà" then more, so before "Hoàng".
        assertThat(sorted("Lê Hoàng Anh", "Lê Hoà Xuân Anh", "Lê Hoà Anh"))
                .containsExactly("Lê Hoà Anh", "Lê Hoà Xuân Anh", "Lê Hoàng Anh");
        // Ê Đê and Gia Rai names: a space, then a hyphen, then an apostrophe, all before a letter.
        assertThat(sorted("Y Bih Niê", "Ybih Niê", "Y-Bih Niê", "Y'Bih Niê", "Y’Bih Niê"))
                .containsExactly("Y Bih Niê", "Y-Bih Niê", "Y'Bih Niê", "Y’Bih Niê", "Ybih Niê");
    }

    @Test
    void decomposedNamesSortWithTheirComposedTwins() {
        String nfd = Normalizer.normalize("Võ Thị Ngọc Hân", Normalizer.Form.NFD);
        assertThat(VietnameseNames.order().compare(nfd, "Võ Thị Ngọc Hân")).isZero();
        assertThat(VietnameseNames.Parts.of(nfd)).isEqualTo(new VietnameseNames.Parts("Võ", "Thị Ngọc", "Hân"));
    }

    @Test
    void oneWordNamesAreGivenNames() {
        assertThat(VietnameseNames.Parts.of("Sáng")).isEqualTo(new VietnameseNames.Parts("", "", "Sáng"));
    }
}
