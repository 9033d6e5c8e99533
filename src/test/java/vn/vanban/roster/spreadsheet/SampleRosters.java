package vn.vanban.roster.spreadsheet;

import java.util.List;
import vn.vanban.roster.Gender;
import vn.vanban.roster.Membership;
import vn.vanban.roster.Person;
import vn.vanban.roster.Profile;
import vn.vanban.roster.Role;
import vn.vanban.roster.Roster;
import vn.vanban.roster.Team;
import vn.vanban.roster.TeamLevel;
import vn.vanban.roster.TeamStatus;
import vn.vanban.roster.Village;

/** A commune roster with every kind of seat the lists must carry. People are invented. */
public final class SampleRosters {

    public static final String COMMUNE = "Phường Hạc Thành";

    private SampleRosters() {
    }

    public static Person person(String name, Gender gender, String phone) {
        return new Person(name, gender, phone, PhoneFields.e164(phone), false, true, null);
    }

    public static Membership seat(String key, Role role, Person person) {
        return new Membership(key, role, false, false, null, null, person);
    }

    public static Roster hacThanh() {
        Team commune = new Team("to-phuong", TeamLevel.COMMUNE, "Tổ công nghệ số cộng đồng phường Hạc Thành",
                "Tổ công nghệ số phường", null, TeamStatus.ESTABLISHED, "Tổ CNSCĐ-Hạc Thành", null, 7L, List.of(
                new Membership("chu-tich", Role.LEADER, false, false, "Chủ tịch UBND phường", "UBND",
                        person("Nguyễn Văn Bình", Gender.MALE, "0914994123")),
                // A seat the decision names by position only, as Cẩm Thành's does.
                new Membership("pct", Role.STANDING_DEPUTY, false, false, "Phó Chủ tịch UBND phường", "UBND", null),
                new Membership("cong-an", Role.DEPUTY, false, false, "Trưởng Công an phường", "Công an", null),
                new Membership("vhxh", Role.DEPUTY, false, false, "Trưởng phòng Văn hóa - Xã hội", null,
                        new Person("Lê Thị Hương", Gender.FEMALE, "0914 994 456", "+84914994456", false, false,
                                "Phụ trách, chuyên môn")),
                new Membership("mttq", Role.MEMBER, true, false, "Chủ tịch UB MTTQ VN phường", "MTTQ",
                        new Person("Trịnh Văn Quyết", Gender.MALE, "0914994789", "+84914994789", false, true,
                                "Mời")),
                new Membership("to-truong-kp", Role.MEMBER, false, true,
                        "Các đồng chí là Tổ trưởng tổ công nghệ số tại các khu phố", null, null)));
        Team kp1 = new Team("to-kp1", TeamLevel.VILLAGE, "Tổ KP1", null, "kp1", TeamStatus.PROPOSED, null, null, null,
                List.of(
                        seat("kp1-1", Role.LEADER, person("Hoàng Minh Tuấn", Gender.MALE, "0385112233")),
                        seat("kp1-2", Role.DEPUTY, person("Đỗ Thị Lan", Gender.FEMALE, "0385445566")),
                        seat("kp1-3", Role.MEMBER, person("Mai Xuân Trường", null, "0385778899")),
                        seat("kp1-4", Role.MEMBER, person("Bùi Thị An", Gender.FEMALE, null)),
                        seat("kp1-5", Role.MEMBER, person("Nguyễn Thị Ánh", Gender.FEMALE, "0977 001 122")),
                        // Latin-1 letters only, and "oà" is how VNI writes ồ: must not come back as "Hồng".
                        seat("kp1-6", Role.MEMBER, new Person("Hoàng Anh Tú", Gender.MALE, "0912345678", "+84912345678",
                                false, false, "Đoàn viên"))));
        Team kp2 = new Team("to-kp2", TeamLevel.VILLAGE, "Tổ KP2", null, "kp2", TeamStatus.PROPOSED, null, null, null,
                List.of());
        Profile profile = new Profile("ỦY BAN NHÂN DÂN PHƯỜNG HẠC THÀNH", null, "Hạc Thành", null,
                "Nguyễn Văn Bình", null, null, null, null, null, null);
        return new Roster("14797", 3L, profile,
                List.of(new Village("kp1", "khu phố", "KP1", true), new Village("kp2", "khu phố", "KP2", true),
                        new Village("kp3", "khu phố", "KP3", true), new Village("kp13", "khu phố", "KP13", true)),
                List.of(commune, kp1, kp2), null);
    }
}
