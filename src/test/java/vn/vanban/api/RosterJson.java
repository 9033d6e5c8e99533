package vn.vanban.api;

/** Roster bodies for the tests: a commune team and village teams of five, valid unless a test breaks them. */
public final class RosterJson {

    private RosterJson() {
    }

    /** A commune with a commune team and {@code villages} ấp teams of five, each led by its Trưởng ấp. */
    public static String roster(int villages, String issuer) {
        StringBuilder v = new StringBuilder();
        StringBuilder t = new StringBuilder();
        t.append(team("commune", "Tổ công nghệ số cộng đồng xã Giao Long", null, "Chủ tịch Ủy ban nhân dân xã", 90));
        for (int i = 1; i <= villages; i++) {
            v.append(i > 1 ? "," : "").append("{ \"key\": \"ap-").append(i).append("\", \"kind\": \"ấp\", \"name\": \"Giao Hòa ")
                    .append(i).append("\", \"active\": true }");
            t.append(",").append(team("village", "Tổ công nghệ số cộng đồng ấp Giao Hòa " + i, "ap-" + i, "Trưởng ấp", i));
        }
        return """
                { "profile": { "issuerName": "%s", "issuerKind": "chair", "place": "Giao Long", "chair": "Lê Thanh Phong",
                    "deputies": ["Trần Văn Bảy"], "legalBases": ["Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025"],
                    "proposedBy": "Trưởng phòng Văn hóa - Xã hội xã",
                    "executors": "Công chức Văn phòng HĐND và UBND xã và các ông (bà) có tên tại Điều 1",
                    "recipients": ["Sở Khoa học và Công nghệ"], "archive": "VT, VHXH" },
                  "villages": [%s], "teams": [%s] }
                """.formatted(issuer, v, t);
    }

    private static String team(String level, String name, String village, String leaderPosition, int seed) {
        String[] given = {"Tâm", "Lực", "Hùng", "Lan", "Mai"};
        StringBuilder m = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            String role = i == 0 ? "leader" : i == 1 ? "deputy" : "member";
            m.append(i > 0 ? "," : "").append("{ \"role\": \"").append(role).append("\", \"position\": \"")
                    .append(i == 0 ? leaderPosition : "Đoàn viên").append("\", \"person\": { \"fullName\": \"Nguyễn Văn ")
                    .append(given[i]).append(" ").append(seed).append("\", \"gender\": \"").append(i < 3 ? "male" : "female")
                    .append("\" } }");
        }
        return "{ \"level\": \"" + level + "\", \"name\": \"" + name + "\"" + (village == null ? "" : ", \"villageKey\": \"" + village + "\"")
                + ", \"members\": [" + m + "] }";
    }

}
