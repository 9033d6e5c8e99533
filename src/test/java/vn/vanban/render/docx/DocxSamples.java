package vn.vanban.render.docx;

import vn.vanban.document.DocumentTree;
import vn.vanban.document.markup.DocumentReader;

/** Realistic documents in the template vocabulary, read by the real reader. People are invented. */
final class DocxSamples {

    private static final String[][] HAMLETS = {
        {"Giao Hòa A", "Nguyễn Văn Tâm", "Trần Thị Mỹ Duyên", "Lê Hoàng Phúc", "Phạm Văn Hùng", "Võ Thị Ngọc Hân"},
        {"Giao Hòa B", "Huỳnh Văn Lực", "Đặng Thị Thu Trang", "Bùi Minh Khoa", "Ngô Văn Đức", "Phan Thị Kiều"},
        {"Giao Thạnh", "Lâm Văn Sơn", "Trương Thị Bích", "Đoàn Quốc Bảo", "Hồ Văn Lợi", "Tạ Thị Mai"},
        {"Giao Bình", "Châu Văn Hiếu", "Lý Thị Cẩm Tú", "Dương Thành Nhân", "Mạc Văn Toàn", "Kiều Thị Yến"},
        {"Giao Lợi", "Quách Văn Phước", "Thái Thị Hồng", "Vương Gia Huy", "Lưu Văn Thắng", "Tôn Nữ Diễm"},
    };

    private DocxSamples() {
    }

    /** Mẫu 1.2: a decision with header, bases, four articles, a 25-name list, Nơi nhận and signature. */
    static DocumentTree decision() {
        StringBuilder members = new StringBuilder();
        for (String[] hamlet : HAMLETS) {
            members.append("<group>Tổ công nghệ số cộng đồng ấp ").append(hamlet[0]).append(":</group>");
            members.append("<item>Ông ").append(hamlet[1]).append(", Trưởng ấp - Tổ trưởng</item>");
            members.append("<item>Bà ").append(hamlet[2]).append(", Bí thư Chi đoàn thanh niên ấp - Tổ phó</item>");
            for (int i = 3; i < hamlet.length; i++) {
                members.append("<item>").append(hamlet[i]).append(", đoàn viên Chi đoàn ấp - Thành viên</item>");
            }
        }
        return new DocumentReader().read("""
                <document>
                  <header>
                    <parent>Ủy ban nhân dân</parent>
                    <issuer>Xã Giao Long</issuer>
                    <number value="12" symbol="QĐ-UBND"/>
                    <place-date place="Giao Long" date="2025-08-05"/>
                  </header>
                  <title type="Quyết định">Về việc thành lập các Tổ công nghệ số cộng đồng<br/>trên địa bàn xã Giao Long</title>
                  <authority>Chủ tịch Ủy ban nhân dân xã Giao Long</authority>
                  <bases>
                    <basis>Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025</basis>
                    <basis>Căn cứ Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025 của Ban Chỉ đạo Trung ương về thúc đẩy chuyển đổi số liên thông, đồng bộ, nhanh và hiệu quả đáp ứng yêu cầu sắp xếp tổ chức lại bộ máy của hệ thống chính trị</basis>
                    <basis>Theo đề nghị của Trưởng phòng Văn hóa - Xã hội xã</basis>
                  </bases>
                  <decides/>
                  <article>
                    <p>Thành lập các Tổ công nghệ số cộng đồng trên địa bàn xã Giao Long, gồm các ông (bà) có tên sau:</p>
                    <numbered>%s</numbered>
                  </article>
                  <article>
                    <p>Nhiệm vụ của Tổ công nghệ số cộng đồng:</p>
                    <clause><p>Hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID, dịch vụ công trực tuyến và thanh toán không dùng tiền mặt; hoàn thành trước ngày **30/9/2025**.</p></clause>
                    <clause><p>Tuyên truyền, phổ biến kỹ năng số cơ bản, kỹ năng bảo đảm an toàn thông tin cho người dân trên địa bàn ấp; tổng hợp khó khăn, vướng mắc của người dân để báo cáo Ủy ban nhân dân xã.</p></clause>
                  </article>
                  <article>
                    <p>Quyết định này có hiệu lực kể từ ngày ký.</p>
                  </article>
                  <article executors="true">
                    <p>Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã, Trưởng phòng Văn hóa - Xã hội xã, Trưởng các ấp và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.</p>
                  </article>
                  <recipients ref="executors" archive="VT, VHXH">
                    <to>Chủ tịch, các Phó Chủ tịch UBND xã</to>
                    <to>Đảng ủy xã (để b/c)</to>
                  </recipients>
                  <signature authority="KT." on-behalf-of="Chủ tịch" title="Phó Chủ tịch" name="Trần Văn Minh"/>
                </document>
                """.formatted(members));
    }

