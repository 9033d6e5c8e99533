package vn.vanban.roster;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo rosters loaded on first start: one per commune of the samples, each the body of
 * {@code PUT /api/v1/communes/{code}/roster}. They must be clean except for exactly two deliberate
 * imperfections, so that the checks page has something to show: Thôn 7 of Xuân Bình has no team, and the
 * team of Khu phố 5 in Hạc Thành has four members.
 */
class DemoRostersTest {

    /** The default mapper, as the start-up loader reads the files: every primitive flag must be present. */
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /**
     * As {@code PUT /api/v1/communes/{code}/roster} binds its body (StrictJson): an unknown field is an error,
     * so the files carry nothing the model does not have.
     */
    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private static final List<String> CODES = List.of("21025", "28807", "14797", "16177");
    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern PHONE = Pattern.compile("^0[35789]\\d{8}$");
    /** Tone on the second vowel of an open oa, oe or uy ("Hoà", "Thuỷ"): the samples write "Hòa", "Thủy". */
    private static final Pattern NEW_STYLE_TONE = Pattern.compile(
            "(?<![qQ])(?:[oO][àáảãạèéẻẽẹ]|[uU][ỳýỷỹỵ])(?!\\p{L})");
    private static final int MIN_MEMBERS = 5;

    private static JsonNode tree(String code) {
        try (InputStream in = resource(code)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String code) {
        InputStream in = DemoRostersTest.class.getResourceAsStream("/demo/rosters/" + code + ".json");
        assertThat(in).as("demo roster " + code).isNotNull();
        return in;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    private static List<JsonNode> members(JsonNode roster) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode team : roster.path("teams")) {
            team.path("members").forEach(out::add);
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isString() ? v.stringValue() : null;
    }

    @ParameterizedTest
    @ValueSource(strings = {"21025", "28807", "14797", "16177"})
    void bindsToTheRosterModel(String code) throws IOException {
        Roster roster;
        try (InputStream in = resource(code)) {
            roster = JSON.readValue(in, Roster.class);
        }
        try (InputStream in = resource(code)) {
            assertThat(STRICT.readValue(in, Roster.class)).isEqualTo(roster);
        }
        JsonNode tree = tree(code);
        assertThat(roster.communeCode()).isNull();
        assertThat(roster.profile().issuerName()).isEqualTo(text(tree.path("profile"), "issuerName"));
        assertThat(roster.profile().deputies()).extracting(ProfileDeputy::text)
                .containsExactlyElementsOf(list(tree.path("profile").path("deputies")).stream().map(JsonNode::stringValue).toList());
        assertThat(roster.profile().legalBases()).hasSize(tree.path("profile").path("legalBases").size());
        assertThat(roster.villages()).hasSize(tree.path("villages").size());
        assertThat(roster.teams()).hasSize(tree.path("teams").size());
        assertThat(roster.teams()).allSatisfy(team -> {
            assertThat(team.decisionId()).as("set by registration, never in the demo").isNull();
            assertThat(team.status()).as("established only by registering a decision").isEqualTo(TeamStatus.PROPOSED);
            assertThat(team.members()).allSatisfy(m -> assertThat(m.role()).isNotNull());
        });
        assertThat(roster.teams().stream().mapToInt(t -> t.members().size()).sum()).isEqualTo(members(tree).size());

        // What the store does with a PUT: clean, then refuse on any problem. The demo is already clean.
        Roster stored = new RosterNormalizer().normalize(roster);
        assertThat(new RosterValidator().validate(stored)).isEmpty();
        assertThat(stored.profile()).isEqualTo(roster.profile());
        assertThat(stored.villages()).isEqualTo(roster.villages());
        assertThat(stored.teams()).flatExtracting(Team::members).extracting(Membership::person).filteredOn(p -> p != null)
                .allSatisfy(p -> {
                    assertThat(p.phoneE164()).as(p.phone()).isEqualTo("+84" + p.phone().substring(1));
                    assertThat(p.phoneMasked()).isFalse();
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"21025", "28807", "14797", "16177"})
    void keysAreWellFormedAndUniqueWithinTheCommune(String code) {
        JsonNode roster = tree(code);
        List<String> keys = new ArrayList<>();
        roster.path("villages").forEach(v -> keys.add(text(v, "key")));
        roster.path("teams").forEach(t -> keys.add(text(t, "key")));
        members(roster).forEach(m -> keys.add(text(m, "key")));
        assertThat(keys).allSatisfy(key -> {
            assertThat(key).isNotNull().hasSizeLessThanOrEqualTo(40);
            assertThat(KEY.matcher(key).matches()).as(key).isTrue();
        });
        assertThat(keys).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @ValueSource(strings = {"21025", "28807", "14797", "16177"})
    void everyTextIsComposedAndWritesTheTonesOldStyle(String code) {
        List<String> texts = new ArrayList<>();
        collect(tree(code), texts);
        assertThat(texts).isNotEmpty().allSatisfy(s -> {
            assertThat(Normalizer.isNormalized(s, Normalizer.Form.NFC)).as("NFC: " + s).isTrue();
            assertThat(NEW_STYLE_TONE.matcher(s).find()).as("tone placement: " + s).isFalse();
            assertThat(s).as("trimmed, single spaces").isEqualTo(s.strip()).doesNotContain("  ");
        });
    }

    private static void collect(JsonNode node, List<String> texts) {
        if (node.isString()) {
            texts.add(node.stringValue());
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, texts));
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                texts.add(e.getKey());
                collect(e.getValue(), texts);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"21025", "28807", "14797", "16177"})
    void oneCommuneTeamLedByTheChair(String code) {
        JsonNode roster = tree(code);
        List<JsonNode> communeTeams = list(roster.path("teams")).stream()
                .filter(t -> "commune".equals(text(t, "level"))).toList();
        assertThat(communeTeams).hasSize(1);
        JsonNode team = communeTeams.get(0);
        assertThat(team.path("villageKey").isNull()).isTrue();
        assertThat(text(team, "zaloGroup")).isEqualTo("Tổ CNSCĐ-" + text(roster.path("profile"), "place"));
        JsonNode leader = list(team.path("members")).stream().filter(m -> "leader".equals(text(m, "role")))
                .findFirst().orElseThrow();
        assertThat(text(leader, "position")).startsWith("Chủ tịch Ủy ban nhân dân ");
        if (!leader.path("person").isNull()) {
            assertThat(text(leader.path("person"), "fullName")).isEqualTo(text(roster.path("profile"), "chair"));
        }
        assertThat(list(roster.path("teams"))).filteredOn(t -> !"commune".equals(text(t, "level")))
                .allSatisfy(t -> assertThat(text(t, "level")).isEqualTo("village"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"21025", "28807", "14797", "16177"})
    void villageTeamsServeKnownVillagesOneTeamEach(String code) {
        JsonNode roster = tree(code);
        Set<String> villages = new HashSet<>();
        roster.path("villages").forEach(v -> villages.add(text(v, "key")));
        List<String> served = list(roster.path("teams")).stream().filter(t -> "village".equals(text(t, "level")))
                .map(t -> text(t, "villageKey")).toList();
        assertThat(served).doesNotHaveDuplicates().allSatisfy(key -> assertThat(villages).contains(key));
    }

    @ParameterizedTest
    @ValueSource(strings = {"21025", "28807", "14797", "16177"})
    void profileMatchesTheAdministrativeUnit(String code) throws IOException {
        String[] unit = commune(code);
        String type = unit[6];
        String name = unit[4];
        JsonNode profile = tree(code).path("profile");
        assertThat(text(profile, "issuerName")).isEqualTo(("Ủy ban nhân dân " + type + " " + name).toUpperCase(VI));
        assertThat(text(profile, "place")).isEqualTo(name);
        assertThat(text(profile, "symbol")).isEqualTo("QĐ-UBND");
        assertThat(text(profile, "chair")).isNotBlank();
        assertThat(profile.path("deputies").size()).isPositive();
        assertThat(profile.path("legalBases").size()).isGreaterThanOrEqualTo(2);
        assertThat(profile.path("legalBases").get(0).stringValue())
                .isEqualTo("Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025");
        assertThat(profile.path("recipients").get(0).stringValue()).startsWith("Sở Khoa học và Công nghệ");
        assertThat(text(profile, "executors")).endsWith("có tên tại Điều 1");
        assertThat(List.of("chair", "collective")).contains(text(profile, "issuerKind"));
        for (JsonNode team : tree(code).path("teams")) {
            String level = text(team, "level");
            if ("commune".equals(level)) {
                assertThat(text(team, "name")).isEqualTo("Tổ công nghệ số cộng đồng " + type + " " + name);
            }
        }
    }

    private static String[] commune(String code) throws IOException {
        try (InputStream in = DemoRostersTest.class.getResourceAsStream("/reference/vn-admin-units-2026.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(line -> line.split(",", -1)).filter(cols -> cols[3].equals(code)).findFirst()
                    .orElseThrow(() -> new AssertionError("commune " + code + " is not in the reference list"));
        }
    }

    @Test
    void phonesAreValidMobilesAndNeverRepeat() {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        Map<String, String> seen = new HashMap<>();
        for (String code : CODES) {
            for (JsonNode m : members(tree(code))) {
                JsonNode person = m.path("person");
                if (person.isNull()) {
                    continue;
                }
                String phone = text(person, "phone");
                assertThat(phone).matches(PHONE);
                try {
                    assertThat(util.isValidNumberForRegion(util.parse(phone, "VN"), "VN")).as(phone).isTrue();
                } catch (NumberParseException e) {
                    throw new AssertionError(phone, e);
                }
                String where = code + "/" + text(m, "key");
                assertThat(seen.putIfAbsent(phone, where)).as(phone + " at " + where).isNull();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"21025", "28807", "14797", "16177"})
    void teamsFollowTheGuidance(String code) {
        JsonNode roster = tree(code);
        Set<String> names = new HashSet<>();
        for (JsonNode team : roster.path("teams")) {
            List<JsonNode> members = list(team.path("members"));
            String name = text(team, "name");
            assertThat(name).as("team name").startsWith("Tổ công nghệ số cộng đồng ");
            assertThat(List.of("proposed", "established", "reconstituted", "dissolved")).contains(text(team, "status"));
            assertThat(members).as(name).filteredOn(m -> "leader".equals(text(m, "role"))).hasSize(1);
            assertThat(text(members.get(0), "role")).as(name + ": leader first").isEqualTo("leader");
            assertThat(members).as(name).anyMatch(m -> List.of("deputy", "standing-deputy").contains(text(m, "role")));
            assertThat(members).as(name).allSatisfy(m -> {
                assertThat(List.of("leader", "standing-deputy", "deputy", "member")).contains(text(m, "role"));
                assertThat(m.path("invited").isBoolean()).isTrue();
                assertThat(m.path("group").isBoolean()).isTrue();
                assertThat(text(m, "position")).isNotBlank();
            });
            for (JsonNode m : members) {
                JsonNode person = m.path("person");
                if (person.isNull()) {
                    assertThat(text(team, "level")).as("only the commune team lists positions alone").isEqualTo("commune");
                    continue;
                }
                assertThat(m.path("group").booleanValue()).isFalse();
                assertThat(List.of("male", "female")).contains(text(person, "gender"));
                assertThat(person.path("zalo").isBoolean()).isTrue();
                String fullName = text(person, "fullName");
                assertThat(fullName.split(" ")).as(fullName).hasSizeBetween(2, 5)
                        .allSatisfy(word -> assertThat(Character.isUpperCase(word.codePointAt(0))).as(fullName).isTrue());
                assertThat(names.add(fullName.toLowerCase(VI))).as("one person once per commune: " + fullName).isTrue();
            }
        }
    }

    @Test
    void exactlyTheTwoDeliberateImperfections() {
        List<String> villagesWithoutTeam = new ArrayList<>();
        Map<String, Integer> smallTeams = new HashMap<>();
        int total = 0;
        for (String code : CODES) {
            JsonNode roster = tree(code);
            Set<String> served = new HashSet<>();
            for (JsonNode team : roster.path("teams")) {
                if (!team.path("villageKey").isNull()) {
                    served.add(text(team, "villageKey"));
                }
                int size = team.path("members").size();
                total += size;
                if (size < MIN_MEMBERS) {
                    smallTeams.put(code + "/" + text(team, "key"), size);
                }
            }
            roster.path("villages").forEach(v -> {
                assertThat(v.path("active").booleanValue()).isTrue();
                if (!served.contains(text(v, "key"))) {
                    villagesWithoutTeam.add(code + "/" + text(v, "key"));
                }
            });
        }
        assertThat(villagesWithoutTeam).containsExactly("16177/thon-7");
        assertThat(smallTeams).containsExactly(Map.entry("14797/to-khu-pho-5", 4));
        assertThat(total).isBetween(150, 250);
    }

    @Test
    void camThanhListsItsCommuneTeamByPositionAsTheDecisionDoes() {
        JsonNode team = tree("21025").path("teams").get(0);
        List<JsonNode> members = list(team.path("members"));
        assertThat(text(team, "shortName")).isEqualTo("Tổ công nghệ số phường");
        assertThat(members).hasSize(15).allSatisfy(m -> assertThat(m.path("person").isNull()).isTrue());
        assertThat(members).filteredOn(m -> m.path("group").booleanValue()).singleElement()
                .satisfies(m -> assertThat(text(m, "position")).startsWith("Các đồng chí là Tổ trưởng"));
        assertThat(members).filteredOn(m -> m.path("invited").booleanValue()).hasSize(3)
                .allSatisfy(m -> assertThat(text(m, "position")).contains("Ủy ban MTTQ Việt Nam"));
        assertThat(members).filteredOn(m -> "standing-deputy".equals(text(m, "role"))).hasSize(1);
    }
}
