package vn.vanban.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.vanban.limits.RequestLimits;
import vn.vanban.roster.Membership;
import vn.vanban.roster.Roster;
import vn.vanban.roster.RosterItemNotFoundException;
import vn.vanban.roster.RosterPart;
import vn.vanban.roster.RosterService;
import vn.vanban.roster.StaleRosterException;
import vn.vanban.roster.Team;
import vn.vanban.roster.Village;

/** The roster routes alone, the store mocked: how bodies and If-Match are read and how answers are written. */
@WebMvcTest(value = {RosterController.class, VillageController.class, TeamController.class, TeamMemberController.class},
        properties = "vanban.limits.max-body-bytes=600",
        // Security and audit have their own tests over HTTP; a slice checks binding and answers alone.
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "vn\\.vanban\\.(security|audit|web)\\..*"))
@AutoConfigureMockMvc(addFilters = false)
@Import({RequestBodies.class, IfMatchVersions.class})
@EnableConfigurationProperties(RequestLimits.class)
class RosterRoutesWebTest {

    private static final String BASE = "/api/v1/communes/28807";
    private static final String PROBLEM = "application/problem+json";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    RosterService rosters;

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void anUnknownFieldDeepInTheRosterIs400WithItsPointerAndNothingIsStored() throws Exception {
        mvc.perform(json(put(BASE + "/roster"), """
                        {"teams": [{"name": "Tổ 1", "members": [{"role": "leader", "person": {"fullname": "A"}}]}]}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.type").value("/problems/invalid-data"))
                .andExpect(jsonPath("$.errors[0].pointer").value("/teams/0/members/0/person/fullname"))
                .andExpect(jsonPath("$.errors[0].detail").value("Trường không có trong cấu trúc dữ liệu"));
        verifyNoInteractions(rosters);
    }

    @Test
    void aWrongRoleNamesTheRolesThereAre() throws Exception {
        mvc.perform(json(post(BASE + "/teams/to-1/members"), "{\"role\": \"boss\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/role"))
                .andExpect(jsonPath("$.errors[0].detail").value("Giá trị không thuộc danh sách cho phép: \"boss\" is not one of leader, standing-deputy, deputy, member"));
    }

    @Test
    void malformedOrEmptyJsonIs400() throws Exception {
        mvc.perform(json(post(BASE + "/villages"), "{\"kind\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].detail").value(org.hamcrest.Matchers.startsWith("Dữ liệu không phải JSON hợp lệ")));
        mvc.perform(json(post(BASE + "/villages"), ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value(""));
        mvc.perform(json(post(BASE + "/villages"), "{\"kind\": \"ấp\", \"kind\": \"thôn\"}"))
                .andExpect(status().isBadRequest());
        verifyNoInteractions(rosters);
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        mvc.perform(json(put(BASE + "/profile"), "{\"place\": \"" + "x".repeat(700) + "\"}"))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.type").value("/problems/too-large"))
                .andExpect(jsonPath("$.title").value("Dữ liệu quá lớn"));
        verifyNoInteractions(rosters);
    }

    @Test
    void anAddedVillageAnswers201WithItsLocationAndTheNewVersion() throws Exception {
        Village stored = new Village("ap-giao-hoa-b", "ấp", "Giao Hòa B", true);
        when(rosters.addVillage(eq("28807"), eq(7L), any())).thenReturn(new RosterPart<>(8L, stored));
        mvc.perform(json(post(BASE + "/villages"), "{\"kind\": \"ấp\", \"name\": \"Giao Hòa B\", \"active\": true}")
                        .header("If-Match", "\"7\""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", BASE + "/villages/ap-giao-hoa-b"))
                .andExpect(header().string("ETag", "\"8\""))
                .andExpect(jsonPath("$.key").value("ap-giao-hoa-b"));
        verify(rosters).addVillage("28807", 7L, new Village(null, "ấp", "Giao Hòa B", true));
    }

    @Test
    void anEditedTeamKeepsThePathsKeyAndNeverTakesAFoundingDecisionFromTheBody() throws Exception {
        when(rosters.replaceTeam(anyString(), isNull(), any())).thenAnswer(call -> new RosterPart<>(3L, call.getArgument(2)));
        mvc.perform(json(put(BASE + "/teams/to-1"), """
                        {"key": "other", "level": "village", "name": "Tổ 1", "decisionId": 42,
                         "members": [{"role": "leader", "person": {"fullName": "A", "phone": "0913556677",
                                      "phoneE164": "+84000", "phoneMasked": true}}]}
                        """))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"3\""));
        ArgumentCaptor<Team> sent = ArgumentCaptor.forClass(Team.class);
        verify(rosters).replaceTeam(eq("28807"), isNull(), sent.capture());
        assertThat(sent.getValue().key()).isEqualTo("to-1");
        assertThat(sent.getValue().decisionId()).isNull();
        Membership leader = sent.getValue().members().get(0);
        assertThat(leader.person().phone()).isEqualTo("0913556677");
        assertThat(leader.person().phoneE164()).as("the server computes it").isNull();
        assertThat(leader.person().phoneMasked()).isFalse();
    }

    @Test
    void aStarIfMatchNeedsAStoredRoster() throws Exception {
        when(rosters.find("28807")).thenReturn(Optional.empty());
        mvc.perform(delete(BASE + "/teams/to-1").header("If-Match", "*"))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.type").value("/problems/stale-version"));
        when(rosters.find("28807")).thenReturn(Optional.of(new Roster("28807", 5L, null, List.of(), List.of(), null)));
        when(rosters.removeTeam("28807", 5L, "to-1")).thenReturn(6L);
        mvc.perform(delete(BASE + "/teams/to-1").header("If-Match", "*"))
                .andExpect(status().isNoContent())
                .andExpect(header().string("ETag", "\"6\""));
    }

    @Test
    void aStaleWriteIs412WithTheCurrentEtag() throws Exception {
        when(rosters.removeMember("28807", 4L, "to-1", "m-1")).thenThrow(new StaleRosterException("28807", 9L));
        mvc.perform(delete(BASE + "/teams/to-1/members/m-1").header("If-Match", "\"4\""))
                .andExpect(status().isPreconditionFailed())
                .andExpect(header().string("ETag", "\"9\""))
                .andExpect(jsonPath("$.currentVersion").value(9))
                .andExpect(jsonPath("$.title").value("Dữ liệu đã được người khác sửa"));
    }

    @Test
    void aMissingPartIs404() throws Exception {
        when(rosters.village("28807", "khong-co")).thenThrow(new RosterItemNotFoundException("thôn, ấp, khu phố", "khong-co", "28807"));
        mvc.perform(get(BASE + "/villages/khong-co"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.type").value("/problems/not-found"))
                .andExpect(jsonPath("$.detail").value("Danh sách của xã 28807 không có thôn, ấp, khu phố \"khong-co\""));
    }

    @Test
    void aCommuneWithoutARosterAnswersWithoutAnEtag() throws Exception {
        when(rosters.get("28807")).thenReturn(Roster.empty("28807"));
        mvc.perform(get(BASE + "/roster"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("ETag"))
                .andExpect(jsonPath("$.communeCode").value("28807"));
    }
}
