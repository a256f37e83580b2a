package org.hoiso.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.hoiso.testing.SessionCookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The public pages through HTTP, without an account, and the attacks on them: each gets a clear message and leaves
 * nothing half-written, and nobody learns that a case exists without the right.
 */
@IntegrationTest
class ReportPagesIT {

    private static final Pattern CODE = Pattern.compile("id=\"case-code\">([^<]+)<");
    private static final Pattern PIN = Pattern.compile("id=\"case-pin\">([^<]+)<");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    FormTokens tokens;
    @Autowired
    SafetyTestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    private long commune() {
        return fixtures.unit(Places.VY_DA).id();
    }

    /** The form as a person sends it: a token given a minute ago, from an address of her own; fields changed by pairs. */
    private MockMultipartHttpServletRequestBuilder form(String address, String... changed) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("t", tokens.issue(Instant.now().minus(Duration.ofMinutes(1))));
        fields.put("kind", "SCAM_IMPERSONATION");
        fields.put("channel", "PHONE_CALL");
        fields.put("communeId", Long.toString(commune()));
        fields.put("description", "Người gọi tự xưng công an quận, đòi chuyển tiền.");
        fields.put("counselling", "true");
        fields.put("statistics", "true");
        for (int i = 0; i < changed.length; i += 2) {
            fields.put(changed[i], changed[i + 1]);
        }
        MockMultipartHttpServletRequestBuilder b = MockMvcRequestBuilders.multipart("/safety/report");
        fields.forEach(b::param);
        b.with(csrf()).with(from(address));
        return b;
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private long cases() {
        return jdbc.sql("SELECT count(*) FROM safety_case").query(Long.class).single();
    }

    private static String group(Pattern p, String html) {
        Matcher m = p.matcher(html);
        assertThat(m.find()).as("in the page: " + p).isTrue();
        return m.group(1);
    }

    @Test
    void aCitizenWithoutAnAccountReportsAndGetsHerCodeAndPin() throws Exception {
        MvcResult r = mvc.perform(form(SafetyTestData.freshAddress(), "phones", "0912 777 001", "bankBin", "970436",
                "bankAccount", "0011 0012 34567", "moneyLost", "2.000.000")).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        String html = r.getResponse().getContentAsString();
        String code = group(CODE, html);
        assertThat(group(PIN, html)).matches("[0-9]{6}");
        assertThat(r.getResponse().getHeader("Cache-Control")).contains("no-store");
        assertThat(html).contains("113").contains("111").contains("1900 969 680");
        assertThat(jdbc.sql("SELECT money_lost FROM safety_case WHERE code = :c").param("c", code).query(Long.class).single())
                .isEqualTo(2_000_000L);
        assertThat(jdbc.sql("""
                SELECT string_agg(i.value, ',' ORDER BY i.value) FROM safety_indicator i
                  JOIN safety_indicator_report r ON r.indicator_id = i.id JOIN safety_case c ON c.id = r.case_id WHERE c.code = :c
                """).param("c", code).query(String.class).single()).isEqualTo("+84912777001,970436:0011001234567");
    }

    @Test
    void everyPublicPageShowsTheEmergencyNumbersInBothLanguages() throws Exception {
        for (String page : new String[] {"/safety/report", "/safety/follow", "/safety/check"}) {
            String vi = mvc.perform(MockMvcRequestBuilders.get(page)).andReturn().getResponse().getContentAsString();
            assertThat(vi).as(page).contains("id=\"emergency\"").contains("tel:113").contains("tel:111")
                    .contains("tel:1900969680")
                    .contains("Công an");
            String en = mvc.perform(MockMvcRequestBuilders.get(page).param("lang", "en")).andReturn().getResponse()
                    .getContentAsString();
            assertThat(en).as(page).contains("id=\"emergency\"").contains("Police").contains("Child protection");
        }
    }

