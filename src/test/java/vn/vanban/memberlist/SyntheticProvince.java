package vn.vanban.memberlist;

import java.util.Iterator;
import java.util.NoSuchElementException;
import vn.vanban.roster.Role;

/**
 * A made-up province, the same on every run: communes of 30 village teams of five (a Tổ trưởng, a Tổ
 * phó thường trực, a Tổ phó and two Thành viên), rows made as they are read, ordered by commune and
 * team as a database query returns them. 25,000 members are 167 communes, about a province after the
 * 2025 merger. Nothing is held, so a run measures the writer's heap and not the data's.
 */
public final class SyntheticProvince implements Iterator<MemberListRow> {

    public static final int TEAMS_PER_COMMUNE = 30;
    public static final int MEMBERS_PER_TEAM = 5;

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Vũ", "Võ", "Đặng",
        "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trịnh", "Đinh", "Lò", "Hà", "Cầm"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Quốc", "Thu", "Đức", "Ngọc", "Xuân", "Hữu", "Thanh"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Giang", "Hương", "Khánh", "Lan", "Minh",
        "Nguyệt", "Phúc", "Quyết", "Sáng", "Thước", "Trường", "Tuấn", "Uyên", "Việt", "Xuân", "Yến", "Hằng", "Đạt"};
    private static final String[] PLACES = {"Hạc Thành", "Xuân Bình", "Quảng Phú", "Đông Sơn", "Nga Sơn", "Hoằng Hóa",
        "Tĩnh Gia", "Nông Cống", "Thiệu Hóa", "Yên Định", "Vĩnh Lộc", "Thạch Thành", "Cẩm Thủy", "Ngọc Lặc"};
    private static final Role[] ROLES = {Role.LEADER, Role.STANDING_DEPUTY, Role.DEPUTY, Role.MEMBER, Role.MEMBER};

    private final int members;
    private int index;

    public SyntheticProvince(int members) {
        this.members = members;
    }

    public static int communes(int members) {
        int perCommune = TEAMS_PER_COMMUNE * MEMBERS_PER_TEAM;
        return (members + perCommune - 1) / perCommune;
    }

    @Override
    public boolean hasNext() {
        return index < members;
    }

    @Override
    public MemberListRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        int i = index++;
        int team = i / MEMBERS_PER_TEAM;
        int commune = team / TEAMS_PER_COMMUNE;
        int teamInCommune = team % TEAMS_PER_COMMUNE + 1;
        int seat = i % MEMBERS_PER_TEAM;
        String place = PLACES[commune % PLACES.length] + (commune < PLACES.length ? "" : " " + (commune / PLACES.length + 1));
        String communeName = (commune % 3 == 0 ? "Phường " : "Xã ") + place;
        String teamName = commune % 3 == 0 ? "Tổ KP" + teamInCommune : "Tổ thôn " + teamInCommune;
        String decision = (teamInCommune < 10 ? "0" : "") + teamInCommune + "/QĐ-UBND ngày 10/7/2025";
        String name = FAMILY[i % FAMILY.length] + " " + MIDDLE[(i / 7) % MIDDLE.length] + " "
                + GIVEN[(i / 3) % GIVEN.length];
        String phone = "09" + Long.toString(100_000_000L + (i * 7919L) % 100_000_000L).substring(1);
        String note = i % 11 == 0 ? "Đoàn viên" : "";
        // String.format would cost more than the writers it feeds.
        return new MemberListRow(Integer.toString(10000 + commune), communeName, teamName, decision, name,
                ROLES[seat], phone, note);
    }
}
