package vn.vanban.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.vanban.fonts.DocumentFonts;
import vn.vanban.layout.Nd30Layout;
import vn.vanban.layout.TextMeasure;
import vn.vanban.layout.TextStyle;
import vn.vanban.layout.TextRole;
import vn.vanban.roster.form.ColumnKind;
import vn.vanban.roster.form.FormColumn;
import vn.vanban.roster.form.MemberListForm;

/**
 * The 2025 list's columns, balanced as the seed's table: the free-text Ghi chú must not be so narrow
 * that a note of 200 characters fills twenty lines while the fixed-length columns have room to spare.
 */
class MemberListColumnsTest {

    private static final Nd30Layout LAYOUT = Nd30Layout.standard();
    private static final TextMeasure FONTS = DocumentFonts.load(null);

    private static final String NOTE = "Phụ trách hướng dẫn người dân cài đặt VNeID, dịch vụ công trực tuyến, thanh toán "
            + "không dùng tiền mặt; tham gia tập huấn kỹ năng số cơ bản cho người cao tuổi trong khu phố vào các "
            + "buổi tối thứ bảy.";

    private static double columnTextWidthPt(MemberListForm form, ColumnKind kind) {
        int total = form.columns().stream().mapToInt(FormColumn::width).sum();
        int width = form.columns().stream().filter(c -> c.kind() == kind).mapToInt(FormColumn::width).sum();
        double tableWidth = TextMeasure.mmToPt(LAYOUT.page(form.landscape()).textWidthMm());
        return tableWidth * width / total - 2 * LAYOUT.tableCellPaddingPt();
    }

    /** Greedy lines at spaces, as both writers break table text. */
    private static int lines(String text, double widthPt, TextStyle style) {
        int lines = 1;
        double used = 0;
        double space = FONTS.widthPt(" ", style.sizePt(), style.bold(), style.italic());
        for (String word : text.split(" ")) {
            double w = FONTS.widthPt(word, style.sizePt(), style.bold(), style.italic());
            if (used > 0 && used + space + w > widthPt) {
                lines++;
                used = w;
            } else {
                used += used > 0 ? space + w : w;
            }
        }
        return lines;
    }

    @Test
    void aTwoHundredCharacterNoteTakesAboutTenLines() {
        assertThat(NOTE.length()).isBetween(190, 210);
        TextStyle cell = LAYOUT.style(TextRole.TABLE_CELL);

        assertThat(lines(NOTE, columnTextWidthPt(MemberListForm.FORM_2025, ColumnKind.NOTE), cell)).isLessThanOrEqualTo(10);
    }

    @Test
    void theFixedColumnsStillHoldTheirUsualValuesOnOneOrTwoLines() {
        TextStyle cell = LAYOUT.style(TextRole.TABLE_CELL);
        MemberListForm form = MemberListForm.FORM_2025;

        assertThat(lines("0914994123", columnTextWidthPt(form, ColumnKind.PHONE), cell)).isEqualTo(1);
        assertThat(lines("Thành viên", columnTextWidthPt(form, ColumnKind.ROLE), cell)).isEqualTo(1);
        assertThat(lines("Nguyễn Văn Bình", columnTextWidthPt(form, ColumnKind.NAME), cell)).isEqualTo(1);
        assertThat(lines("01/QĐ-UBND ngày 10/7/2025", columnTextWidthPt(form, ColumnKind.DECISION), cell)).isLessThanOrEqualTo(2);
        assertThat(lines("Phường Hạc Thành", columnTextWidthPt(form, ColumnKind.COMMUNE), cell)).isLessThanOrEqualTo(2);
    }
}