    @Test
    void aReportWithoutItsFormTokenIsRefusedAndTheFormKeepsWhatSheTyped() throws Exception {
        long before = cases();
        MvcResult r = mvc.perform(MockMvcRequestBuilders.multipart("/safety/report").param("kind", "HARASSMENT")
                .param("communeId", Long.toString(commune())).param("description", "Chuyện của tôi").with(csrf())
                .with(from(SafetyTestData.freshAddress()))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(r.getResponse().getContentAsString()).contains("Chuyện của tôi").contains("Trang báo cáo đã cũ");
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void aFormSentTheInstantItWasGivenIsAskedAgainWithEverythingKept() throws Exception {
        long before = cases();
        MvcResult r = mvc.perform(form(SafetyTestData.freshAddress(), "t", tokens.issue())).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(r.getResponse().getContentAsString()).contains("Bạn gửi quá nhanh").contains("đòi chuyển tiền");
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void aFormTokenWorksOnce() throws Exception {
        String token = tokens.issue(Instant.now().minus(Duration.ofMinutes(1)));
        assertThat(mvc.perform(form(SafetyTestData.freshAddress(), "t", token)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        long before = cases();
        MvcResult again = mvc.perform(form(SafetyTestData.freshAddress(), "t", token)).andReturn();
        assertThat(again.getResponse().getContentAsString()).contains("Báo cáo này đã được gửi rồi");
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void aTenMegabyteDescriptionIsRefusedWithItsLimitAndWritesNothing() throws Exception {
        long before = cases();
        MvcResult r = mvc.perform(form(SafetyTestData.freshAddress(), "description", "a".repeat(10 * 1024 * 1024))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(422);
        assertThat(r.getResponse().getContentAsString()).contains("Quá dài: tối đa 10.000 ký tự");
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void anImageThatIsReallyHtmlOrSvgIsRefusedAndWritesNothing() throws Exception {
        long before = cases();
        for (String fake : new String[] {"<html><script>alert(1)</script></html>",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"}) {
            MvcResult r = mvc.perform(form(SafetyTestData.freshAddress())
                    .file(new MockMultipartFile("screenshots", "anh.png", "image/png", fake.getBytes(StandardCharsets.UTF_8))))
                    .andReturn();
            assertThat(r.getResponse().getStatus()).isEqualTo(422);
            assertThat(r.getResponse().getContentAsString()).contains("Tệp anh.png không phải ảnh JPEG hay PNG");
        }
        assertThat(cases()).isEqualTo(before);
        assertThat(
                jdbc.sql("SELECT count(*) FROM safety_evidence e LEFT JOIN safety_case c ON c.id = e.case_id WHERE c.id IS NULL")
                        .query(Long.class).single())
                .isZero();
    }

    @Test
    void scriptInAnyFieldIsKeptAsTextAndShownAsText() throws Exception {
        String script = "<script>alert('x')</script>";
        Fixtures.Officer worker = data.caseWorker(Places.VY_DA, false);
        MvcResult r = mvc.perform(form(SafetyTestData.freshAddress(), "description", script, "people", script, "place", script,
                "contact", script, "kind", "HARASSMENT")).andReturn();
        String code = group(CODE, r.getResponse().getContentAsString());
        long id = jdbc.sql("SELECT id FROM safety_case WHERE code = :c").param("c", code).query(Long.class).single();
        String page = mvc.perform(MockMvcRequestBuilders.get("/safety/cases/" + id)
                .with(user(users.loadUserByUsername(worker.username())))).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain(script).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");

        MvcResult bad = mvc.perform(form(SafetyTestData.freshAddress(), "phones", script)).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(422);
        assertThat(bad.getResponse().getContentAsString()).doesNotContain(script).contains("Không phải số điện thoại");
    }

    @Test
    void aFloodOfTenThousandReportsFromOneAddressGetsAClearMessageAndKeepsOnlyWhatTheLimitAllows() throws Exception {
        String address = SafetyTestData.freshAddress();
        long before = cases();
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < 10_000; i++) {
            MockHttpServletRequestBuilder post = MockMvcRequestBuilders.post("/safety/report")
                    .param("t", tokens.issue(Instant.now().minus(Duration.ofMinutes(1)))).param("kind", "SCAM_SMS")
                    .param("communeId", Long.toString(commune())).param("description", "Tin nhắn trúng thưởng " + i)
                    .with(csrf()).with(from(address));
            MvcResult r = mvc.perform(post).andReturn();
            if (r.getResponse().getStatus() == 200) {
                accepted++;
            } else {
                assertThat(r.getResponse().getStatus()).isEqualTo(429);
                if (refused == 0) {
                    assertThat(r.getResponse().getContentAsString()).contains("Đã có quá nhiều báo cáo gửi từ nơi này");
                }
                refused++;
            }
        }
        assertThat(accepted).isEqualTo(10);
        assertThat(refused).isEqualTo(9_990);
        assertThat(cases() - before).isEqualTo(10);
        assertThat(jdbc.sql("SELECT count(*) FROM safety_case c WHERE NOT EXISTS (SELECT 1 FROM safety_case_event e "
                + "WHERE e.case_id = c.id AND e.kind = 'RECEIVED')").query(Long.class).single()).isZero();
    }

    private String[] report(String address) throws Exception {
        String html = mvc.perform(form(address)).andReturn().getResponse().getContentAsString();
        return new String[] {group(CODE, html), group(PIN, html)};
    }

    private MvcResult follow(SessionCookie session, String code, String pin, String address) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/safety/follow").param("code", code).param("pin", pin).with(session)
                .with(csrf()).with(from(address))).andDo(session).andReturn();
    }

    @Test
    void withHerCodeAndPinSheSeesHerReportAddsToItAndDeletesIt() throws Exception {
        String[] mine = report(SafetyTestData.freshAddress());
        SessionCookie session = new SessionCookie();
        assertThat(follow(session, mine[0].toLowerCase().replace("-", " "), mine[1], SafetyTestData.freshAddress())
                .getResponse().getRedirectedUrl()).isEqualTo("/safety/follow");
        String page = mvc.perform(MockMvcRequestBuilders.get("/safety/follow").with(session)).andDo(session).andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains(mine[0]).contains("Đã nhận, đang chờ cán bộ");
        mvc.perform(MockMvcRequestBuilders.multipart("/safety/follow/add").file(new MockMultipartFile("screenshots", "a.png",
                "image/png", AReport.png())).param("text", "Họ gọi lại lần nữa").with(session).with(csrf())).andDo(session);
        assertThat(
                mvc.perform(MockMvcRequestBuilders.get("/safety/follow").with(session)).andDo(session).andReturn().getResponse()
                        .getContentAsString())
                .contains("1 lần thông tin, 1 ảnh");

        mvc.perform(MockMvcRequestBuilders.post("/safety/follow/delete").param("confirm", "true").with(session).with(csrf()))
                .andDo(session);
        assertThat(jdbc.sql("SELECT description_enc IS NULL AND anonymised_at IS NOT NULL FROM safety_case WHERE code = :c")
                .param("c", mine[0]).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM safety_evidence e JOIN safety_case c ON c.id = e.case_id WHERE c.code = :c")
                .param("c", mine[0]).query(Long.class).single()).isZero();
        assertThat(follow(new SessionCookie(), mine[0], mine[1], SafetyTestData.freshAddress()).getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void aCaseCodeOfAnotherCaseWithHerPinOpensNothingAndSaysTheSameAsAWrongPin() throws Exception {
        String[] mine = report(SafetyTestData.freshAddress());
        String[] other = report(SafetyTestData.freshAddress());
        MvcResult crossed = follow(new SessionCookie(), other[0], mine[1], SafetyTestData.freshAddress());
        MvcResult unknown = follow(new SessionCookie(), "ZZZZ-ZZZZ-ZZZZ", mine[1], SafetyTestData.freshAddress());
        assertThat(crossed.getResponse().getStatus()).isEqualTo(404);
        assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
        assertThat(crossed.getResponse().getContentAsString()).contains("Mã báo cáo hoặc mã PIN không đúng")
                .doesNotContain("Đã nhận, đang chờ cán bộ");
        assertThat(unknown.getResponse().getContentAsString()).contains("Mã báo cáo hoặc mã PIN không đúng");
    }

    @Test
    void forgedPinsAreLimitedPerCodeEvenFromManyAddresses() throws Exception {
        String[] mine = report(SafetyTestData.freshAddress());
        String wrong = mine[1].equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 10; i++) {
            assertThat(follow(new SessionCookie(), mine[0], wrong, SafetyTestData.freshAddress()).getResponse().getStatus())
                    .isEqualTo(404);
        }
        MvcResult blocked = follow(new SessionCookie(), mine[0], mine[1], SafetyTestData.freshAddress());
        assertThat(blocked.getResponse().getStatus()).isEqualTo(429);
        assertThat(blocked.getResponse().getContentAsString()).contains("Nhập sai quá nhiều lần");
    }

    @Test
    void forgedPinsAreLimitedPerAddressAcrossCodes() throws Exception {
        String address = SafetyTestData.freshAddress();
        String[] mine = report(SafetyTestData.freshAddress());
        for (int i = 0; i < 30; i++) {
            follow(new SessionCookie(), CaseCodes.newCode(), "123456", address);
        }
        assertThat(follow(new SessionCookie(), mine[0], mine[1], address).getResponse().getStatus()).isEqualTo(429);
        assertThat(follow(new SessionCookie(), mine[0], mine[1], SafetyTestData.freshAddress()).getResponse().getStatus())
                .isEqualTo(302);
    }

    @Test
    void theFollowUpWithoutHerCodeAndPinShowsNothing() throws Exception {
        assertThat(mvc.perform(MockMvcRequestBuilders.post("/safety/follow/add").param("text", "x").with(csrf())).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(MockMvcRequestBuilders.post("/safety/follow/delete").param("confirm", "true").with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }
}
