package vn.vanban.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import vn.vanban.reference.ReferenceDataConfiguration;

/**
 * The aggregate's mapping, in a slice with only the data layer: the configured database (H2 here,
 * PostgreSQL in CI's second run) with the real migrations, no web layer.
 */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({PersistenceConfiguration.class, ReferenceDataConfiguration.class})
class RosterRepositoryTest {

    @Autowired
    RosterRepository rosters;

    @Test
    void savesAndLoadsAWholeRoster() {
        // A commune no other test touches, cleared first: the PostgreSQL run shares one database.
        rosters.deleteById("00008");
        Profile profile = new Profile("ỦY BAN NHÂN DÂN XÃ GIAO LONG", Profile.IssuerKind.CHAIR, "Giao Long", "QĐ-UBND",
                "Lê Thanh Phong", List.of(ProfileDeputy.of("Trần Văn A")), List.of(LegalBasis.of("Luật X")), "Trưởng phòng",
                "Văn phòng", List.of(Recipient.of("Sở KH&CN")), "VT, VHXH");
        Membership leader = new Membership("m1", Role.LEADER, false, false, "Trưởng ấp", null,
                new Person("Nguyễn Văn Tâm", Gender.MALE, "0918234567", "+84918234567", false, true, null));
        Membership seat = new Membership("m2", Role.DEPUTY, false, false, "Trưởng Công an", null, null);
        Team team = new Team("t1", TeamLevel.VILLAGE, "Tổ A", null, "v1", TeamStatus.PROPOSED, null, null, null,
                List.of(leader, seat));
        Roster saved = rosters.save(new Roster("00008", null, profile, List.of(new Village("v1", "ấp", "Giao Hòa A", true)),
                List.of(team), null));
        Roster loaded = rosters.findById("00008").orElseThrow();
        assertThat(loaded.teams().get(0).members()).extracting(Membership::person).containsExactly(leader.person(), null);
        assertThat(loaded.profile()).isEqualTo(profile);
        assertThat(loaded.villages()).containsExactly(new Village("v1", "ấp", "Giao Hòa A", true));
        assertThat(loaded.version()).isEqualTo(saved.version());
        Roster again = rosters.save(loaded.withContent(profile, loaded.villages(), List.of()));
        assertThat(again.version()).isEqualTo(saved.version() + 1);
        assertThat(rosters.findById("00008").orElseThrow().teams()).isEmpty();
    }
}
