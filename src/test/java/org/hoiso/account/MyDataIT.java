package org.hoiso.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hoiso.activity.Activities;
import org.hoiso.activity.Activity;
import org.hoiso.card.MemberCards;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.security.HoisoUser;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.platform.web.Formats;
import org.hoiso.skills.help.HelpEntry;
import org.hoiso.skills.help.HelpLog;
import org.hoiso.skills.help.HelpType;
import org.hoiso.skills.help.HelperKind;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Download what hoiso holds about me" covers every module that holds something about her (her help-log
 * entries, her helper designation, her cards, her answers to activities) and reads as a page in her language
 * with Viet Nam's times.
 */
@IntegrationTest
class MyDataIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UserDetailsService users;
    @Autowired
    Activities activities;
    @Autowired
    MemberCards cards;
    @Autowired
    HelpLog help;
    @Autowired
    Formats formats;
    @Autowired
    JsonMapper json;

    private long memberId;
    private String name;
    private Activity meeting;

    @BeforeEach
    void aMemberWithACardADesignationHelpAndAnAnsweredActivity() {
        OrgUnit branch = fixtures.branch(Places.MUONG_LY, "Chi hội bản Cá Nọi");
        name = "Hà Thị " + Fixtures.uniqueGivenName();
        memberId = fixtures.member(name, LocalDate.of(1988, 8, 8), branch.id());
        Caller officer = fixtures.officer(Places.MUONG_LY).caller();
        cards.issue(officer, memberId);
        help.designate(officer, memberId, branch.id(), HelperKind.AMBASSADOR);
        help.log(officer, new HelpEntry(branch.id(), LocalDate.now(VietnameseText.ZONE), "Nhà văn hóa bản",
                HelpType.VNEID_LEVEL2, null, memberId, null, null, false));
        OffsetDateTime start = OffsetDateTime.now(VietnameseText.ZONE).minusMinutes(5).truncatedTo(ChronoUnit.MINUTES);
        meeting = activities.plan(officer, new Activities.NewActivity(branch.id(), "MEETING", "Họp chi hội bản Cá Nọi", null,
                start, start.plusHours(2), "Nhà văn hóa bản", null));
        activities.respond(her(), meeting.id(), "YES");
        activities.checkIn(her(), meeting.checkInCode());
    }

    private Caller her() {
        return Caller.member(900_000 + memberId, "member" + memberId, "Hội viên", memberId);
    }

    private RequestPostProcessor herLogin() {
        return user(new HoisoUser(her(), "x", true, true, List.of(new SimpleGrantedAuthority("ROLE_MEMBER"))));
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(herLogin())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void theDownloadHoldsHerHelpLogHerDesignationHerCardsAndHerAnswers() throws Exception {
        String json = page("/me/data");

        assertThat(json).contains("\"digitalHelp\"", "\"helperDesignations\"", "\"kind\" : \"AMBASSADOR\"")
                .contains("\"helpReceived\"", "\"type\" : \"VNEID_LEVEL2\"", "Nhà văn hóa bản")
                .contains("\"cards\"", "\"validUntil\"")
                .contains("\"answers\"", "\"answer\" : \"YES\"", "\"method\" : \"SELF_QR\"", "Họp chi hội bản Cá Nọi");
    }

    @Test
    void theReadablePageNamesEverythingInVietnameseWithVietNamTimes() throws Exception {
        String html = page("/me/data/page");

        assertThat(html).contains(name, "Hồ sơ hội viên", "Hỗ trợ số", "Chị được giao hỗ trợ số", "Đại sứ chuyển đổi số")
                .contains("Hỗ trợ chị đã nhận", "Kích hoạt VNeID mức 2", "Thẻ đã cấp", "Câu trả lời của chị", "Sẽ đến")
                .contains("Tự quét mã của buổi sinh hoạt", "Đang sinh hoạt")
                // the meeting's start as dd/MM/yyyy HH:mm in Viet Nam's time, not the stored ISO text
                .contains(formats.dateTime(meeting.startsAt()))
                .doesNotContain("me.data.", "helperDesignations", meeting.startsAt().toString());
    }

    @Test
    void everyValueOfTheDownloadHasALabelOnThePage() throws Exception {
        Set<String> keys = new TreeSet<>();
        collectKeys(json.readValue(page("/me/data"), Map.class), keys);
        String html = page("/me/data/page");

        assertThat(keys).contains("helperDesignations", "helpReceived", "cards", "answers", "memberNumber");
        assertThat(keys.stream().filter(k -> html.contains(">" + k + "<") || html.contains(">" + k + ": <")))
                .as("keys shown bare instead of labelled").isEmpty();
    }

    private static void collectKeys(Object value, Set<String> keys) {
        if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                keys.add(String.valueOf(k));
                collectKeys(v, keys);
            });
        } else if (value instanceof List<?> l) {
            l.forEach(v -> collectKeys(v, keys));
        }
    }

    @Test
    void theReadablePageIsInEnglishWhenSheAsks() throws Exception {
        String html = page("/me/data/page?lang=en");

        assertThat(html).contains("What Hội số holds about you", "Digital help", "Your answers", "Will come", "Cards issued")
                .doesNotContain("me.data.");
    }

    @Test
    void anOfficerHasNoDataPage() throws Exception {
        var officer = user(users.loadUserByUsername(fixtures.officer(Places.MUONG_LY).username()));
        mvc.perform(get("/me/data/page").with(officer)).andExpect(status().isForbidden());
    }
}
