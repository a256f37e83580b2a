package org.hoiso.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.hoiso.account.ApiTokens;
import org.hoiso.account.PersonalTokens;
import org.hoiso.activity.Activities;
import org.hoiso.card.MemberCards;
import org.hoiso.intake.Imports;
import org.hoiso.market.OrderInput;
import org.hoiso.market.Orders;
import org.hoiso.market.ProductInput;
import org.hoiso.market.Products;
import org.hoiso.market.ReportReason;
import org.hoiso.market.Reviews;
import org.hoiso.market.ShopInput;
import org.hoiso.market.ShopKind;
import org.hoiso.market.Shops;
import org.hoiso.market.vietqr.TransferService;
import org.hoiso.member.MemberRegistry;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.platform.notice.NewNotice;
import org.hoiso.platform.notice.Notices;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.security.HoisoUser;
import org.hoiso.reporting.Catalogue;
import org.hoiso.reporting.Period;
import org.hoiso.reporting.Reports;
import org.hoiso.safety.AReport;
import org.hoiso.safety.CaseDecisions;
import org.hoiso.safety.Cases;
import org.hoiso.safety.Purpose;
import org.hoiso.safety.SafetyTestData;
import org.hoiso.safety.ServiceKind;
import org.hoiso.safety.SupportServices;
import org.hoiso.safety.alerts.Warnings;
import org.hoiso.skills.help.HelpEntry;
import org.hoiso.skills.help.HelpLog;
import org.hoiso.skills.help.HelpType;
import org.hoiso.skills.help.HelperKind;
import org.hoiso.testing.AMember;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every endpoint of the application as an officer of another commune and checks she gets
 * nothing: a 403, a 404, a refusal or an empty result, never the member's record, and nothing changes.
 * A new endpoint that is not walked here makes {@link #everyEndpointIsWalked()} fail.
 */
@IntegrationTest
class OtherUnitGetsNothingIT {

    /** Endpoints that return no people and no unit data beyond the caller's own. */
    private static final Set<String> NOTHING_TO_HIDE = Set.of(
            "GET /login", "GET /api/v1/ethnicities", "GET /api/v1/accounts/me", "GET /api/v1/units", "GET /units",
            "GET /error",
            // the catalogue of forms and indicators is the same for everyone; "my reports" lists only her own
            "GET /api/v1/reporting/forms", "GET /api/v1/reporting/forms/{code}", "GET /api/v1/reporting/indicators",
            "GET /api/v1/reporting/dimensions", "GET /api/v1/reporting/due", "GET /reports",
            // a member activating her account: public pages that show nothing without a valid code
            "GET /join", "POST /join/check", "POST /join",
            // a certificate's public check, by its unguessable code; courses are the same for every member
            "GET /certificates/{code}", "GET /lessons/images/{id}",
            // member cards: the public keys and the offline checker (page, manifest, service worker) hold no one's data
            "GET /cards/keys.json", "GET /cards/scan", "GET /cards/manifest.webmanifest", "GET /cards/sw.js",
            // her own account: her e-mail and her personal tokens, which answer with her own page
            "POST /account/email", "POST /account/tokens",
            // her own title under her signature and her own address for notices
            "GET /account/reporting", "POST /account/reporting",
            // her own notices: the list and marking them read (another person's notice is walked below)
            "GET /notices", "POST /notices/read",
            // the safety module's public pages (no login): the empty report form, the communes of a province, the
            // follow-up form (a case only with its code and PIN, walked below), the check of indicators anyone may run
            "GET /safety/report", "GET /safety/report/communes", "GET /safety/follow", "GET /safety/check",
            "GET /api/v1/safety/check",
            // the digital market: the bank list is public reference data; the sitemap and the merchant feeds list only
            // listed products of published shops; the VietQR check reads only the text it is sent
            "GET /api/v1/market/banks", "GET /sitemap.xml", "GET /sitemap-market-{page}.xml", "GET /cho-so/google-merchant.xml",
            "GET /en/market/google-merchant.xml", "POST /api/v1/vietqr/decode");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    MemberRegistry registry;
    /** The application's controllers; Actuator adds a second mapping (its endpoints, see ManagementEndpointsIT). */
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    Imports imports;
    @Autowired
    ApiTokens tokens;
    @Autowired
    Reports reports;
    @Autowired
    Activities activities;
    @Autowired
    Catalogue catalogue;
    @Autowired
    MemberCards cards;
    @Autowired
    HelpLog help;
    @Autowired
    PersonalTokens personalTokens;
    @Autowired
    Notices notices;
    @Autowired
    SafetyTestData safety;
    @Autowired
    Cases cases;
    @Autowired
    CaseDecisions decisions;
    @Autowired
    SupportServices services;
    @Autowired
    Warnings warnings;
    @Autowired
    Shops shops;
    @Autowired
    Products products;
    @Autowired
    Reviews reviews;
    @Autowired
    Orders orders;

    private Fixtures.Officer outsider;
    private OrgUnit commune;
    private OrgUnit branch;
    private long memberId;
    private String memberName;
    private String cccd;
    private long importId;
    private long tokenId;
    /** An officer of Ba Đình, whose account an outsider can neither see nor manage, and her personal token. */
    private long baDinhAccount;
    private long personalTokenId;
    private long reportId;
    private long activityId;
    private long photoId;
    private String checkInCode;
    private long formId;
    private long cardId;
    private long noticeId;
    /** The member's real card with its signature changed: checking a card only tells what the card itself says. */
    private String forgedCard;
    private static final String REPORT_SECRET = "Khó khăn riêng của phường Ba Đình";
    private static final String PERIOD = "2026S2";
    /** A citizen helped by Ba Đình's digital team: her name and phone must never reach an outsider. */
    private static final String CITIZEN = "Đinh Thị Được Giúp";
    private static final String CITIZEN_PHONE = "0966123456";
    private final Set<String> walked = new TreeSet<>();
    /** A harassment case of Ba Đình: that it exists, its code and what she told reach no one but its case workers. */
    private static final String CASE_SECRET = "Bí mật vụ việc quấy rối ở Ba Đình";
    private String caseCode;
    private String scamCaseCode;
    private long caseId;
    private long evidenceId;
    private long referralId;
    private long designationId;
    private long serviceId;
    private long indicatorId;
    private long warningId;
    /** The market of Ba Đình's member: a pending shop and product, a listed one with an order of a buyer. */
    private long pendingShop;
    private long pendingProduct;
    private long pendingPhoto;
    private long pendingVariant;
    private long listedShop;
    private long listedProduct;
    private long orderId;
    private String orderCode;
    private long reportOfListing;
    private static final String BUYER = "Hà Thị Người Mua";
    private static final String BUYER_PHONE = "0977555111";

    @BeforeEach
    void arrange() {
        commune = fixtures.unit(Places.BA_DINH);
        branch = fixtures.branch(Places.BA_DINH, "Chi hội tổ dân phố số 9");
        memberName = "Trịnh Thị " + Fixtures.uniqueGivenName();
        LocalDate birth = LocalDate.of(1984, 10, 20);
        cccd = Fixtures.cccd(birth);
        memberId = registry.register(fixtures.admin(),
                AMember.valid().named(memberName).bornOn(birth).cccd(cccd).inUnit(branch.id()).input());
        outsider = fixtures.officer(Places.NGOC_HA);
        String csv = "Họ và tên,Ngày sinh,Số CCCD,Chi hội\n" + memberName + ",20/10/1984," + Fixtures.cccd(birth)
                + ",Chi hội tổ dân phố số 9\n";
        importId = imports.upload(fixtures.officer(Places.BA_DINH).caller(), commune.id(), "list.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), false, false, null).id();
        var baDinhOfficer = fixtures.officer(Places.BA_DINH).caller();
        formId = catalogue.form("PT_6THANG").id();
        var report = reports.open(baDinhOfficer, formId, commune.id(), Period.parse(PERIOD));
        reportId = report.id();
        if (report.version() < 2) {
            reports.save(baDinhOfficer, reportId, report.version(), Map.of("DIFFICULTIES", REPORT_SECRET, "COOPS_NEW", "7"),
                    Locale.forLanguageTag("vi"));
        }
        var card = cards.issue(baDinhOfficer, memberId);
        cardId = card.id();
        String t = card.token();
        int i = t.length() - 20;
        forgedCard = t.substring(0, i) + (t.charAt(i) == 'A' ? 'B' : 'A') + t.substring(i + 1);
        help.log(baDinhOfficer, new HelpEntry(commune.id(), reports.today(), "Nhà văn hóa tổ 9",
                HelpType.VNEID_INSTALL, null, null, CITIZEN, CITIZEN_PHONE, true));
        help.designate(baDinhOfficer, memberId, branch.id(), HelperKind.AMBASSADOR);
        var meeting = activities.plan(baDinhOfficer, new Activities.NewActivity(branch.id(), "MEETING",
                "Sinh hoạt tổ dân phố số 9", null, OffsetDateTime.now().plusDays(3), null, "Nhà văn hóa", null));
        activityId = meeting.id();
        checkInCode = meeting.checkInCode();
        photoId = activities.addPhoto(baDinhOfficer, activityId, "image/png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        activities.announce(baDinhOfficer, branch.id(), "Họp chi hội", "Chi hội tổ dân phố số 9 họp tối thứ Bảy");
        noticeId = noticeTo(baDinhOfficer);
        tokenId = tokens.create(fixtures.admin(), new ApiTokens.NewToken("Cổng dữ liệu phường", commune.id(), null)).id();
        baDinhAccount = baDinhOfficer.userId();
        personalTokenId = personalTokens.create(baDinhOfficer, new PersonalTokens.NewToken("Báo cáo tự động", 30)).id();
        Caller seller = Caller.member(900_000 + memberId, "hv-" + memberId, memberName, memberId);
        ShopInput shop = new ShopInput(ShopKind.GROUP, "Tổ kinh doanh số phố 9", null, "0912000999", "970436", "0011000999",
                "Trinh Thi", TransferService.ACCOUNT, List.of(), List.of("Đình làng phố 9"));
        ProductInput product = new ProductInput("Bánh cốm Hàng Than", null, null, null, "hộp", null, null, "FOOD", false, null,
                null,
                null, null, List.of(new ProductInput.VariantInput(null, null, null, "80000", "10")));
        pendingShop = shops.open(seller, shop);
        pendingProduct = products.add(seller, pendingShop, product);
        pendingPhoto = products.addPhoto(seller, pendingProduct, png());
        pendingVariant = products.mine(seller, pendingProduct).variants().get(0).id();
        listedShop = shops.open(seller, shop);
        listedProduct = products.add(seller, listedShop, product);
        reviews.approveShop(baDinhOfficer, listedShop);
        reviews.approveProduct(baDinhOfficer, listedProduct);
        long variant = products.mine(seller, listedProduct).variants().get(0).id();
        long pickup = jdbc.sql("SELECT id FROM market_pickup WHERE shop_id = :s").param("s", listedShop).query(Long.class)
                .single();
        Orders.Placed placed = orders.place(new OrderInput(List.of(new OrderInput.Line(variant, "1")), BUYER, BUYER_PHONE, null,
                null, pickup, null, null));
        orderId = placed.id();
        orderCode = placed.code();
        reportOfListing = reviews.report(listedShop, listedProduct, ReportReason.WRONG_INFO, "Giá ghi sai");
        arrangeSafety();
    }

    /** A case worker of Ba Đình holds a harassment case with a screenshot and a referral; a scam indicator; a warning. */
    private void arrangeSafety() {
        var worker = safety.caseWorker(Places.BA_DINH, false);
        designationId = jdbc.sql("SELECT id FROM safety_case_worker WHERE user_id = :u AND until IS NULL")
                .param("u", worker.caller().userId()).query(Long.class).single();
        caseCode = safety.report(AReport.harassment(commune.id()).describedAs(CASE_SECRET).screenshot("a.png", AReport.png()))
                .code();
        caseId = jdbc.sql("SELECT id FROM safety_case WHERE code = :c").param("c", caseCode).query(Long.class).single();
        evidenceId = jdbc.sql("SELECT id FROM safety_evidence WHERE case_id = :c").param("c", caseId).query(Long.class).single();
        cases.take(worker.caller(), caseId);
        serviceId = services.create(fixtures.admin(), new SupportServices.NewService(commune.id(), ServiceKind.PEACE_HOUSE,
                Purpose.COUNSELLING, "Nhà tạm lánh Ba Đình", "024 0000 0000", null));
        decisions.refer(worker.caller(), caseId, new CaseDecisions.Referral(serviceId, reports.today().plusDays(5), null, null));
        referralId = jdbc.sql("SELECT id FROM safety_referral WHERE case_id = :c").param("c", caseId).query(Long.class).single();
        scamCaseCode = safety.report(AReport.scam(commune.id()).phone("0869 111 222")).code();
        indicatorId = jdbc.sql("SELECT id FROM safety_indicator WHERE value = '+84869111222'").query(Long.class).single();
        warningId = warnings.create(fixtures.officer(Places.HA_NOI).caller(), new Warnings.NewWarning(commune.id(),
                "Cảnh báo lừa đảo Ba Đình", "Scam warning", "Nội dung", "Text", null, reports.today().plusDays(10), null));
    }

    /** Every endpoint of the safety module that touches a case, with the ids of Ba Đình's case. */
    private List<Case> safetyCasePages() {
        String k = "/safety/cases/" + caseId;
        return List.of(
                new Case(HttpMethod.GET, "/safety/cases", "/safety/cases?code=" + caseCode, null),
                new Case(HttpMethod.GET, "/safety/cases/{id}", k, null),
                new Case(HttpMethod.GET, "/safety/cases/{id}/evidence/{evidenceId}", k + "/evidence/" + evidenceId, null),
                new Case(HttpMethod.POST, "/safety/cases/{id}/take", k + "/take", null),
                new Case(HttpMethod.POST, "/safety/cases/{id}/assess", k + "/assess?risk=HIGH&assessment=x", null),
                new Case(HttpMethod.POST, "/safety/cases/{id}/plan", k + "/plan?plan=x", null),
                new Case(HttpMethod.POST, "/safety/cases/{id}/notes", k + "/notes?note=x", null),
                new Case(HttpMethod.POST, "/safety/cases/{id}/reply", k + "/reply?reply=x", null),
                new Case(HttpMethod.POST, "/safety/cases/{id}/referrals",
                        k + "/referrals?serviceId=" + serviceId + "&deadline=01/01/2030&overrideReason=x", null),
                new Case(HttpMethod.POST, "/safety/cases/{id}/escalate", k + "/escalate?reason=x", null),
                new Case(HttpMethod.POST, "/safety/cases/{id}/close", k + "/close?outcome=RESOLVED", null),
                new Case(HttpMethod.POST, "/safety/cases/{id}/approve-close", k + "/approve-close", null),
                new Case(HttpMethod.POST, "/safety/cases/{id}/refuse-close", k + "/refuse-close?reason=x", null),
                new Case(HttpMethod.POST, "/safety/referrals/{referralId}/confirm",
                        "/safety/referrals/" + referralId + "/confirm?caseId=" + caseId, null),
                new Case(HttpMethod.POST, "/safety/referrals/{referralId}/answer",
                        "/safety/referrals/" + referralId + "/answer?caseId=" + caseId + "&accepted=true", null),
                new Case(HttpMethod.POST, "/safety/referrals/{referralId}/cancel",
                        "/safety/referrals/" + referralId + "/cancel?caseId=" + caseId, null));
    }

    private List<Case> safetyCaseApi() {
        return List.of(
                new Case(HttpMethod.GET, "/api/v1/safety/cases", "/api/v1/safety/cases?code=" + caseCode, null),
                new Case(HttpMethod.GET, "/api/v1/safety/cases/{id}", "/api/v1/safety/cases/" + caseId, null));
    }

    private record Case(HttpMethod method, String pattern, String uri, String body) {
    }

    private List<Case> apiCases() {
        long m = memberId;
        long c = commune.id();
        long b = branch.id();
        String memberJson = """
                {"fullName": "Trịnh Thị Mới", "birthDate": "1984-10-20", "nationalId": "%s", "unitId": %d, "joinedOn": "2010-01-01"}
                """
                .formatted(Fixtures.cccd(LocalDate.of(1984, 10, 20)), b);
        return List.of(
                new Case(HttpMethod.GET, "/api/v1/units/{id}", "/api/v1/units/" + c, null),
                new Case(HttpMethod.GET, "/api/v1/units/{id}/children", "/api/v1/units/" + c + "/children", null),
                new Case(HttpMethod.GET, "/api/v1/units/{id}/lineage", "/api/v1/units/" + b + "/lineage", null),
                new Case(HttpMethod.GET, "/api/v1/units/search", "/api/v1/units/search?q=chi%20hoi&within=" + c, null),
                new Case(HttpMethod.POST, "/api/v1/units", "/api/v1/units",
                        "{\"parentId\": " + c + ", \"code\": \"X-" + m
                                + "\", \"name\": \"Chi hội lạ\", \"levelCode\": \"BRANCH\"}"),
                new Case(HttpMethod.POST, "/api/v1/units/{id}/rename", "/api/v1/units/" + b + "/rename",
                        "{\"name\": \"Đổi tên\"}"),
                new Case(HttpMethod.POST, "/api/v1/units/{id}/move", "/api/v1/units/" + b + "/move",
                        "{\"parentId\": " + fixtures.unit(Places.NGOC_HA).id() + "}"),
                new Case(HttpMethod.POST, "/api/v1/units/merge", "/api/v1/units/merge",
                        "{\"sourceIds\": [" + b + ", " + b + "], \"successor\": {\"code\": \"Y-" + m
                                + "\", \"name\": \"Gộp\", \"levelCode\": \"BRANCH\"}}"),
                new Case(HttpMethod.POST, "/api/v1/units/{id}/split", "/api/v1/units/" + b + "/split",
                        "{\"parts\": [{\"unit\": {\"code\": \"Z1-" + m
                                + "\", \"name\": \"A\", \"levelCode\": \"BRANCH\"}, \"childIds\": []},"
                                + "{\"unit\": {\"code\": \"Z2-" + m
                                + "\", \"name\": \"B\", \"levelCode\": \"BRANCH\"}, \"childIds\": []}]}"),
                new Case(HttpMethod.GET, "/api/v1/members", "/api/v1/members?unitId=" + c, null),
                new Case(HttpMethod.GET, "/api/v1/members/{id}", "/api/v1/members/" + m, null),
                new Case(HttpMethod.POST, "/api/v1/members", "/api/v1/members", memberJson),
                new Case(HttpMethod.PUT, "/api/v1/members/{id}", "/api/v1/members/" + m + "?version=0", memberJson),
                new Case(HttpMethod.POST, "/api/v1/members/{id}/status", "/api/v1/members/" + m + "/status",
                        "{\"status\": \"LEFT\"}"),
                new Case(HttpMethod.POST, "/api/v1/members/{id}/transfer", "/api/v1/members/" + m + "/transfer",
                        "{\"toUnitId\": " + fixtures.unit(Places.NGOC_HA).id() + "}"),
                new Case(HttpMethod.GET, "/api/v1/members/{id}/history", "/api/v1/members/" + m + "/history", null),
                new Case(HttpMethod.GET, "/api/v1/transfers", "/api/v1/transfers?unitId=" + c, null),
                new Case(HttpMethod.POST, "/api/v1/imports", "/api/v1/imports?unitId=" + c, "{}"),
                new Case(HttpMethod.GET, "/api/v1/imports", "/api/v1/imports?unitId=" + c, null),
                new Case(HttpMethod.GET, "/api/v1/imports/{id}", "/api/v1/imports/" + importId, null),
                new Case(HttpMethod.GET, "/api/v1/imports/{id}/preview", "/api/v1/imports/" + importId + "/preview", null),
                new Case(HttpMethod.PUT, "/api/v1/imports/{id}/mapping", "/api/v1/imports/" + importId + "/mapping",
                        "{\"headerRow\": 1}"),
                new Case(HttpMethod.POST, "/api/v1/imports/{id}/validate", "/api/v1/imports/" + importId + "/validate", null),
                new Case(HttpMethod.POST, "/api/v1/imports/{id}/commit", "/api/v1/imports/" + importId + "/commit", null),
                new Case(HttpMethod.POST, "/api/v1/imports/{id}/cancel", "/api/v1/imports/" + importId + "/cancel", null),
                new Case(HttpMethod.GET, "/api/v1/imports/{id}/problems", "/api/v1/imports/" + importId + "/problems", null),
                new Case(HttpMethod.POST, "/api/v1/imports/{id}/discard", "/api/v1/imports/" + importId + "/discard", null),
                new Case(HttpMethod.GET, "/api/v1/exports/members", "/api/v1/exports/members?format=csv&unitId=" + c, null),
                new Case(HttpMethod.GET, "/api/v1/members/counts", "/api/v1/members/counts?unitId=" + c, null),
                new Case(HttpMethod.GET, "/api/v1/accounts", "/api/v1/accounts?unitId=" + c, null),
                new Case(HttpMethod.POST, "/api/v1/accounts", "/api/v1/accounts",
                        "{\"username\": \"intruder" + m
                                + "\", \"password\": \"long-enough-pw\", \"displayName\": \"X\", \"role\": \"OFFICER\", \"unitId\": "
                                + c + "}"),
                new Case(HttpMethod.GET, "/api/v1/accounts/{id}", "/api/v1/accounts/" + baDinhAccount, null),
                new Case(HttpMethod.POST, "/api/v1/accounts/{id}/password-reset",
                        "/api/v1/accounts/" + baDinhAccount + "/password-reset", null),
                new Case(HttpMethod.POST, "/api/v1/accounts/{id}/disable", "/api/v1/accounts/" + baDinhAccount + "/disable",
                        null),
                new Case(HttpMethod.POST, "/api/v1/accounts/{id}/enable", "/api/v1/accounts/" + baDinhAccount + "/enable", null),
                new Case(HttpMethod.POST, "/api/v1/accounts/{id}/unlock", "/api/v1/accounts/" + baDinhAccount + "/unlock", null),
                new Case(HttpMethod.PUT, "/api/v1/accounts/{id}/assignment", "/api/v1/accounts/" + baDinhAccount + "/assignment",
                        "{\"role\": \"VIEWER\", \"unitId\": " + fixtures.unit(Places.NGOC_HA).id() + "}"),
                new Case(HttpMethod.POST, "/api/v1/accounts/me/password", "/api/v1/accounts/me/password",
                        "{\"currentPassword\": \"not-her-password\", \"newPassword\": \"mot-cau-that-dai\"}"),
                new Case(HttpMethod.PUT, "/api/v1/accounts/me/email", "/api/v1/accounts/me/email",
                        "{\"email\": \"not-an-address\"}"),
                new Case(HttpMethod.GET, "/api/v1/accounts/me/tokens", "/api/v1/accounts/me/tokens", null),
                new Case(HttpMethod.POST, "/api/v1/accounts/me/tokens", "/api/v1/accounts/me/tokens", "{\"name\": \"\"}"),
                new Case(HttpMethod.POST, "/api/v1/accounts/me/tokens/{id}/revoke",
                        "/api/v1/accounts/me/tokens/" + personalTokenId + "/revoke", null),
                new Case(HttpMethod.GET, "/api/v1/tokens", "/api/v1/tokens?unitId=" + c, null),
                new Case(HttpMethod.POST, "/api/v1/tokens", "/api/v1/tokens", "{\"name\": \"Lạ\", \"unitId\": " + c + "}"),
                new Case(HttpMethod.POST, "/api/v1/tokens/{id}/revoke", "/api/v1/tokens/" + tokenId + "/revoke", null),
                new Case(HttpMethod.POST, "/api/v1/reporting/indicators", "/api/v1/reporting/indicators",
                        "{\"code\": \"LA_" + m
                                + "\", \"nameVi\": \"Lạ\", \"nameEn\": \"X\", \"valueType\": \"INTEGER\", \"aggregation\": \"SUM\"}"),
                new Case(HttpMethod.POST, "/api/v1/reporting/forms", "/api/v1/reporting/forms",
                        "{\"code\": \"LA_" + m
                                + "\", \"nameVi\": \"Lạ\", \"nameEn\": \"X\", \"periodicity\": \"MONTHLY\", \"levelCode\": \"COMMUNE\", \"deadlineDays\": 5, \"firstPeriod\": \"2026-01-01\"}"),
                new Case(HttpMethod.PUT, "/api/v1/reporting/forms/{code}", "/api/v1/reporting/forms/PT_6THANG",
                        "{\"nameVi\": \"Đổi\", \"nameEn\": \"X\", \"deadlineDays\": 1, \"active\": false}"),
                new Case(HttpMethod.POST, "/api/v1/reporting/forms/{code}/items", "/api/v1/reporting/forms/PT_6THANG/items",
                        "{\"indicatorCode\": \"MEMBERS_TOTAL\", \"required\": true}"),
                new Case(HttpMethod.POST, "/api/v1/reporting/forms/{code}/rules", "/api/v1/reporting/forms/PT_6THANG/rules",
                        "{\"leftCode\": \"COOPS_NEW\", \"op\": \"<=\", \"rightValue\": 1, \"messageVi\": \"x\", \"messageEn\": \"x\"}"),
                new Case(HttpMethod.POST, "/api/v1/reporting/reports", "/api/v1/reporting/reports",
                        "{\"form\": \"PT_6THANG\", \"unitId\": " + c + ", \"period\": \"" + PERIOD + "\"}"),
                new Case(HttpMethod.GET, "/api/v1/reporting/reports",
                        "/api/v1/reporting/reports?form=PT_6THANG&unit=" + Places.BA_DINH + "&period=" + PERIOD, null),
                new Case(HttpMethod.GET, "/api/v1/reporting/reports/{id}", "/api/v1/reporting/reports/" + reportId, null),
                new Case(HttpMethod.PUT, "/api/v1/reporting/reports/{id}/values",
                        "/api/v1/reporting/reports/" + reportId + "/values",
                        "{\"version\": 0, \"values\": {\"COOPS_NEW\": \"99\"}}"),
                new Case(HttpMethod.POST, "/api/v1/reporting/reports/{id}/submit",
                        "/api/v1/reporting/reports/" + reportId + "/submit",
                        "{\"version\": 0, \"values\": {}}"),
                new Case(HttpMethod.POST, "/api/v1/reporting/reports/{id}/approve",
                        "/api/v1/reporting/reports/" + reportId + "/approve", "{}"),
                new Case(HttpMethod.POST, "/api/v1/reporting/reports/{id}/return",
                        "/api/v1/reporting/reports/" + reportId + "/return",
                        "{\"comment\": \"x\"}"),
                new Case(HttpMethod.POST, "/api/v1/reporting/reports/{id}/reopen",
                        "/api/v1/reporting/reports/" + reportId + "/reopen",
                        "{\"comment\": \"x\"}"),
                new Case(HttpMethod.GET, "/api/v1/reporting/reports/{id}/history",
                        "/api/v1/reporting/reports/" + reportId + "/history", null),
                new Case(HttpMethod.GET, "/api/v1/reporting/reports/{id}/pdf", "/api/v1/reporting/reports/" + reportId + "/pdf",
                        null),
                new Case(HttpMethod.GET, "/api/v1/reporting/aggregates",
                        "/api/v1/reporting/aggregates?unit=" + Places.BA_DINH + "&indicator=COOPS_NEW&period="
                                + PERIOD + "&includeSubmitted=true",
                        null),
                new Case(HttpMethod.GET, "/api/v1/reporting/aggregates/series",
                        "/api/v1/reporting/aggregates/series?unit=" + Places.BA_DINH + "&indicator=COOPS_NEW&from=2026S1&to="
                                + PERIOD,
                        null),
                new Case(HttpMethod.GET, "/api/v1/reporting/aggregates/children",
                        "/api/v1/reporting/aggregates/children?unit=" + Places.BA_DINH + "&indicator=COOPS_NEW&period="
                                + PERIOD,
                        null),
                new Case(HttpMethod.GET, "/api/v1/reporting/completeness",
                        "/api/v1/reporting/completeness?unit=" + Places.BA_DINH + "&form=PT_6THANG&period=" + PERIOD, null),
                new Case(HttpMethod.GET, "/api/v1/reporting/waiting", "/api/v1/reporting/waiting", null),
                new Case(HttpMethod.GET, "/api/v1/reporting/starts", "/api/v1/reporting/starts?unit=" + Places.BA_DINH, null),
                new Case(HttpMethod.PUT, "/api/v1/reporting/starts", "/api/v1/reporting/starts",
                        "{\"unit\": \"" + Places.BA_DINH + "\", \"startsOn\": \"2026-12-01\"}"),
                new Case(HttpMethod.PUT, "/api/v1/reporting/targets", "/api/v1/reporting/targets",
                        "{\"unit\": \"" + Places.BA_DINH + "\", \"indicator\": \"COOPS_NEW\", \"year\": 2026, \"value\": 5}"),
                new Case(HttpMethod.GET, "/api/v1/reporting/values", "/api/v1/reporting/values?unitId=" + c + "&formId=" + formId
                        + "&period=" + PERIOD + "&format=json&approvedOnly=false", null),
                new Case(HttpMethod.POST, "/api/v1/reporting/values", "/api/v1/reporting/values", null),
                new Case(HttpMethod.POST, "/api/v1/cards/verify", "/api/v1/cards/verify", "{\"token\": \"" + forgedCard + "\"}"),
                new Case(HttpMethod.POST, "/api/v1/cards/keys/rotate", "/api/v1/cards/keys/rotate", null),
                new Case(HttpMethod.GET, "/api/v1/help", "/api/v1/help?unitId=" + c + "&from=2025-01-01&to=" + reports.today(),
                        null),
                new Case(HttpMethod.POST, "/api/v1/help", "/api/v1/help", "{\"unitId\": " + c + ", \"givenOn\": \""
                        + reports.today()
                        + "\", \"type\": \"EWALLET\", \"citizenName\": \"Lạ\", \"citizenPhone\": \"0912345678\", \"consent\": true}"),
                new Case(HttpMethod.POST, "/api/v1/help/sessions", "/api/v1/help/sessions",
                        "{\"unitId\": " + b + ", \"givenOn\": \""
                                + reports.today()
                                + "\", \"types\": [\"EWALLET\"], \"people\": [\"Lạ, 0912345678\"], \"consent\": true}"),
                new Case(HttpMethod.GET, "/api/v1/help/helpers", "/api/v1/help/helpers?unitId=" + c, null),
                new Case(HttpMethod.POST, "/api/v1/help/helpers", "/api/v1/help/helpers",
                        "{\"memberId\": " + m + ", \"unitId\": " + c + ", \"kind\": \"COMMUNITY_TEAM\"}"),
                new Case(HttpMethod.POST, "/api/v1/help/helpers/end", "/api/v1/help/helpers/end",
                        "{\"memberId\": " + m + ", \"unitId\": " + b + ", \"kind\": \"AMBASSADOR\"}"),
                new Case(HttpMethod.POST, "/api/v1/help/citizens/erase", "/api/v1/help/citizens/erase",
                        "{\"unitId\": " + c + ", \"phone\": \"" + CITIZEN_PHONE + "\"}"),
                // the safety module
                new Case(HttpMethod.GET, "/api/v1/safety/cases", "/api/v1/safety/cases?code=" + caseCode, null),
                new Case(HttpMethod.GET, "/api/v1/safety/cases/{id}", "/api/v1/safety/cases/" + caseId, null),
                new Case(HttpMethod.GET, "/api/v1/safety/indicators", "/api/v1/safety/indicators", null),
                new Case(HttpMethod.GET, "/api/v1/safety/warnings", "/api/v1/safety/warnings?unitId=" + c, null),
                new Case(HttpMethod.POST, "/api/v1/safety/warnings", "/api/v1/safety/warnings",
                        "{\"unitId\": " + c + ", \"titleVi\": \"T\", \"titleEn\": \"T\", \"bodyVi\": \"B\", \"bodyEn\": \"B\", "
                                + "\"validTo\": \"2030-01-01\"}"),
                new Case(HttpMethod.POST, "/api/v1/safety/warnings/{id}/approve",
                        "/api/v1/safety/warnings/" + warningId + "/approve",
                        null),
                new Case(HttpMethod.GET, "/api/v1/safety/case-workers", "/api/v1/safety/case-workers?unitId=" + c, null),
                new Case(HttpMethod.POST, "/api/v1/safety/case-workers", "/api/v1/safety/case-workers",
                        "{\"username\": \"" + outsider.username() + "\", \"unitId\": " + c + ", \"supervising\": true}"),
                // the digital market: public reads show no pending listing, orders and reports of one are refused
                new Case(HttpMethod.GET, "/api/v1/market/products", "/api/v1/market/products?q=" + encoded(memberName), null),
                new Case(HttpMethod.GET, "/api/v1/market/products/{id}", "/api/v1/market/products/" + pendingProduct, null),
                new Case(HttpMethod.GET, "/api/v1/market/shops/{id}", "/api/v1/market/shops/" + pendingShop, null),
                new Case(HttpMethod.POST, "/api/v1/market/orders", "/api/v1/market/orders", "{\"lines\": [{\"variantId\": "
                        + pendingVariant + ", \"quantity\": 1}], \"buyerName\": \"Lạ\", \"buyerPhone\": \"0912345678\"}"),
                new Case(HttpMethod.GET, "/api/v1/market/orders/{code}",
                        "/api/v1/market/orders/" + orderCode + "?phone=0900000000", null),
                new Case(HttpMethod.POST, "/api/v1/market/products/{id}/reports",
                        "/api/v1/market/products/" + pendingProduct + "/reports", "{\"reason\": \"SCAM\"}"),
                // a seller's operations are a member's own: an officer is refused
                new Case(HttpMethod.GET, "/api/v1/market/my/shops", "/api/v1/market/my/shops", null),
                new Case(HttpMethod.POST, "/api/v1/market/my/shops", "/api/v1/market/my/shops", "{\"name\": \"Lạ\"}"),
                new Case(HttpMethod.GET, "/api/v1/market/my/shops/{id}", "/api/v1/market/my/shops/" + listedShop, null),
                new Case(HttpMethod.PUT, "/api/v1/market/my/shops/{id}", "/api/v1/market/my/shops/" + listedShop + "?version=0",
                        "{\"name\": \"Lạ\"}"),
                new Case(HttpMethod.GET, "/api/v1/market/my/shops/{id}/products",
                        "/api/v1/market/my/shops/" + listedShop + "/products", null),
                new Case(HttpMethod.POST, "/api/v1/market/my/shops/{id}/products",
                        "/api/v1/market/my/shops/" + listedShop + "/products", "{\"nameVi\": \"Lạ\"}"),
                new Case(HttpMethod.PUT, "/api/v1/market/my/products/{id}",
                        "/api/v1/market/my/products/" + listedProduct + "?version=0", "{\"nameVi\": \"Lạ\"}"),
                new Case(HttpMethod.POST, "/api/v1/market/my/products/{id}/photos",
                        "/api/v1/market/my/products/" + listedProduct + "/photos", null),
                new Case(HttpMethod.GET, "/api/v1/market/my/shops/{id}/orders",
                        "/api/v1/market/my/shops/" + listedShop + "/orders",
                        null),
                new Case(HttpMethod.GET, "/api/v1/market/my/orders/{id}", "/api/v1/market/my/orders/" + orderId, null),
                new Case(HttpMethod.POST, "/api/v1/market/my/orders/{id}/steps", "/api/v1/market/my/orders/" + orderId + "/steps",
                        "{\"step\": \"CANCEL\", \"reason\": \"x\", \"version\": 0}"),
                // officers' reviews reach only their subtree
                new Case(HttpMethod.GET, "/api/v1/market/review", "/api/v1/market/review?unitId=" + c, null),
                new Case(HttpMethod.GET, "/api/v1/market/review/shops/{id}", "/api/v1/market/review/shops/" + listedShop, null),
                new Case(HttpMethod.POST, "/api/v1/market/review/shops/{id}/approve",
                        "/api/v1/market/review/shops/" + pendingShop + "/approve", null),
                new Case(HttpMethod.POST, "/api/v1/market/review/shops/{id}/hide",
                        "/api/v1/market/review/shops/" + listedShop + "/hide", "{\"reason\": \"x\"}"),
                new Case(HttpMethod.POST, "/api/v1/market/review/products/{id}/approve",
                        "/api/v1/market/review/products/" + pendingProduct + "/approve", null),
                new Case(HttpMethod.POST, "/api/v1/market/review/products/{id}/hide",
                        "/api/v1/market/review/products/" + listedProduct + "/hide", "{\"reason\": \"x\"}"),
                new Case(HttpMethod.POST, "/api/v1/market/review/reports/{id}/close",
                        "/api/v1/market/review/reports/" + reportOfListing + "/close", "{\"outcome\": \"x\"}"),
                new Case(HttpMethod.PUT, "/api/v1/market/banks", "/api/v1/market/banks",
                        "{\"source\": \"x\", \"asOf\": \"2026-01-01\", \"banks\": [{\"bin\": \"970999\", \"shortName\": \"X\"}]}"));
    }

    private List<Case> pageCases() {
        long m = memberId;
        long c = commune.id();
        long b = branch.id();
        return List.of(
                new Case(HttpMethod.GET, "/", "/?unitId=" + c, null),
                new Case(HttpMethod.GET, "/units/{id}", "/units/" + c, null),
                // the picker offers the country's communes for a transfer (Xã Đình Phong), never another commune's branch (in Ba Đình)
                new Case(HttpMethod.GET, "/units/pick", "/units/pick?field=toUnit&reach=transfer&toUnit=pho-dinh", null),
                new Case(HttpMethod.GET, "/units/{id}/children", "/units/" + c + "/children", null),
                new Case(HttpMethod.POST, "/units/{id}/children",
                        "/units/" + c + "/children?code=Q-" + m + "&name=Chi%20h%E1%BB%99i&levelCode=BRANCH", null),
                new Case(HttpMethod.POST, "/units/{id}/rename", "/units/" + b + "/rename?name=Kh%C3%A1c", null),
                new Case(HttpMethod.POST, "/units/{id}/move", "/units/" + b + "/move?parent=" + Places.NGOC_HA, null),
                new Case(HttpMethod.POST, "/units/{id}/merge",
                        "/units/" + c + "/merge?sourceIds=" + b + "&sourceIds=" + b + "&code=W-" + m + "&name=G", null),
                new Case(HttpMethod.POST, "/units/{id}/split",
                        "/units/" + b + "/split?partCode=S1-" + m + "&partName=A&partCode=S2-" + m + "&partName=B", null),
                new Case(HttpMethod.GET, "/members", "/members?unitId=" + c, null),
                new Case(HttpMethod.GET, "/members/new", "/members/new?unitId=" + c, null),
                new Case(HttpMethod.POST, "/members",
                        "/members?unitId=" + b + "&fullName=Tr%E1%BB%8Bnh&birthDate=20/10/1984&nationalId="
                                + Fixtures.cccd(LocalDate.of(1984, 10, 20)) + "&joinedOn=01/01/2010",
                        null),
                new Case(HttpMethod.GET, "/members/{id}", "/members/" + m, null),
                new Case(HttpMethod.GET, "/members/{id}/edit", "/members/" + m + "/edit", null),
                new Case(HttpMethod.POST, "/members/{id}",
                        "/members/" + m + "?fullName=X&birthDate=20/10/1984&nationalId=" + cccd + "&joinedOn=01/01/2010", null),
                new Case(HttpMethod.POST, "/members/validate",
                        "/members/validate?field=nationalId&nationalId=" + cccd + "&birthDate=20/10/1984", null),
                new Case(HttpMethod.POST, "/members/{id}/transfer", "/members/" + m + "/transfer?toUnit=" + Places.NGOC_HA,
                        null),
                new Case(HttpMethod.POST, "/members/{id}/status", "/members/" + m + "/status?status=LEFT", null),
                new Case(HttpMethod.GET, "/transfers", "/transfers?unitId=" + c, null),
                new Case(HttpMethod.GET, "/imports", "/imports?unitId=" + c, null),
                new Case(HttpMethod.POST, "/imports", "/imports?unitId=" + c, null),
                new Case(HttpMethod.GET, "/imports/{id}", "/imports/" + importId, null),
                new Case(HttpMethod.GET, "/imports/{id}/progress", "/imports/" + importId + "/progress", null),
                new Case(HttpMethod.POST, "/imports/{id}/mapping",
                        "/imports/" + importId + "/mapping?headerRow=1&col_FULL_NAME=0", null),
                new Case(HttpMethod.POST, "/imports/{id}/validate", "/imports/" + importId + "/validate", null),
                new Case(HttpMethod.POST, "/imports/{id}/commit", "/imports/" + importId + "/commit", null),
                new Case(HttpMethod.POST, "/imports/{id}/cancel", "/imports/" + importId + "/cancel", null),
                new Case(HttpMethod.GET, "/imports/{id}/problems", "/imports/" + importId + "/problems", null),
                new Case(HttpMethod.POST, "/imports/{id}/discard", "/imports/" + importId + "/discard", null),
                new Case(HttpMethod.GET, "/members/book", "/members/book?unitId=" + b, null),
                new Case(HttpMethod.GET, "/members/book.pdf", "/members/book.pdf?unitId=" + c, null),
                new Case(HttpMethod.GET, "/members/export", "/members/export?unitId=" + c, null),
                new Case(HttpMethod.GET, "/admin/audit", "/admin/audit", null),
                new Case(HttpMethod.GET, "/accounts", "/accounts?unitId=" + c, null),
                new Case(HttpMethod.POST, "/accounts", "/accounts?unitId=" + c + "&username=intruder2" + m
                        + "&password=long-enough-pw&displayName=X&role=OFFICER", null),
                new Case(HttpMethod.GET, "/accounts/{id}", "/accounts/" + baDinhAccount, null),
                new Case(HttpMethod.POST, "/accounts/{id}/reset", "/accounts/" + baDinhAccount + "/reset", null),
                new Case(HttpMethod.POST, "/accounts/{id}/disable", "/accounts/" + baDinhAccount + "/disable", null),
                new Case(HttpMethod.POST, "/accounts/{id}/enable", "/accounts/" + baDinhAccount + "/enable", null),
                new Case(HttpMethod.POST, "/accounts/{id}/unlock", "/accounts/" + baDinhAccount + "/unlock", null),
                new Case(HttpMethod.POST, "/accounts/{id}/assignment",
                        "/accounts/" + baDinhAccount + "/assignment?role=VIEWER&unitCode=" + Places.NGOC_HA, null),
                new Case(HttpMethod.GET, "/account", "/account", null),
                new Case(HttpMethod.GET, "/account/password", "/account/password", null),
                new Case(HttpMethod.POST, "/account/password",
                        "/account/password?currentPassword=not-her-password&newPassword=mot-cau-that-dai", null),
                new Case(HttpMethod.POST, "/account/tokens/{id}/revoke", "/account/tokens/" + personalTokenId + "/revoke", null),
                new Case(HttpMethod.GET, "/admin/tokens", "/admin/tokens?unitId=" + c, null),
                new Case(HttpMethod.POST, "/admin/tokens", "/admin/tokens?unitId=" + c + "&name=L%E1%BA%A1", null),
                new Case(HttpMethod.POST, "/admin/tokens/{id}/revoke", "/admin/tokens/" + tokenId + "/revoke?unitId=" + c, null),
                new Case(HttpMethod.POST, "/reports/open",
                        "/reports/open?formId=" + formId + "&unitId=" + c + "&period=" + PERIOD, null),
                new Case(HttpMethod.GET, "/reports/{id}", "/reports/" + reportId, null),
                new Case(HttpMethod.POST, "/reports/{id}", "/reports/" + reportId + "?version=0&action=submit&v.COOPS_NEW=9",
                        null),
                new Case(HttpMethod.POST, "/reports/{id}/draft", "/reports/" + reportId + "/draft?version=0&v.COOPS_NEW=9", null),
                new Case(HttpMethod.POST, "/reports/{id}/approve", "/reports/" + reportId + "/approve", null),
                new Case(HttpMethod.POST, "/reports/{id}/return", "/reports/" + reportId + "/return?comment=x", null),
                new Case(HttpMethod.POST, "/reports/{id}/reopen", "/reports/" + reportId + "/reopen?comment=x", null),
                new Case(HttpMethod.GET, "/reports/{id}/history", "/reports/" + reportId + "/history", null),
                new Case(HttpMethod.GET, "/reports/{id}/print.pdf", "/reports/" + reportId + "/print.pdf", null),
                new Case(HttpMethod.GET, "/reports/review",
                        "/reports/review?unitId=" + c + "&formId=" + formId + "&period=" + PERIOD, null),
                new Case(HttpMethod.POST, "/reports/review/bulk",
                        "/reports/review/bulk?ids=" + reportId + "&action=approve&unitId=" + c
                                + "&formId=" + formId + "&period=" + PERIOD,
                        null),
                new Case(HttpMethod.GET, "/reports/export",
                        "/reports/export?unitId=" + c + "&formId=" + formId + "&period=" + PERIOD
                                + "&format=csv&approvedOnly=false",
                        null),
                new Case(HttpMethod.POST, "/reports/import", "/reports/import?returnTo=/reports/review?unitId=" + c, null),
                new Case(HttpMethod.GET, "/reports/starts", "/reports/starts?unitId=" + c, null),
                new Case(HttpMethod.GET, "/notices/{id}", "/notices/" + noticeId, null),
                new Case(HttpMethod.POST, "/reports/starts",
                        "/reports/starts?unitId=" + c + "&target=" + b + "&startsOn=01/12/2026", null),
                new Case(HttpMethod.POST, "/reports/starts/remove", "/reports/starts/remove?unitId=" + c + "&target=" + b, null),
                new Case(HttpMethod.GET, "/dashboard", "/dashboard?unitId=" + c + "&indicator=COOPS_NEW&period=" + PERIOD, null),
                new Case(HttpMethod.GET, "/dashboard/series.json",
                        "/dashboard/series.json?unitId=" + c + "&indicator=COOPS_NEW&period=" + PERIOD, null),
                new Case(HttpMethod.GET, "/dashboard/children.json",
                        "/dashboard/children.json?unitId=" + c + "&indicator=COOPS_NEW&period=" + PERIOD, null),
                new Case(HttpMethod.POST, "/members/{id}/invitation", "/members/" + m + "/invitation", null),
                new Case(HttpMethod.GET, "/members/{id}/login", "/members/" + m + "/login", null),
                new Case(HttpMethod.GET, "/me", "/me", null),
                new Case(HttpMethod.GET, "/me/data", "/me/data", null),
                new Case(HttpMethod.GET, "/me/data/page", "/me/data/page", null),
                new Case(HttpMethod.POST, "/me/consents/withdraw", "/me/consents/withdraw", null),
                new Case(HttpMethod.GET, "/activities", "/activities?unitId=" + c, null),
                new Case(HttpMethod.POST, "/activities",
                        "/activities?unitId=" + b + "&kind=MEETING&title=L%E1%BA%A1&startsAt=2026-12-01T08:00&place=X", null),
                new Case(HttpMethod.GET, "/activities/{id}", "/activities/" + activityId, null),
                new Case(HttpMethod.POST, "/activities/{id}/held", "/activities/" + activityId + "/held?minutes=x", null),
                new Case(HttpMethod.POST, "/activities/{id}/cancel", "/activities/" + activityId + "/cancel", null),
                new Case(HttpMethod.POST, "/activities/{id}/attendance",
                        "/activities/" + activityId + "/attendance?memberIds=" + m, null),
                new Case(HttpMethod.POST, "/activities/{id}/scan", "/activities/" + activityId + "/scan?token=x", null),
                new Case(HttpMethod.POST, "/activities/{id}/photos", "/activities/" + activityId + "/photos", null),
                new Case(HttpMethod.GET, "/activities/photos/{photoId}", "/activities/photos/" + photoId, null),
                new Case(HttpMethod.POST, "/announcements", "/announcements?unitId=" + c + "&title=X&body=Y", null),
                new Case(HttpMethod.GET, "/me/activities", "/me/activities", null),
                new Case(HttpMethod.POST, "/me/activities/{id}/answer", "/me/activities/" + activityId + "/answer?answer=YES",
                        null),
                new Case(HttpMethod.GET, "/me/checkin/{code}", "/me/checkin/" + checkInCode, null),
                new Case(HttpMethod.POST, "/me/checkin/{code}", "/me/checkin/" + checkInCode, null),
                new Case(HttpMethod.GET, "/me/learn", "/me/learn", null),
                new Case(HttpMethod.GET, "/me/learn/lessons/{id}", "/me/learn/lessons/1", null),
                new Case(HttpMethod.POST, "/me/learn/lessons/{id}", "/me/learn/lessons/1?q1=0", null),
                new Case(HttpMethod.GET, "/me/learn/certificates/{code}.pdf", "/me/learn/certificates/BDHVS-X.pdf", null),
                new Case(HttpMethod.GET, "/admin/lessons", "/admin/lessons", null),
                new Case(HttpMethod.POST, "/admin/lessons/images", "/admin/lessons/images", null),
                new Case(HttpMethod.GET, "/admin/lessons/{id}", "/admin/lessons/1", null),
                new Case(HttpMethod.POST, "/admin/lessons/{id}", "/admin/lessons/1?titleVi=X&titleEn=X&bodyVi=X&bodyEn=X", null),
                new Case(HttpMethod.GET, "/admin/forms", "/admin/forms", null),
                new Case(HttpMethod.GET, "/admin/forms/{id}", "/admin/forms/" + formId, null),
                new Case(HttpMethod.POST, "/admin/forms",
                        "/admin/forms?code=LA&nameVi=L&nameEn=L&periodicity=MONTHLY&levelCode=COMMUNE&firstPeriod=01/01/2027",
                        null),
                new Case(HttpMethod.POST, "/admin/forms/{id}", "/admin/forms/" + formId + "?nameVi=X&nameEn=X&deadlineDays=1",
                        null),
                new Case(HttpMethod.POST, "/admin/forms/{id}/items",
                        "/admin/forms/" + formId + "/items?indicatorCode=MEMBERS_TOTAL", null),
                new Case(HttpMethod.POST, "/admin/forms/{id}/rules",
                        "/admin/forms/" + formId + "/rules?leftCode=COOPS_NEW&op=%3C%3D&rightValue=1&messageVi=x&messageEn=x",
                        null),
                new Case(HttpMethod.POST, "/admin/indicators",
                        "/admin/indicators?code=LA_X&nameVi=L&nameEn=L&valueType=INTEGER&aggregation=SUM", null),
                new Case(HttpMethod.GET, "/dashboard/provinces.json",
                        "/dashboard/provinces.json?indicator=COOPS_NEW&period=" + PERIOD + "&view=today", null),
                new Case(HttpMethod.GET, "/dashboard/series.csv",
                        "/dashboard/series.csv?unitId=" + c + "&indicator=COOPS_NEW&period=" + PERIOD, null),
                new Case(HttpMethod.GET, "/dashboard/children.csv",
                        "/dashboard/children.csv?unitId=" + c + "&indicator=COOPS_NEW&period=" + PERIOD, null),
                new Case(HttpMethod.GET, "/dashboard/provinces.csv",
                        "/dashboard/provinces.csv?indicator=COOPS_NEW&period=" + PERIOD + "&view=today", null),
                new Case(HttpMethod.GET, "/members/{id}/card", "/members/" + m + "/card", null),
                new Case(HttpMethod.POST, "/members/{id}/card", "/members/" + m + "/card", null),
                new Case(HttpMethod.GET, "/me/card", "/me/card", null),
                new Case(HttpMethod.POST, "/me/card", "/me/card", null),
                new Case(HttpMethod.POST, "/cards/{cardId}/revoke", "/cards/" + cardId + "/revoke?memberId=" + m + "&reason=x",
                        null),
                new Case(HttpMethod.GET, "/cards/verify", "/cards/verify?token=" + forgedCard, null),
                new Case(HttpMethod.POST, "/cards/verify.json", "/cards/verify.json", "{\"token\": \"" + forgedCard + "\"}"),
                new Case(HttpMethod.GET, "/admin/cards/keys", "/admin/cards/keys", null),
                new Case(HttpMethod.POST, "/admin/cards/keys/rotate", "/admin/cards/keys/rotate", null),
                new Case(HttpMethod.GET, "/help", "/help?unitId=" + c, null),
                new Case(HttpMethod.GET, "/help/new", "/help/new?unitId=" + b + "&type=EWALLET&q=" + encoded(memberName), null),
                new Case(HttpMethod.GET, "/help/members", "/help/members?unitId=" + c + "&q=" + encoded(memberName), null),
                new Case(HttpMethod.POST, "/help",
                        "/help?unitId=" + c
                                + "&type=EWALLET&who=citizen&citizenName=L%E1%BA%A1&citizenPhone=0912345678&consent=true",
                        null),
                new Case(HttpMethod.GET, "/help/session", "/help/session?unitId=" + c, null),
                new Case(HttpMethod.POST, "/help/session",
                        "/help/session?unitId=" + b + "&types=EWALLET&people=L%E1%BA%A1%2C%200912345678&consent=true", null),
                new Case(HttpMethod.GET, "/help/list", "/help/list?unitId=" + c + "&from=2025-01-01", null),
                new Case(HttpMethod.GET, "/help/helpers", "/help/helpers?unitId=" + c + "&q=" + encoded(memberName), null),
                new Case(HttpMethod.POST, "/help/helpers",
                        "/help/helpers?unitId=" + c + "&memberId=" + m + "&kind=COMMUNITY_TEAM", null),
                new Case(HttpMethod.POST, "/help/helpers/end",
                        "/help/helpers/end?unitId=" + b + "&memberId=" + m + "&kind=AMBASSADOR", null),
                new Case(HttpMethod.POST, "/help/citizens/erase", "/help/citizens/erase?unitId=" + c + "&phone=" + CITIZEN_PHONE,
                        null),
                // the safety module: the public form and follow-up refuse what carries no valid token, code or PIN
                new Case(HttpMethod.GET, "/safety", "/safety", null),
                new Case(HttpMethod.POST, "/safety/report", "/safety/report?kind=HARASSMENT&communeId=" + c + "&description=x",
                        null),
                new Case(HttpMethod.POST, "/safety/follow", "/safety/follow?code=" + caseCode + "&pin=000000", null),
                new Case(HttpMethod.POST, "/safety/follow/add", "/safety/follow/add?text=x", null),
                new Case(HttpMethod.POST, "/safety/follow/delete", "/safety/follow/delete?confirm=true", null),
                new Case(HttpMethod.POST, "/safety/follow/forget", "/safety/follow/forget", null),
                new Case(HttpMethod.GET, "/safety/cases", "/safety/cases?code=" + caseCode, null),
                new Case(HttpMethod.GET, "/safety/cases/{id}", "/safety/cases/" + caseId, null),
                new Case(HttpMethod.GET, "/safety/cases/{id}/evidence/{evidenceId}",
                        "/safety/cases/" + caseId + "/evidence/" + evidenceId, null),
                new Case(HttpMethod.POST, "/safety/cases/{id}/take", "/safety/cases/" + caseId + "/take", null),
                new Case(HttpMethod.POST, "/safety/cases/{id}/assess", "/safety/cases/" + caseId + "/assess?risk=HIGH", null),
                new Case(HttpMethod.POST, "/safety/cases/{id}/plan", "/safety/cases/" + caseId + "/plan?plan=x", null),
                new Case(HttpMethod.POST, "/safety/cases/{id}/notes", "/safety/cases/" + caseId + "/notes?note=x", null),
                new Case(HttpMethod.POST, "/safety/cases/{id}/reply", "/safety/cases/" + caseId + "/reply?reply=x", null),
                new Case(HttpMethod.POST, "/safety/cases/{id}/referrals",
                        "/safety/cases/" + caseId + "/referrals?serviceId=" + serviceId + "&deadline=01/01/2030", null),
                new Case(HttpMethod.POST, "/safety/cases/{id}/escalate", "/safety/cases/" + caseId + "/escalate?reason=x", null),
                new Case(HttpMethod.POST, "/safety/cases/{id}/close", "/safety/cases/" + caseId + "/close?outcome=RESOLVED",
                        null),
                new Case(HttpMethod.POST, "/safety/cases/{id}/approve-close", "/safety/cases/" + caseId + "/approve-close", null),
                new Case(HttpMethod.POST, "/safety/cases/{id}/refuse-close", "/safety/cases/" + caseId + "/refuse-close?reason=x",
                        null),
                new Case(HttpMethod.POST, "/safety/referrals/{referralId}/confirm",
                        "/safety/referrals/" + referralId + "/confirm?caseId=" + caseId, null),
                new Case(HttpMethod.POST, "/safety/referrals/{referralId}/answer",
                        "/safety/referrals/" + referralId + "/answer?caseId=" + caseId + "&accepted=true", null),
                new Case(HttpMethod.POST, "/safety/referrals/{referralId}/cancel",
                        "/safety/referrals/" + referralId + "/cancel?caseId=" + caseId, null),
                new Case(HttpMethod.GET, "/safety/case-workers", "/safety/case-workers?unitId=" + c, null),
                new Case(HttpMethod.POST, "/safety/case-workers",
                        "/safety/case-workers?unitId=" + c + "&username=" + outsider.username() + "&supervising=true", null),
                new Case(HttpMethod.POST, "/safety/case-workers/{id}/end",
                        "/safety/case-workers/" + designationId + "/end?unitId=" + c, null),
                new Case(HttpMethod.GET, "/admin/safety/services", "/admin/safety/services", null),
                new Case(HttpMethod.POST, "/admin/safety/services",
                        "/admin/safety/services?unitId=" + c + "&kind=POLICE&purpose=POLICE&name=X", null),
                new Case(HttpMethod.POST, "/admin/safety/services/{id}/deactivate",
                        "/admin/safety/services/" + serviceId + "/deactivate", null),
                new Case(HttpMethod.GET, "/safety/indicators", "/safety/indicators?casesOf=" + indicatorId, null),
                new Case(HttpMethod.POST, "/safety/indicators/{id}/verify", "/safety/indicators/" + indicatorId + "/verify",
                        null),
                new Case(HttpMethod.POST, "/safety/indicators/{id}/false", "/safety/indicators/" + indicatorId + "/false", null),
                new Case(HttpMethod.GET, "/safety/warnings", "/safety/warnings?unitId=" + c, null),
                new Case(HttpMethod.POST, "/safety/warnings",
                        "/safety/warnings?unitId=" + c + "&titleVi=T&titleEn=T&bodyVi=B&bodyEn=B&validTo=01/01/2030", null),
                new Case(HttpMethod.GET, "/safety/warnings/{id}", "/safety/warnings/" + warningId, null),
                new Case(HttpMethod.POST, "/safety/warnings/{id}/approve", "/safety/warnings/" + warningId + "/approve", null),
                new Case(HttpMethod.POST, "/safety/warnings/{id}/return", "/safety/warnings/" + warningId + "/return?comment=x",
                        null),
                new Case(HttpMethod.POST, "/safety/warnings/{id}/withdraw", "/safety/warnings/" + warningId + "/withdraw", null),
                new Case(HttpMethod.GET, "/me/warnings", "/me/warnings", null),
                new Case(HttpMethod.GET, "/me/warnings/{id}", "/me/warnings/" + warningId, null),
                // the digital market's public pages: nothing pending, no buyer
                new Case(HttpMethod.GET, "/cho-so", "/cho-so?q=" + encoded(memberName), null),
                new Case(HttpMethod.GET, "/en/market", "/en/market?q=" + encoded(memberName), null),
                new Case(HttpMethod.GET, "/cho-so/san-pham/{id}", "/cho-so/san-pham/" + pendingProduct, null),
                new Case(HttpMethod.GET, "/en/market/products/{id}", "/en/market/products/" + pendingProduct, null),
                new Case(HttpMethod.POST, "/cho-so/san-pham/{id}/dat-hang", "/cho-so/san-pham/" + pendingProduct
                        + "/dat-hang?variantId=" + pendingVariant + "&quantity=1&buyerName=L&buyerPhone=0912345678", null),
                new Case(HttpMethod.POST, "/en/market/products/{id}/order", "/en/market/products/" + pendingProduct
                        + "/order?variantId=" + pendingVariant + "&quantity=1&buyerName=L&buyerPhone=0912345678", null),
                new Case(HttpMethod.POST, "/cho-so/san-pham/{id}/bao-cao",
                        "/cho-so/san-pham/" + pendingProduct + "/bao-cao?reason=SCAM",
                        null),
                new Case(HttpMethod.POST, "/en/market/products/{id}/report",
                        "/en/market/products/" + pendingProduct + "/report?reason=SCAM", null),
                new Case(HttpMethod.GET, "/cho-so/cua-hang/{id}", "/cho-so/cua-hang/" + pendingShop, null),
                new Case(HttpMethod.GET, "/en/market/shops/{id}", "/en/market/shops/" + pendingShop, null),
                new Case(HttpMethod.GET, "/cho-so/don-vi/{id}", "/cho-so/don-vi/" + c, null),
                new Case(HttpMethod.GET, "/en/market/union/{id}", "/en/market/union/" + c, null),
                new Case(HttpMethod.GET, "/cho-so/anh/{id}", "/cho-so/anh/" + pendingPhoto, null),
                new Case(HttpMethod.GET, "/cho-so/anh/{id}/nho", "/cho-so/anh/" + pendingPhoto + "/nho", null),
                new Case(HttpMethod.GET, "/cho-so/don-hang/{code}", "/cho-so/don-hang/" + orderCode + "?k=not-the-key", null),
                new Case(HttpMethod.GET, "/en/market/orders/{code}", "/en/market/orders/" + orderCode + "?k=not-the-key", null),
                new Case(HttpMethod.GET, "/cho-so/don-hang/{code}/vietqr.png",
                        "/cho-so/don-hang/" + orderCode + "/vietqr.png?k=not-the-key", null),
                new Case(HttpMethod.GET, "/cho-so/don-hang", "/cho-so/don-hang", null),
                new Case(HttpMethod.GET, "/en/market/orders", "/en/market/orders", null),
                new Case(HttpMethod.POST, "/cho-so/don-hang", "/cho-so/don-hang?code=" + orderCode + "&phone=0900000000", null),
                new Case(HttpMethod.POST, "/en/market/orders", "/en/market/orders?code=" + orderCode + "&phone=0900000000", null),
                // a seller's pages are a member's own: an officer is refused
                new Case(HttpMethod.GET, "/me/shops", "/me/shops", null),
                new Case(HttpMethod.GET, "/me/shops/new", "/me/shops/new", null),
                new Case(HttpMethod.POST, "/me/shops", "/me/shops?name=L", null),
                new Case(HttpMethod.GET, "/me/shops/{id}", "/me/shops/" + listedShop, null),
                new Case(HttpMethod.GET, "/me/shops/{id}/edit", "/me/shops/" + listedShop + "/edit", null),
                new Case(HttpMethod.POST, "/me/shops/{id}", "/me/shops/" + listedShop + "?name=L&version=0", null),
                new Case(HttpMethod.POST, "/me/shops/{id}/photos", "/me/shops/" + listedShop + "/photos", null),
                new Case(HttpMethod.POST, "/me/shops/{id}/photos/{photoId}/delete",
                        "/me/shops/" + pendingShop + "/photos/" + pendingPhoto + "/delete", null),
                new Case(HttpMethod.POST, "/me/shops/{id}/invite", "/me/shops/" + listedShop + "/invite", null),
                new Case(HttpMethod.POST, "/me/shops/{id}/managers/{memberId}/remove",
                        "/me/shops/" + listedShop + "/managers/" + m + "/remove", null),
                new Case(HttpMethod.POST, "/me/shops/join", "/me/shops/join?code=ABCDEFGH", null),
                new Case(HttpMethod.GET, "/me/market/photos/{photoId}", "/me/market/photos/" + pendingPhoto, null),
                new Case(HttpMethod.GET, "/me/shops/{id}/orders", "/me/shops/" + listedShop + "/orders", null),
                new Case(HttpMethod.GET, "/me/orders/{orderId}", "/me/orders/" + orderId, null),
                new Case(HttpMethod.POST, "/me/orders/{orderId}/steps",
                        "/me/orders/" + orderId + "/steps?step=CANCEL&reason=x&version=0",
                        null),
                new Case(HttpMethod.GET, "/me/shops/{id}/products/new", "/me/shops/" + listedShop + "/products/new", null),
                new Case(HttpMethod.POST, "/me/shops/{id}/products", "/me/shops/" + listedShop + "/products?nameVi=L", null),
                new Case(HttpMethod.GET, "/me/products/{productId}/edit", "/me/products/" + listedProduct + "/edit", null),
                new Case(HttpMethod.POST, "/me/products/{productId}", "/me/products/" + listedProduct + "?nameVi=L&version=0",
                        null),
                new Case(HttpMethod.POST, "/me/products/{productId}/photos", "/me/products/" + listedProduct + "/photos", null),
                new Case(HttpMethod.GET, "/me/shops/{id}/english", "/me/shops/" + listedShop + "/english", null),
                new Case(HttpMethod.POST, "/me/shops/{id}/english", "/me/shops/" + listedShop + "/english", null),
                // officers' pages reach only their subtree; the bank list is changed by a national administrator
                new Case(HttpMethod.GET, "/market/review", "/market/review?unitId=" + c, null),
                new Case(HttpMethod.GET, "/market/shops/{id}", "/market/shops/" + listedShop, null),
                new Case(HttpMethod.POST, "/market/shops/{id}/approve", "/market/shops/" + pendingShop + "/approve", null),
                new Case(HttpMethod.POST, "/market/shops/{id}/hide", "/market/shops/" + listedShop + "/hide?reason=x", null),
                new Case(HttpMethod.POST, "/market/products/{id}/approve",
                        "/market/products/" + pendingProduct + "/approve?shopId=" + pendingShop, null),
                new Case(HttpMethod.POST, "/market/products/{id}/hide",
                        "/market/products/" + listedProduct + "/hide?shopId=" + listedShop + "&reason=x", null),
                new Case(HttpMethod.POST, "/market/reports/{id}/close",
                        "/market/reports/" + reportOfListing + "/close?shopId=" + listedShop + "&outcome=x", null),
                new Case(HttpMethod.GET, "/market/photos/{photoId}", "/market/photos/" + pendingPhoto, null),
                new Case(HttpMethod.GET, "/admin/market/banks", "/admin/market/banks", null),
                new Case(HttpMethod.POST, "/admin/market/banks", "/admin/market/banks?source=x&asOf=01/01/2026", null));
    }

    /** A real picture (the market re-encodes photos, so a header alone is refused). */
    private static byte[] png() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A notice to Ba Đình's officer about its report: only she may open it. */
    private long noticeTo(Caller officer) {
        notices.post(new NewNotice(officer.userId(), "test.secret", REPORT_SECRET, REPORT_SECRET, "/reports/" + reportId,
                "report:" + reportId, null, false));
        return notices.unread(officer, 1).get(0).id();
    }

    private static String encoded(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theApiGivesAnOfficerOfAnotherCommuneNothing() throws Exception {
        String before = snapshot();
        for (Case k : apiCases()) {
            MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(k.method(), k.uri())
                    .with(httpBasic(outsider.username(), outsider.password()));
            if (k.body() != null) {
                request.contentType(MediaType.APPLICATION_JSON).content(k.body());
            }
            MvcResult result = mvc.perform(request).andReturn();
            assertNothingLeaked(k, result);
            walked.add(k.method() + " " + k.pattern());
        }
        assertThat(snapshot()).as("nothing changed").isEqualTo(before);
    }

    @Test
    void thePagesGiveAnOfficerOfAnotherCommuneNothing() throws Exception {
        String before = snapshot();
        var principal = users.loadUserByUsername(outsider.username());
        for (Case k : pageCases()) {
            MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(k.method(), k.uri()).with(user(principal))
                    .with(csrf());
            if (k.body() != null) {
                request.contentType(MediaType.APPLICATION_JSON).content(k.body());
            }
            MvcResult result = mvc.perform(request).andReturn();
            assertNothingLeaked(k, result);
            if (result.getResponse().getStatus() == 302) {
                // a refused change returns to the record's page, which she cannot open either
                String target = result.getResponse().getRedirectedUrl();
                MvcResult followed = mvc.perform(MockMvcRequestBuilders.get(target).with(user(principal))).andReturn();
                assertNothingLeaked(k, followed);
                assertThat(followed.getResponse().getStatus()).as(k.uri() + " → " + target).isIn(403, 404);
            }
            walked.add(k.method() + " " + k.pattern());
        }
        assertThat(snapshot()).as("nothing changed").isEqualTo(before);
    }

    @Test
    void aRealUploadIntoAnotherCommuneIsRefusedAndKeepsNothing() throws Exception {
        String before = snapshot();
        byte[] csv = ("Họ và tên,Ngày sinh,Số CCCD\nLý Thị Lạ,01/01/1980," + Fixtures.cccd(LocalDate.of(1980, 1, 1)) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        var file = new MockMultipartFile("file", "x.csv", "text/csv", csv);
        MvcResult api = mvc.perform(
                MockMvcRequestBuilders.multipart("/api/v1/imports").file(file).param("unitId", Long.toString(commune.id()))
                        .with(httpBasic(outsider.username(), outsider.password())))
                .andReturn();
        assertThat(api.getResponse().getStatus()).isEqualTo(403);
        var principal = users.loadUserByUsername(outsider.username());
        MvcResult page = mvc
                .perform(MockMvcRequestBuilders.multipart("/imports").file(file).param("unitId", Long.toString(commune.id()))
                        .with(user(principal)).with(csrf()))
                .andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(403);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aFileOfReportValuesForAnotherCommuneIsRefusedAndWritesNothing() throws Exception {
        String before = snapshot();
        byte[] csv = ("form,unit_code,period,indicator,category,value\nPT_6THANG," + Places.BA_DINH + "," + PERIOD
                + ",COOPS_NEW,,99\n")
                .getBytes(StandardCharsets.UTF_8);
        var file = new MockMultipartFile("file", "values.csv", "text/csv", csv);
        MvcResult api = mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/reporting/values").file(file)
                .with(httpBasic(outsider.username(), outsider.password()))).andReturn();
        assertThat(api.getResponse().getStatus()).isEqualTo(422);
        assertThat(api.getResponse().getContentAsString()).contains("row 2").contains("import.notWritable");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void searchesWithoutAUnitStayInsideHerOwnCommune() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/members").param("q", memberName)
                .with(httpBasic(outsider.username(), outsider.password())))
                .andExpect(MockMvcResultMatchers.jsonPath("$.items.length()").value(0));
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/members").param("q", cccd)
                .with(httpBasic(outsider.username(), outsider.password())))
                .andExpect(MockMvcResultMatchers.jsonPath("$.items.length()").value(0));
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/units/search").param("q", "ba dinh")
                .with(httpBasic(outsider.username(), outsider.password())))
                .andExpect(MockMvcResultMatchers.jsonPath("$.length()").value(0));
    }

    /**
     * Ba Đình's case exists only for its case workers: an officer of Ba Đình itself who is no case worker gets 404 from
     * every endpoint of a case, as if it did not exist (pages and API), no case and no count on the module's page, and
     * her attempts leave nothing, not even a line in the case's access log or in the audit log.
     */
    @Test
    void anOfficerOfTheSameCommuneWhoIsNoCaseWorkerFindsNoTraceOfItsCase() throws Exception {
        Fixtures.Officer colleague = fixtures.officer(Places.BA_DINH);
        var principal = users.loadUserByUsername(colleague.username());
        String before = snapshot();
        long audited = jdbc.sql("SELECT count(*) FROM audit_log").query(Long.class).single();
        for (Case k : safetyCasePages()) {
            MvcResult result = mvc.perform(MockMvcRequestBuilders.request(k.method(), k.uri()).with(user(principal)).with(csrf()))
                    .andReturn();
            assertThat(result.getResponse().getStatus()).as(k.method() + " " + k.uri()).isEqualTo(404);
            assertThat(result.getResponse().getContentAsString()).doesNotContain(caseCode).doesNotContain(CASE_SECRET);
        }
        for (Case k : safetyCaseApi()) {
            MvcResult result = mvc.perform(MockMvcRequestBuilders.request(k.method(), k.uri())
                    .with(httpBasic(colleague.username(), colleague.password()))).andReturn();
            assertThat(result.getResponse().getStatus()).as(k.method() + " " + k.uri()).isEqualTo(404);
            assertThat(result.getResponse().getContentAsString()).doesNotContain(caseCode).doesNotContain(CASE_SECRET);
        }
        String hub = mvc.perform(MockMvcRequestBuilders.get("/safety").with(user(principal))).andReturn().getResponse()
                .getContentAsString();
        assertThat(hub).contains("safety-hub").doesNotContain("hub-cases").doesNotContain("hub-waiting");
        assertThat(snapshot()).as("nothing changed, no read logged").isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log").query(Long.class).single()).isEqualTo(audited);
    }

    /**
     * The rest of the safety module (its hub, the case workers' designations, the service directory, the indicators and
     * the cases reported under one, the warnings, the public form, follow-up and check) walked by an officer of Ba Đình
     * who is no case worker: no page, answer or redirect names either of the commune's cases or what was told in them,
     * and nothing changes.
     */
    @Test
    void anOfficerOfTheSameCommuneWhoIsNoCaseWorkerFindsNoTraceOfItsCasesOnAnyOtherSafetyEndpoint() throws Exception {
        Fixtures.Officer colleague = fixtures.officer(Places.BA_DINH);
        var principal = users.loadUserByUsername(colleague.username());
        Set<String> caseEndpoints = new TreeSet<>();
        for (Case k : safetyCasePages()) {
            caseEndpoints.add(k.method() + " " + k.pattern());
        }
        for (Case k : safetyCaseApi()) {
            caseEndpoints.add(k.method() + " " + k.pattern());
        }
        String before = snapshot();
        int walkedHere = 0;
        for (Case k : pageCases()) {
            if (!isSafety(k) || caseEndpoints.contains(k.method() + " " + k.pattern())) {
                continue;
            }
            MvcResult result = mvc.perform(MockMvcRequestBuilders.request(k.method(), k.uri()).with(user(principal))
                    .with(csrf())).andReturn();
            assertNoTraceOfTheCases(k, result);
            if (result.getResponse().getStatus() == 302) {
                String target = result.getResponse().getRedirectedUrl();
                assertNoTraceOfTheCases(k, mvc.perform(MockMvcRequestBuilders.get(target).with(user(principal))).andReturn());
            }
            walkedHere++;
        }
        for (Case k : apiCases()) {
            if (!isSafety(k) || caseEndpoints.contains(k.method() + " " + k.pattern())) {
                continue;
            }
            MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(k.method(), k.uri())
                    .with(httpBasic(colleague.username(), colleague.password()));
            if (k.body() != null) {
                request.contentType(MediaType.APPLICATION_JSON).content(k.body());
            }
            assertNoTraceOfTheCases(k, mvc.perform(request).andReturn());
            walkedHere++;
        }
        for (String uri : List.of("/safety/indicators?casesOf=" + indicatorId, "/safety/indicators?q=0869111222",
                "/api/v1/safety/indicators?q=0869111222", "/me")) {
            Case k = new Case(HttpMethod.GET, uri, uri, null);
            MockHttpServletRequestBuilder request = uri.startsWith("/api")
                    ? MockMvcRequestBuilders.get(uri).with(httpBasic(colleague.username(), colleague.password()))
                    : MockMvcRequestBuilders.get(uri).with(user(principal));
            assertNoTraceOfTheCases(k, mvc.perform(request).andReturn());
        }
        assertThat(walkedHere).as("the safety endpoints besides a case's own").isGreaterThan(25);
        // the platform's audit page (read by administrators of the unit) holds no line of the cases' work
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_log
                 WHERE (entity_type LIKE 'safety_case%' AND entity_type <> 'safety_case_worker')
                    OR entity_type IN ('safety_referral', 'safety_evidence')
                    OR detail LIKE '%' || :code || '%' OR detail LIKE '%' || :scam || '%'
                """).param("code", caseCode).param("scam", scamCaseCode).query(Long.class).single()).isZero();
        assertThat(snapshot()).as("nothing changed").isEqualTo(before);
    }

    private static boolean isSafety(Case k) {
        return k.pattern().startsWith("/safety") || k.pattern().startsWith("/admin/safety")
                || k.pattern().startsWith("/api/v1/safety") || k.pattern().startsWith("/me/warnings");
    }

    private void assertNoTraceOfTheCases(Case k, MvcResult result) throws Exception {
        String body = result.getResponse().getContentAsString();
        int status = result.getResponse().getStatus();
        assertThat(status).as(k.method() + " " + k.uri() + " → " + body).isNotEqualTo(500);
        assertThat(body).as(k.method() + " " + k.uri()).doesNotContain(caseCode).doesNotContain(scamCaseCode)
                .doesNotContain(CASE_SECRET).doesNotContain("/safety/cases/" + caseId);
        if (status == 302) {
            assertThat(result.getResponse().getRedirectedUrl()).as(k.method() + " " + k.uri())
                    .doesNotContain("/safety/cases/");
        }
    }

    @Test
    void anAdministratorOfAnotherCommuneFindsNothingOfThisOneInTheAuditLog() throws Exception {
        Fixtures.Officer reader = fixtures.officer(Places.BA_DINH);
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/members/" + memberId)
                .with(httpBasic(reader.username(), reader.password())).with(r -> {
                    r.setRemoteAddr("10.0.4.4");
                    return r;
                })).andExpect(MockMvcResultMatchers.status().isOk());
        var otherAdmin = users.loadUserByUsername(fixtures.account(Caller.Role.ADMIN, Places.NGOC_HA).username());
        for (String uri : List.of("/admin/audit", "/admin/audit?type=member&entity=" + memberId,
                "/admin/audit?actor=" + reader.username())) {
            String body = mvc.perform(MockMvcRequestBuilders.get(uri).with(user(otherAdmin))).andReturn().getResponse()
                    .getContentAsString();
            assertThat(body).as(uri).doesNotContain("10.0.4.4").doesNotContain("<td>" + reader.username() + "</td>")
                    .doesNotContain("/members/" + memberId + "\"");
        }
    }

    @Test
    void aCommuneAdministratorRewritesNoNationalLessonAndUploadsNoPicture() throws Exception {
        var communeAdmin = users.loadUserByUsername(fixtures.account(Caller.Role.ADMIN, Places.NGOC_HA).username());
        String before = snapshot() + jdbc.sql("SELECT count(*) FROM lesson_image").query(Long.class).single();
        MvcResult edit = mvc.perform(MockMvcRequestBuilders.get("/admin/lessons/1").with(user(communeAdmin))).andReturn();
        assertThat(edit.getResponse().getStatus()).isEqualTo(403);
        mvc.perform(MockMvcRequestBuilders.post("/admin/lessons/1").param("titleVi", "Bài của xã").param("titleEn", "Ours")
                .param("bodyVi", "x").param("bodyEn", "x").with(user(communeAdmin)).with(csrf())).andReturn();
        var png = new MockMultipartFile("image", "a.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        mvc.perform(MockMvcRequestBuilders.multipart("/admin/lessons/images").file(png).with(user(communeAdmin)).with(csrf()))
                .andReturn();
        assertThat(snapshot() + jdbc.sql("SELECT count(*) FROM lesson_image").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void whetherACccdBelongsToAMemberIsToldToNoOneWhoMayNotRegisterInTheUnitNamed() throws Exception {
        String fresh = Fixtures.cccd(LocalDate.of(1984, 10, 20));
        Fixtures.Officer viewer = fixtures.account(Caller.Role.VIEWER, Places.NGOC_HA);
        var member = new HoisoUser(Caller.member(-7, "0987650007", memberName, memberId), "n/a", true, true,
                List.of(new SimpleGrantedAuthority("ROLE_MEMBER")));
        var viewerPage = users.loadUserByUsername(viewer.username());
        long ngocHa = fixtures.unit(Places.NGOC_HA).id();
        for (String number : List.of(cccd, fresh)) {
            List<String> answers = new ArrayList<>();
            // an officer of another commune naming this commune's branch, a viewer naming her own commune
            for (var who : List.of(outsider, viewer)) {
                long unit = who == outsider ? branch.id() : ngocHa;
                answers.add(mvc.perform(MockMvcRequestBuilders.post("/api/v1/members")
                        .with(httpBasic(who.username(), who.password())).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"fullName": "Trịnh Thị Thử", "birthDate": "1984-10-20", "nationalId": "%s", "unitId": %d,
                                 "joinedOn": "2010-01-01"}
                                """.formatted(number, unit)))
                        .andReturn().getResponse().getContentAsString());
            }
            // the inline check of the member form, for a member signed in to her own pages and for the viewer
            for (var who : List.of(member, viewerPage)) {
                answers.add(mvc.perform(MockMvcRequestBuilders.post("/members/validate").param("field", "nationalId")
                        .param("nationalId", number).param("birthDate", "20/10/1984").param("unitId", Long.toString(ngocHa))
                        .with(user(who)).with(csrf())).andReturn().getResponse().getContentAsString());
            }
            for (String answer : answers) {
                assertThat(answer).doesNotContain("member.cccd.duplicate").doesNotContain("đã thuộc một hội viên");
            }
        }
    }

    @Test
    void aCitizenHelpedHereIsNotErasedByAnOfficerOfAnotherCommune() throws Exception {
        MvcResult api = mvc.perform(MockMvcRequestBuilders.post("/api/v1/help/citizens/erase")
                .with(httpBasic(outsider.username(), outsider.password())).contentType(MediaType.APPLICATION_JSON)
                .content("{\"unitId\": " + commune.id() + ", \"phone\": \"" + CITIZEN_PHONE + "\"}")).andReturn();
        assertThat(api.getResponse().getStatus()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM help_given WHERE citizen_phone = :p AND citizen_name = :n")
                .param("p", CITIZEN_PHONE).param("n", CITIZEN).query(Long.class).single()).isPositive();
    }

    @Test
    void anotherCommunesReportIsNotFoundRatherThanForbiddenWhateverTheRequestCarries() throws Exception {
        String r = "/api/v1/reporting/reports/" + reportId;
        List<MockHttpServletRequestBuilder> api = List.of(MockMvcRequestBuilders.get(r),
                MockMvcRequestBuilders.get(r + "/history"), MockMvcRequestBuilders.get(r + "/pdf"),
                // no version: the scope is checked before the request's own faults
                MockMvcRequestBuilders.post(r + "/submit").contentType(MediaType.APPLICATION_JSON).content("{\"values\": {}}"),
                MockMvcRequestBuilders.put(r + "/values").contentType(MediaType.APPLICATION_JSON).content("{\"values\": {}}"),
                MockMvcRequestBuilders.post(r + "/approve").contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0}"),
                MockMvcRequestBuilders.post(r + "/return").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, \"comment\": \"x\"}"),
                MockMvcRequestBuilders.post(r + "/reopen").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"comment\": \"x\"}"));
        for (MockHttpServletRequestBuilder request : api) {
            MvcResult result = mvc.perform(request.with(httpBasic(outsider.username(), outsider.password()))).andReturn();
            assertThat(result.getResponse().getStatus())
                    .as(result.getRequest().getMethod() + " " + result.getRequest().getRequestURI())
                    .isEqualTo(404);
        }
        var principal = users.loadUserByUsername(outsider.username());
        for (String page : List.of("/reports/" + reportId, "/reports/" + reportId + "/history",
                "/reports/" + reportId + "/print.pdf")) {
            assertThat(mvc.perform(MockMvcRequestBuilders.get(page).with(user(principal))).andReturn().getResponse().getStatus())
                    .as(page).isEqualTo(404);
        }
    }

    @Test
    void everyEndpointIsWalked() {
        Set<String> mapped = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            var handler = mappings.getHandlerMethods().get(info);
            if (!handler.getBeanType().getPackageName().startsWith("org.hoiso")) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                for (var method : info.getMethodsCondition().getMethods()) {
                    mapped.add(method.name() + " " + pattern);
                }
            }
        }
        Set<String> covered = new LinkedHashSet<>(NOTHING_TO_HIDE);
        for (Case k : apiCases()) {
            covered.add(k.method() + " " + k.pattern());
        }
        for (Case k : pageCases()) {
            covered.add(k.method() + " " + k.pattern());
        }
        List<String> missing = new ArrayList<>(mapped);
        missing.removeAll(covered);
        assertThat(missing).as("endpoints not walked as an outsider: add them to this test").isEmpty();
    }

    private void assertNothingLeaked(Case k, MvcResult result) throws Exception {
        String body = result.getResponse().getContentAsString();
        int status = result.getResponse().getStatus();
        assertThat(body).as(k.method() + " " + k.uri()).doesNotContain(memberName).doesNotContain(cccd)
                .doesNotContain("Chi hội tổ dân phố số 9").doesNotContain(REPORT_SECRET)
                .doesNotContain(CITIZEN).doesNotContain(CITIZEN_PHONE).doesNotContain("Nhà văn hóa tổ 9")
                .doesNotContain(CASE_SECRET).doesNotContain(caseCode).doesNotContain(scamCaseCode);
        assertThat(body).as(k.method() + " " + k.uri() + ": the market's buyer").doesNotContain(BUYER)
                .doesNotContain(BUYER_PHONE);
        assertThat(status).as(k.method() + " " + k.uri() + " → " + body).isNotEqualTo(500);
        if (status == 200) {
            // an allowed answer must be empty: no rows, no records
            assertThat(body).as(k.method() + " " + k.uri()).satisfiesAnyOf(
                    b -> assertThat(b).contains("\"items\":[]"),
                    b -> assertThat(b).isEqualTo("[]"),
                    b -> assertThat(b).doesNotContain("member-row").contains("<html"),
                    b -> assertThat(b).isEmpty(),
                    b -> assertThat(b).contains("<span"),
                    b -> assertThat(b).contains("\"rows\":[]"),
                    // a CSV download of nothing: its heading line only
                    b -> assertThat(b).startsWith("\uFEFF").hasLineCount(1),
                    // a card check that names no one (a forged card)
                    b -> assertThat(b).contains("\"status\":\"FORGED\"").contains("\"name\":null"));
        } else {
            assertThat(status).as(k.method() + " " + k.uri() + " → " + body).isIn(302, 400, 403, 404, 409, 415, 422);
        }
    }

    /** Everything the walk could have changed. */
    private String snapshot() {
        return jdbc
                .sql("""
                        SELECT (SELECT count(*) FROM member) || '/' || (SELECT count(*) FROM org_unit) || '/' ||
                               (SELECT count(*) FROM app_user) || '/' || (SELECT count(*) FROM member_transfer) || '/' ||
                               (SELECT string_agg(status || unit_id || version, ',' ORDER BY id) FROM member WHERE id = :m) || '/' ||
                               (SELECT name || coalesce(valid_to::text, '') || path::text FROM org_unit WHERE id = :b) || '/' ||
                               (SELECT count(*) FROM import_job) || '/' ||
                               (SELECT status || mapping::text || cancel_requested FROM import_job WHERE id = :j) || '/' ||
                               (SELECT count(*) FROM api_token) || '/' ||
                               (SELECT enabled || '/' || must_change_password || '/' || security_stamp || '/' || password_hash
                                  FROM app_user WHERE id = :acct) || '/' ||
                               (SELECT string_agg(role || unit_id, ',') FROM role_assignment WHERE user_id = :acct) || '/' ||
                               (SELECT count(*) FROM personal_token WHERE revoked_at IS NULL) || '/' ||
                               (SELECT coalesce(revoked_at::text, 'active') FROM api_token WHERE id = :t) || '/' ||
                               (SELECT count(*) FROM rpt_report) || '/' || (SELECT count(*) FROM rpt_value) || '/' ||
                               (SELECT count(*) FROM rpt_target) || '/' || (SELECT count(*) FROM rpt_form) || '/' ||
                               (SELECT count(*) FROM rpt_indicator) || '/' || (SELECT count(*) FROM rpt_form_item) || '/' ||
                               (SELECT status || version FROM rpt_report WHERE id = :r) || '/' ||
                               (SELECT name_vi || deadline_days || active FROM rpt_form WHERE id = :f) || '/' ||
                               (SELECT count(*) FROM member_invitation) || '/' || (SELECT count(*) FROM member_login) || '/' ||
                               (SELECT string_agg(title_vi || updated_at, ',' ORDER BY id) FROM lesson) || '/' ||
                               (SELECT count(*) FROM lesson_progress) || '/' ||
                               (SELECT count(*) FROM member_card) || '/' || (SELECT count(*) FROM card_key) || '/' ||
                               (SELECT coalesce(revoked_at::text, 'live') FROM member_card WHERE id = :card) || '/' ||
                               (SELECT count(*) FROM help_given) || '/' || (SELECT count(*) FROM help_session) || '/' ||
                               (SELECT count(*) FROM digital_helper) || '/' || (SELECT count(*) FROM digital_helper WHERE until IS NULL) || '/' ||
                               (SELECT count(*) FROM activity) || '/' || (SELECT count(*) FROM activity_attendance) || '/' ||
                               (SELECT count(*) FROM activity_response) || '/' || (SELECT count(*) FROM activity_photo) || '/' ||
                               (SELECT count(*) FROM announcement) || '/' || (SELECT status FROM activity WHERE id = :act) || '/' ||
                               (SELECT count(*) FROM rpt_start) || '/' ||
                               (SELECT count(*) FROM notice) || '/' || (SELECT count(*) FROM notice WHERE read_at IS NOT NULL) || '/' ||
                               (SELECT count(*) FROM safety_case) || '/' || (SELECT count(*) FROM safety_case_entry) || '/' ||
                               (SELECT count(*) FROM safety_case_event) || '/' || (SELECT count(*) FROM safety_case_access) || '/' ||
                               (SELECT count(*) FROM safety_referral) || '/' || (SELECT count(*) FROM safety_evidence) || '/' ||
                               (SELECT count(*) FROM safety_case_worker WHERE until IS NULL) || '/' ||
                               (SELECT count(*) FROM safety_service WHERE active) || '/' ||
                               (SELECT count(*) FROM safety_warning) || '/' ||
                               (SELECT string_agg(status, ',' ORDER BY id) FROM safety_warning) || '/' ||
                               (SELECT coalesce(verified_at::text, '') || coalesce(false_at::text, '') FROM safety_indicator WHERE id = :ind) || '/' ||
                               (SELECT status || coalesce(owner_user_id::text, '') || coalesce(risk_level, '') || version
                                  FROM safety_case WHERE id = :case) || '/' ||
                               (SELECT string_agg(status, ',' ORDER BY id) FROM safety_referral WHERE case_id = :case) || '/' ||
                               (SELECT string_agg(status || version, ',' ORDER BY id) FROM market_shop) || '/' ||
                               (SELECT string_agg(status || version, ',' ORDER BY id) FROM market_product) || '/' ||
                               (SELECT string_agg(status || version, ',' ORDER BY id) FROM market_order) || '/' ||
                               (SELECT sum(stock) FROM market_variant) || '/' || (SELECT count(*) FROM market_photo) || '/' ||
                               (SELECT count(*) FROM market_listing_report WHERE closed_at IS NULL) || '/' ||
                               (SELECT count(*) FROM market_shop_manager) || '/' || (SELECT count(*) FROM market_shop_invite) || '/' ||
                               (SELECT count(*) FROM market_bank_list) || '/' || (SELECT count(*) FROM market_bank)
                        """)
                .param("acct", baDinhAccount).param("ind", indicatorId).param("case", caseId).param("card", cardId)
                .param("act", activityId)
                .param("m", memberId).param("r", reportId).param("f", formId)
                .param("b", branch.id()).param("j", importId).param("t", tokenId).query(String.class).single();
    }
}
