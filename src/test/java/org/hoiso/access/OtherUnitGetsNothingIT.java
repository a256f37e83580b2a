package org.hoiso.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
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
import org.hoiso.account.ApiTokens;
import org.hoiso.activity.Activities;
import org.hoiso.card.MemberCards;
import org.hoiso.intake.Imports;
import org.hoiso.member.MemberRegistry;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.reporting.Catalogue;
import org.hoiso.reporting.Period;
import org.hoiso.reporting.Reports;
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
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
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
            "GET /cards/keys.json", "GET /cards/scan", "GET /cards/manifest.webmanifest", "GET /cards/sw.js");

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
    @Autowired
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

    private Fixtures.Officer outsider;
    private OrgUnit commune;
    private OrgUnit branch;
    private long memberId;
    private String memberName;
    private String cccd;
    private long importId;
    private long tokenId;
    private long reportId;
    private long activityId;
    private long photoId;
    private String checkInCode;
    private long formId;
    private long cardId;
    /** The member's real card with its signature changed: checking a card only tells what the card itself says. */
    private String forgedCard;
    private static final String REPORT_SECRET = "Khó khăn riêng của phường Ba Đình";
    private static final String PERIOD = "2026S2";
    /** A citizen helped by Ba Đình's digital team: her name and phone must never reach an outsider. */
    private static final String CITIZEN = "Đinh Thị Được Giúp";
    private static final String CITIZEN_PHONE = "0966123456";
    private final Set<String> walked = new TreeSet<>();

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
        tokenId = tokens.create(fixtures.admin(), new ApiTokens.NewToken("Cổng dữ liệu phường", commune.id(), null)).id();
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
                new Case(HttpMethod.GET, "/api/v1/exports/members", "/api/v1/exports/members?format=csv&unitId=" + c, null),
                new Case(HttpMethod.GET, "/api/v1/members/counts", "/api/v1/members/counts?unitId=" + c, null),
                new Case(HttpMethod.GET, "/api/v1/accounts", "/api/v1/accounts?unitId=" + c, null),
                new Case(HttpMethod.POST, "/api/v1/accounts", "/api/v1/accounts",
                        "{\"username\": \"intruder" + m
                                + "\", \"password\": \"long-enough-pw\", \"displayName\": \"X\", \"role\": \"OFFICER\", \"unitId\": "
                                + c + "}"),
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
                        "{\"memberId\": " + m + ", \"unitId\": " + b + ", \"kind\": \"AMBASSADOR\"}"));
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
                new Case(HttpMethod.GET, "/members/export", "/members/export?unitId=" + c, null),
                new Case(HttpMethod.GET, "/admin/audit", "/admin/audit", null),
                new Case(HttpMethod.GET, "/accounts", "/accounts?unitId=" + c, null),
                new Case(HttpMethod.POST, "/accounts", "/accounts?unitId=" + c + "&username=intruder2" + m
                        + "&password=long-enough-pw&displayName=X&role=OFFICER", null),
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
                        "/help/helpers/end?unitId=" + b + "&memberId=" + m + "&kind=AMBASSADOR", null));
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
                .doesNotContain(CITIZEN).doesNotContain(CITIZEN_PHONE).doesNotContain("Nhà văn hóa tổ 9");
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
                               (SELECT count(*) FROM announcement) || '/' || (SELECT status FROM activity WHERE id = :act)
                        """)
                .param("card", cardId).param("act", activityId).param("m", memberId).param("r", reportId).param("f", formId)
                .param("b", branch.id()).param("j", importId).param("t", tokenId).query(String.class).single();
    }
}
