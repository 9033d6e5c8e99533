package vn.vanban.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseFormattingTest {

    @ParameterizedTest
    @CsvSource({
        "2022-03-05, ngày 05 tháng 3 năm 2022",
        "2022-08-16, ngày 16 tháng 8 năm 2022",
        "2023-02-01, ngày 01 tháng 02 năm 2023",
        "2020-01-05, ngày 05 tháng 01 năm 2020",
        "2019-06-29, ngày 29 tháng 6 năm 2019",
        "2025-12-31, ngày 31 tháng 12 năm 2025",
        "2025-11-09, ngày 09 tháng 11 năm 2025"
    })
    void datesArePaddedAsTheDecreeSays(LocalDate date, String expected) {
        assertThat(VietnameseDates.longDate(date)).isEqualTo(expected);
    }

    @Test
    void marchIsNeverPadded() {
        assertThat(VietnameseDates.longDate(LocalDate.of(2024, 3, 5))).doesNotContain("tháng 03");
    }

    @Test
    void placeAndDateLine() {
        assertThat(VietnameseDates.placeAndDate("Cẩm Thành", LocalDate.of(2025, 8, 5), null))
                .isEqualTo("Cẩm Thành, ngày 05 tháng 8 năm 2025");
    }

    @Test
    void draftDateLeavesDayAndMonthBlankAndKeepsTheYear() {
        String line = VietnameseDates.placeAndDate("Đồng Nai", null, 2025);
        assertThat(line).startsWith("Đồng Nai, ngày").endsWith("năm 2025");
        assertThat(line.replace('\u00A0', ' ')).matches("Đồng Nai, ngày {4,}tháng {4,}năm 2025");
    }

    @Test
    void shortDateIsPaddedAsTheSeedsAndTheLongForm() {
        assertThat(VietnameseDates.shortDate(LocalDate.of(2025, 7, 10))).isEqualTo("10/7/2025");
        assertThat(VietnameseDates.shortDate(LocalDate.of(2025, 8, 1))).isEqualTo("01/8/2025");
        assertThat(VietnameseDates.shortDate(LocalDate.of(2022, 3, 5))).isEqualTo("05/3/2022");
        assertThat(VietnameseDates.shortDate(LocalDate.of(2026, 2, 3))).isEqualTo("03/02/2026");
        assertThat(VietnameseDates.shortDate(LocalDate.of(2024, 12, 22))).isEqualTo("22/12/2024");
    }

    @ParameterizedTest
    @CsvSource({"1, 01", "5, 05", "9, 09", "10, 10", "123, 123"})
    void numbersBelowTenArePadded(int number, String expected) {
        assertThat(DocumentNumbers.pad(number)).isEqualTo(expected);
    }

    @Test
    void numberLineWithSymbolAndDraft() {
        assertThat(DocumentNumbers.numberLine(5, "QĐ-UBND")).isEqualTo("Số: 05/QĐ-UBND");
        assertThat(DocumentNumbers.numberLine(null, "QĐ-UBND").replace('\u00A0', ' ')).matches("Số: {4,}/QĐ-UBND");
    }

    @Test
    void symbolLosesTypedSpacesAroundDashes() {
        assertThat(DocumentNumbers.symbol("SKHCN - CĐS")).isEqualTo("SKHCN-CĐS");
        assertThat(DocumentNumbers.symbol("skhcn-bcvt&cđs")).isEqualTo("SKHCN-BCVT&CĐS");
    }

    @Test
    void zeroIsNotADocumentNumber() {
        assertThatThrownBy(() -> DocumentNumbers.pad(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void upperCaseKeepsEveryMark() {
        assertThat(VietnameseText.upper("ủy ban nhân dân phường cẩm thành")).isEqualTo("ỦY BAN NHÂN DÂN PHƯỜNG CẨM THÀNH");
        assertThat(VietnameseText.upper("đặc khu")).isEqualTo("ĐẶC KHU");
        // Turkish dotless-i rules must not leak in whatever the JVM locale is.
        assertThat(VietnameseText.upper("tin học")).isEqualTo("TIN HỌC");
    }

    @Test
    void decomposedInputIsComposed() {
        String nfd = Normalizer.normalize("Nguyễn Thị Hường", Normalizer.Form.NFD);
        assertThat(nfd).hasSizeGreaterThan(16);
        assertThat(VietnameseText.isDecomposed(nfd)).isTrue();
        assertThat(VietnameseText.nfc(nfd)).isEqualTo("Nguyễn Thị Hường").hasSize(16);
        assertThat(VietnameseText.upper(nfd)).isEqualTo("NGUYỄN THỊ HƯỜNG");
    }

    @Test
    void legacyTonePlacementIsKeptAsTyped() {
        // NFC does not move tone marks: "Hoà" and "Hòa" are both valid and stay as given.
        assertThat(VietnameseText.nfc("Hoà")).isEqualTo("Hoà").isNotEqualTo("Hòa");
    }

    @ParameterizedTest
    @CsvSource({"male, Ông", "female, Bà", "nam, Ông", "nữ, Bà", "other, Ông/Bà"})
    void honorificFromGender(String gender, String expected) {
        assertThat(Honorifics.of(gender)).isEqualTo(expected);
    }

    @Test
    void unknownGenderGivesBoth() {
        assertThat(Honorifics.of(null)).isEqualTo("Ông/Bà");
    }

    @Test
    void phonesAreMaskedLikeTheForm() {
        assertThat(PhoneNumbers.mask("0914994123")).isEqualTo("0914994***");
        assertThat(PhoneNumbers.mask("0914 994 123")).isEqualTo("0914994***");
        assertThat(PhoneNumbers.mask("0914994***")).isEqualTo("0914994***");
        assertThat(PhoneNumbers.isMasked("0914994xxx")).isTrue();
        assertThat(PhoneNumbers.mask("")).isEmpty();
    }

    @Test
    void endPunctuationIsStrippedButTheClosingMarkStays() {
        assertThat(VietnameseText.stripEndPunctuation("Như trên;")).isEqualTo("Như trên");
        assertThat(VietnameseText.stripEndPunctuation("VT, CĐS. Huệ.")).isEqualTo("VT, CĐS. Huệ");
        assertThat(VietnameseText.stripEndPunctuation("Trân trọng./.")).isEqualTo("Trân trọng./.");
    }
}
