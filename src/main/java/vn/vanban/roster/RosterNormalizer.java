package vn.vanban.roster;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.vanban.text.PhoneNumbers;
import vn.vanban.text.VietnameseText;

/**
 * Cleans a roster at the boundary: every text NFC with single spaces, blank strings as absent, a key
 * for every village, team and seat that has none, and the phone fields the server owns (E.164 and the
 * masked flag) computed from the number as typed.
 */
final class RosterNormalizer {

    Roster normalize(Roster roster) {
        Profile p = roster.profile();
        Profile profile = new Profile(text(p.issuerName()), p.issuerKind(), text(p.place()), text(p.symbol()),
                text(p.chair()),
                p.deputies().stream().map(d -> ProfileDeputy.of(text(d.text()))).toList(),
                p.legalBases().stream().map(b -> LegalBasis.of(text(b.text()))).toList(),
                text(p.proposedBy()), text(p.executors()),
                p.recipients().stream().map(r -> Recipient.of(text(r.text()))).toList(),
                text(p.archive()));
        Set<String> villageKeys = new HashSet<>();
        roster.villages().forEach(v -> addKey(villageKeys, v.key()));
        List<Village> villages = new ArrayList<>();
        for (Village v : roster.villages()) {
            String key = v.key() == null ? Keys.fresh(v.kind() + " " + v.name(), "thon", villageKeys) : v.key();
            villages.add(new Village(key, text(v.kind()), text(v.name()), v.active(), text(v.mergedInto())));
        }
        Set<String> keys = new HashSet<>();
        roster.teams().forEach(t -> {
            addKey(keys, t.key());
            t.members().forEach(m -> addKey(keys, m.key()));
        });
        List<Team> teams = new ArrayList<>();
        for (Team t : roster.teams()) {
            String teamKey = t.key() == null ? Keys.fresh(t.name(), "to", keys) : t.key();
            List<Membership> members = new ArrayList<>();
            for (Membership m : t.members()) {
                String key = m.key() == null ? Keys.fresh(teamKey + "-" + (members.size() + 1), teamKey, keys) : m.key();
                members.add(new Membership(key, m.role(), m.invited(), m.group(), text(m.position()),
                        text(m.organisation()), person(m.person())));
            }
            teams.add(new Team(teamKey, t.level(), text(t.name()), text(t.shortName()), text(t.villageKey()),
                    t.status(), text(t.zaloGroup()), text(t.note()), t.decisionId(), members));
        }
        return new Roster(roster.communeCode(), roster.version(), profile, villages, teams, roster.updatedAt());
    }

    private static void addKey(Set<String> keys, String key) {
        if (key != null) {
            keys.add(key);
        }
    }

    private static Person person(Person p) {
        if (p == null) {
            return null;
        }
        String phone = text(p.phone());
        boolean masked = PhoneNumbers.isMasked(phone);
        return new Person(text(p.fullName()), p.gender(), phone, PhoneNumbers.e164(phone), masked, p.zalo(),
                text(p.note()));
    }

    private static String text(String s) {
        if (s == null) {
            return null;
        }
        String clean = VietnameseText.squeeze(VietnameseText.nfc(s));
        return clean.isEmpty() ? null : clean;
    }
}