    /** The 2025 eight-column member list (seed 004), landscape, with merged groups and a totals row. */
    static DocumentTree memberList() {
        return memberList(12);
    }

    static DocumentTree memberList(int teams) {
        StringBuilder rows = new StringBuilder();
        int person = 0;
        for (int t = 0; t < teams; t++) {
            String[] hamlet = HAMLETS[t % HAMLETS.length];
            for (int m = 1; m <= 3; m++) {
                String merge = m == 1 ? "" : " merge-up=\"true\"";
                rows.append("<row>")
                        .append("<cell align=\"center\"").append(merge).append(">").append(t + 1).append("</cell>")
                        .append("<cell").append(merge).append(">").append(t < teams / 2 ? "Phường Hạc Thành" : "Xã Xuân Bình").append("</cell>")
                        .append("<cell").append(merge).append(">Tổ ấp ").append(hamlet[0]).append("</cell>")
                        .append("<cell align=\"center\"").append(merge).append(">").append(t + 1).append("/QĐ-UBND ngày 10/7/2025</cell>")
                        .append("<cell>").append(hamlet[m]).append("</cell>")
                        .append("<cell>").append(m == 1 ? "Tổ trưởng" : "Thành viên").append("</cell>")
                        .append("<cell align=\"center\">0914.994.").append(String.format("%03d", ++person)).append("</cell>")
                        .append("<cell>").append(m == 3 ? "Đoàn viên" : "").append("</cell>")
                        .append("</row>");
            }
        }
        return new DocumentReader().read("""
                <document orientation="landscape">
                  <header>
                    <parent>UBND tỉnh Thanh Hóa</parent>
                    <issuer>Sở Khoa học và Công nghệ</issuer>
                  </header>
                  <title type="Danh sách" reference="(Kèm theo Công văn số 1234/SKHCN-CĐS ngày 15 tháng 7 năm 2025 của Sở Khoa học và Công nghệ)">Tổ công nghệ số cộng đồng</title>
                  <table widths="5,14,13,16,18,12,12,10">
                    <row kind="header"><cell>TT</cell><cell>Xã, phường</cell><cell>Tên Tổ</cell><cell>Quyết định thành lập</cell><cell>Họ và tên</cell><cell>Chức danh trong Tổ</cell><cell>Số điện thoại</cell><cell>Ghi chú</cell></row>
                    %s
                    <row kind="total"><cell></cell><cell>Tổng cộng</cell><cell align="center">%d tổ</cell><cell></cell><cell align="center">%d người</cell><cell></cell><cell></cell><cell></cell></row>
                  </table>
                  <signature title="Giám đốc" name="Lê Quang Vinh"/>
                </document>
                """.formatted(rows, teams, person));
    }

    /** Mẫu 1.5: a công văn with V/v and several addressees. */
    static DocumentTree officialLetter() {
        return new DocumentReader().read("""
                <document>
                  <header>
                    <parent>UBND tỉnh Đồng Nai</parent>
                    <issuer>Sở Khoa học<br/>và Công nghệ</issuer>
                    <number value="5" symbol="SKHCN-CĐS"/>
                    <letter-subject>V/v triển khai Tổ công nghệ số<br/>cộng đồng năm 2025</letter-subject>
                    <place-date place="Đồng Nai" date="2025-02-03"/>
                  </header>
                  <addressees>
                    <to>Ủy ban nhân dân các xã, phường</to>
                    <to>Các tổ chức chính trị - xã hội tỉnh Đồng Nai &amp; đoàn thể</to>
                  </addressees>
                  <p>Thực hiện Kế hoạch số 02-KH/BCĐTW, Sở Khoa học và Công nghệ đề nghị các đơn vị rà soát, kiện toàn Tổ công nghệ số cộng đồng.</p>
                  <closing>Trân trọng./.</closing>
                  <recipients ref="addressees"><to>Giám đốc Sở (để b/c)</to></recipients>
                  <signature authority="KT." on-behalf-of="Giám đốc" title="Phó Giám đốc" name="Nguyễn Thị Hoa"/>
                </document>
                """);
    }
}
