package org.hoiso.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.hamcrest.Matchers;
import org.hoiso.card.CardToken.Status;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.security.HoisoUser;
import org.hoiso.platform.web.DomainException;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class MemberCardsIT {

    @Autowired
    MemberCards cards;
    @Autowired
    CardKeys keys;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    private Fixtures.Officer officer;
    private long memberId;
    private String name;

    @BeforeEach
    void arrange() {
        officer = fixtures.officer(Places.BA_DINH);
        name = "Nguyễn Thị " + Fixtures.uniqueGivenName();
        memberId = fixtures.member(name, LocalDate.of(1990, 3, 8), fixtures.unit(Places.BA_DINH).id());
    }

    private Status verify(String token) {
        return cards.verify(token).status();
    }

    @Test
    void anOfficerOfTheMembersCommuneIssuesACardThatVerifiesWithNameUnitAndValidity() {
        MemberCards.Card card = cards.issue(officer.caller(), memberId);
        assertThat(card.name()).isEqualTo(name);
        assertThat(card.unitCode()).isEqualTo(Places.BA_DINH);
        assertThat(card.validUntil()).isEqualTo(card.validFrom().plusDays(364));
        MemberCards.Verification v = cards.verify(officer.caller(), card.token());
        assertThat(v.status()).isEqualTo(Status.VALID);
        assertThat(v.name()).isEqualTo(name);
        assertThat(v.unit()).contains("Ba Đình");
        assertThat(v.validUntil()).isEqualTo(card.validUntil());
        assertThat(
                jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'CARD' AND entity_id = :m AND detail LIKE 'issue card%'")
                        .param("m", memberId).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aCardStoredWithTheOtherFormOfItsSignatureIsRewrittenInTheLowSFormThatVerifies() {
        String token = cards.issue(officer.caller(), memberId).token();
        String[] parts = token.split("\\.");
        byte[] sig = Base64.getUrlDecoder().decode(parts[2]);
        String highS = parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(highSTwin(sig));
        assertThat(verify(highS)).isEqualTo(Status.FORGED);
        assertThat(jdbc.sql("SELECT card_low_s(:t)").param("t", highS).query(String.class).single()).isEqualTo(token);
        assertThat(jdbc.sql("SELECT card_low_s(:t)").param("t", token).query(String.class).single()).isEqualTo(token);
    }

    private static byte[] highSTwin(byte[] sig) {
        BigInteger n = new BigInteger("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16);
        byte[] twin = n.subtract(new BigInteger(1, Arrays.copyOfRange(sig, 32, 64))).toByteArray();
        byte[] out = Arrays.copyOf(sig, 64);
        Arrays.fill(out, 32, 64, (byte) 0);
        int length = Math.min(32, twin.length);
        System.arraycopy(twin, twin.length - length, out, 64 - length, length);
        return out;
    }

    @Test
    void theTokenHoldsNoNationalIdAndNoBirthDate() {
        MemberCards.Card card = cards.issue(officer.caller(), memberId);
        String json = new String(Base64.getUrlDecoder().decode(card.token().split("\\.")[1]), StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("1990").doesNotContain("\"b\"");
        assertThat(json).containsOnlyOnce("\"n\"");
    }

    @Test
    void reissuingRevokesThePreviousCard() {
        MemberCards.Card first = cards.issue(officer.caller(), memberId);
        MemberCards.Card second = cards.issue(officer.caller(), memberId);
        assertThat(verify(first.token())).isEqualTo(Status.REVOKED);
        assertThat(verify(second.token())).isEqualTo(Status.VALID);
        assertThat(cards.view(officer.caller(), memberId).card()).get().extracting(MemberCards.Card::id).isEqualTo(second.id());
    }

    @Test
    void aRevokedCardShowsAsRevokedAndCannotBeRevokedTwice() {
        MemberCards.Card card = cards.issue(officer.caller(), memberId);
        cards.revoke(officer.caller(), card.id(), "Mất thẻ");
        assertThat(verify(card.token())).isEqualTo(Status.REVOKED);
        assertThat(cards.view(officer.caller(), memberId).card()).isEmpty();
        assertThatThrownBy(() -> cards.revoke(officer.caller(), card.id(), null))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("card.alreadyRevoked");
    }

    @Test
    void aCardWhoseValidityHasPassedIsExpired() {
        MemberCards.Card card = cards.issue(officer.caller(), memberId, LocalDate.now().minusDays(400));
        assertThat(card.expired()).isTrue();
        assertThat(verify(card.token())).isEqualTo(Status.EXPIRED);
    }

    @Test
    void aCardWithOneChangedCharacterIsForged() {
        String token = cards.issue(officer.caller(), memberId).token();
        int i = token.length() - 5;
        String changed = token.substring(0, i) + (token.charAt(i) == 'A' ? 'B' : 'A') + token.substring(i + 1);
        MemberCards.Verification v = cards.verify(changed);
        assertThat(v.status()).isEqualTo(Status.FORGED);
        assertThat(v.name()).isNull();
    }

    @Test
    void rotationKeepsOldCardsValidAndNewCardsUseTheNewKey() throws Exception {
        MemberCards.Card before = cards.issue(officer.caller(), memberId);
        String newKid = keys.rotate();
        long other = fixtures.member("Lê Thị " + Fixtures.uniqueGivenName(), LocalDate.of(1988, 1, 2),
                fixtures.unit(Places.BA_DINH).id());
        MemberCards.Card after = cards.issue(officer.caller(), other);
        assertThat(after.kid()).isEqualTo(newKid).isNotEqualTo(before.kid());
        assertThat(verify(before.token())).isEqualTo(Status.VALID);
        assertThat(verify(after.token())).isEqualTo(Status.VALID);
        mvc.perform(get("/cards/keys.json"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", Matchers.containsString("max-age=300")))
                .andExpect(content().string(Matchers.containsString("\"kid\":\"" + before.kid() + "\"")))
                .andExpect(content().string(Matchers.containsString("\"kid\":\"" + newKid + "\"")))
                .andExpect(content().string(Matchers.containsString("\"crv\":\"P-256\"")));
    }

    @Test
    void aKeyIsRetiredOnceAllItsCardsExpiredAndItsCardsThenHaveAnUnknownKey() throws Exception {
        String spent = keys.rotate();
        MemberCards.Card old = cards.issue(officer.caller(), memberId, LocalDate.now().minusDays(400));
        assertThat(old.kid()).isEqualTo(spent);
        keys.rotate();
        assertThat(verify(old.token())).isEqualTo(Status.UNKNOWN_KEY);
        mvc.perform(get("/cards/keys.json"))
                .andExpect(content().string(Matchers.not(Matchers.containsString(spent))));
    }

    @Test
    void theScheduledCheckDoesNothingBeforeTheKeyIsDue() {
        String kid = cards.issue(officer.caller(), memberId).kid();
        keys.rotateIfDue();
        assertThat(cards.issue(officer.caller(), memberId).kid()).isEqualTo(kid);
    }

    @Test
    void theMemberHerselfIssuesAndRevokesHerOwnCard() {
        Caller her = Caller.member(999_001, "member-" + memberId, name, memberId);
        MemberCards.Card card = cards.issue(her, memberId);
        assertThat(cards.mine(her).card()).get().extracting(MemberCards.Card::id).isEqualTo(card.id());
        cards.revoke(her, card.id(), "Đổi điện thoại");
        assertThat(verify(card.token())).isEqualTo(Status.REVOKED);
    }

    @Test
    void aMemberCannotIssueAnotherMembersCard() {
        Caller her = Caller.member(999_001, "member-" + memberId, name, memberId);
        long other = fixtures.member("Phạm Thị " + Fixtures.uniqueGivenName(), LocalDate.of(1979, 5, 6),
                fixtures.unit(Places.BA_DINH).id());
        assertThatThrownBy(() -> cards.issue(her, other)).isInstanceOf(DomainException.class);
    }

    @Test
    void aMemberCannotCheckCards() {
        Caller her = Caller.member(999_001, "member-" + memberId, name, memberId);
        String token = cards.issue(officer.caller(), memberId).token();
        assertThatThrownBy(() -> cards.verify(her, token)).isInstanceOf(DomainException.class);
    }

    @Test
    void anOfficerOfAnotherCommuneCannotIssueSeeOrRevoke() {
        MemberCards.Card card = cards.issue(officer.caller(), memberId);
        Caller outsider = fixtures.officer(Places.NGOC_HA).caller();
        assertThatThrownBy(() -> cards.issue(outsider, memberId)).isInstanceOf(DomainException.class).extracting("code")
                .isEqualTo("member.notFound");
        assertThatThrownBy(() -> cards.view(outsider, memberId)).isInstanceOf(DomainException.class).extracting("code")
                .isEqualTo("member.notFound");
        assertThatThrownBy(() -> cards.revoke(outsider, card.id(), "x")).isInstanceOf(DomainException.class).extracting("code")
                .isEqualTo("card.notFound");
        assertThat(verify(card.token())).isEqualTo(Status.VALID);
    }

    @Test
    void aViewerMayCheckCardsButNotIssueThem() {
        Caller viewer = fixtures.account(Caller.Role.VIEWER, Places.BA_DINH).caller();
        assertThatThrownBy(() -> cards.issue(viewer, memberId)).isInstanceOf(DomainException.class).extracting("code")
                .isEqualTo("member.readOnly");
        String token = cards.issue(officer.caller(), memberId).token();
        assertThat(cards.verify(viewer, token).status()).isEqualTo(Status.VALID);
    }

    @Test
    void theApiAnswersWithTheStatusAndTheHolder() throws Exception {
        String token = cards.issue(officer.caller(), memberId).token();
        Fixtures.Officer elsewhere = fixtures.officer(Places.NGOC_HA);
        mvc.perform(post("/api/v1/cards/verify").with(httpBasic(elsewhere.username(), elsewhere.password()))
                .contentType(MediaType.APPLICATION_JSON).content("{\"token\": \"" + token + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("VALID"))
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.message").value("Thẻ do Hội cấp, còn hiệu lực."));
        mvc.perform(post("/api/v1/cards/verify").with(httpBasic(elsewhere.username(), elsewhere.password()))
                .contentType(MediaType.APPLICATION_JSON).content("{\"token\": \"HS1.x.y\"}"))
                .andExpect(jsonPath("$.status").value("MALFORMED"));
    }

    @Test
    void theApiChecksCardsOnlyForASignedInCaller() throws Exception {
        String token = cards.issue(officer.caller(), memberId).token();
        mvc.perform(
                post("/api/v1/cards/verify").contentType(MediaType.APPLICATION_JSON).content("{\"token\": \"" + token + "\"}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theCardPageShowsTheQrAndTheScanPageAndVerifyJsonWork() throws Exception {
        var principal = users.loadUserByUsername(officer.username());
        mvc.perform(post("/members/" + memberId + "/card").with(user(principal)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String token = cards.view(officer.caller(), memberId).card().orElseThrow().token();
        mvc.perform(get("/members/" + memberId + "/card").with(user(principal)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-token=\"" + token + "\"")))
                .andExpect(content().string(Matchers.containsString("<svg")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("08/03/1990"))));
        mvc.perform(get("/members/" + memberId).with(user(principal)))
                .andExpect(content().string(Matchers.containsString("/members/" + memberId + "/card")));
        mvc.perform(post("/cards/verify.json").with(user(principal)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"token\": \"" + token + "\"}"))
                .andExpect(jsonPath("$.status").value("VALID"));
        mvc.perform(get("/cards/verify").param("token", token).with(user(principal)))
                .andExpect(content().string(Matchers.containsString("HỢP LỆ")));
        mvc.perform(get("/cards/scan").with(user(principal))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/cards/manifest.webmanifest")));
        mvc.perform(get("/cards/sw.js")).andExpect(status().isOk());
        mvc.perform(get("/cards/manifest.webmanifest")).andExpect(jsonPath("$.scope").value("/cards/"));
    }

    @Test
    void theMemberSeesAndIssuesHerOwnCardOnHerPage() throws Exception {
        var her = herLogin();
        mvc.perform(post("/me/card").with(user(her)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/me/card").with(user(her)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"member-card\"")))
                .andExpect(content().string(Matchers.containsString(name)));
        mvc.perform(get("/members/" + memberId + "/card").with(user(her))).andExpect(status().isOk());
    }

    @Test
    void theScanPageIsNotForAMember() throws Exception {
        mvc.perform(get("/cards/scan").with(user(herLogin()))).andExpect(status().isForbidden());
    }

    @Test
    void anOfficerHasNoCardPageOfHerOwn() throws Exception {
        var officerPrincipal = users.loadUserByUsername(officer.username());
        mvc.perform(get("/me/card").with(user(officerPrincipal))).andExpect(status().isForbidden());
    }

    @Test
    void aNationalAdministratorRotatesKeysOnThePageAndThroughTheApi() throws Exception {
        Fixtures.Officer national = fixtures.account(Caller.Role.ADMIN, Places.CENTRAL);
        mvc.perform(post("/admin/cards/keys/rotate").with(user(users.loadUserByUsername(national.username()))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/cards/keys").with(user(users.loadUserByUsername(national.username()))))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/cards/keys/rotate").with(httpBasic(national.username(), national.password())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.kid").isString());
    }

    @Test
    void aCommuneAdministratorRotatesNoKeyInTheServiceOnThePageOrThroughTheApi() throws Exception {
        Fixtures.Officer communeAdmin = fixtures.account(Caller.Role.ADMIN, Places.BA_DINH);
        assertThatThrownBy(() -> keys.rotate(communeAdmin.caller())).isInstanceOf(DomainException.class);
        mvc.perform(post("/admin/cards/keys/rotate").with(user(users.loadUserByUsername(communeAdmin.username()))).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/cards/keys/rotate").with(httpBasic(communeAdmin.username(), communeAdmin.password())))
                .andExpect(status().isForbidden());
    }

    /** What a member's own login gives: her member id, no role assignment, the authority of her pages. */
    private HoisoUser herLogin() {
        return new HoisoUser(Caller.member(999_002, "me-" + memberId, name, memberId), "x", true, true,
                List.of(new SimpleGrantedAuthority("ROLE_MEMBER")));
    }
}
