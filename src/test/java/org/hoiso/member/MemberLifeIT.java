package org.hoiso.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.hoiso.account.MemberInvitations;
import org.hoiso.card.CardToken;
import org.hoiso.card.MemberCards;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.platform.security.Caller;
import org.hoiso.skills.help.HelpLog;
import org.hoiso.skills.help.Helper;
import org.hoiso.skills.help.HelperKind;
import org.hoiso.testing.AMember;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A member's life reaches the other modules in the registry's transaction: when she leaves, dies, moves her
 * membership out or is transferred to another commune, her card stops verifying, her helper designations end
 * and her login's fate is decided (disabled when she left or died, kept otherwise) and written in the audit log.
 */
@IntegrationTest
class MemberLifeIT {

    private static final LocalDate CHANGED_ON = LocalDate.of(2026, 11, 2);

    @Autowired
    Fixtures fixtures;
    @Autowired
    MemberRegistry registry;
    @Autowired
    MemberBulk bulk;
    @Autowired
    MemberCards cards;
    @Autowired
    HelpLog help;
    @Autowired
    MemberInvitations invitations;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    /** A member with a card in force, a designation as ambassador for her branch and a login of her own. */
    private record Her(long id, OrgUnit branch, String token, String phone, long userId) {
    }

    private Her member(String communeCode, HelperKind designatedFor) {
        Fixtures.Officer officer = fixtures.officer(communeCode);
        OrgUnit branch = fixtures.branch(communeCode, "Chi hội bản " + Fixtures.uniqueGivenName());
        long id = registry.register(fixtures.admin(), AMember.valid().named("Vàng Thị " + Fixtures.uniqueGivenName())
                .bornOn(LocalDate.of(1984, 4, 4)).inUnit(branch.id()).input());
        String token = cards.issue(officer.caller(), id).token();
        if (designatedFor != null) {
            help.designate(officer.caller(), id, branch.id(), designatedFor);
        }
        String phone = "03" + String.format("%08d", id % 100_000_000);
        String code = invitations.issue(officer.caller(), id).code();
        long userId = invitations.activate(code, phone, "mat-khau-cua-chi", "10.9.8." + id % 200);
        assertThat(verify(token)).isEqualTo(CardToken.Status.VALID);
        assertThat(users.loadUserByUsername(phone).isEnabled()).isTrue();
        return new Her(id, branch, token, phone, userId);
    }

    private CardToken.Status verify(String token) {
        return cards.verify(fixtures.officer(Places.MUONG_CHA).caller(), token).status();
    }

    private boolean designated(Her her) {
        return help.helpers(fixtures.admin(), her.branch().id()).stream().map(Helper::memberId).anyMatch(m -> m == her.id());
    }

    private boolean loginEnabled(Her her) {
        return users.loadUserByUsername(her.phone()).isEnabled();
    }

    private List<String> loginAudit(Her her) {
        return jdbc.sql("""
                SELECT detail FROM audit_log WHERE action = 'ACCOUNT' AND entity_type = 'member_login' AND entity_id = :u
                   AND detail LIKE 'login %' ORDER BY id
                """).param("u", her.userId()).query(String.class).list();
    }

    @ParameterizedTest
    @EnumSource(value = MemberStatus.class, names = {"LEFT", "DECEASED"})
    void whenSheLeavesOrDiesHerCardHerDesignationsAndHerLoginEnd(MemberStatus status) {
        Her her = member(Places.MUONG_CHA, HelperKind.AMBASSADOR);
        registry.changeStatus(fixtures.admin(), her.id(), status, CHANGED_ON, null);

        assertThat(verify(her.token())).isEqualTo(CardToken.Status.REVOKED);
        assertThat(designated(her)).isFalse();
        // Ended on the date of the change, or on the day it began when that came later (she was designated today).
        assertThat(jdbc.sql("SELECT until FROM digital_helper WHERE member_id = :m").param("m", her.id())
                .query(LocalDate.class).single()).isEqualTo(registry.today());
        assertThat(loginEnabled(her)).isFalse();
        assertThat(loginAudit(her)).containsExactly(
                "login disabled: the member " + (status == MemberStatus.LEFT ? "left the union" : "died") + "; member "
                        + her.id());
    }

    @Test
    void whenSheMovesHerMembershipOutSheKeepsHerLoginButNotHerCardOrDesignations() {
        Her her = member(Places.MUONG_CHA, HelperKind.COMMUNITY_TEAM);
        registry.changeStatus(fixtures.admin(), her.id(), MemberStatus.TRANSFERRED_OUT, CHANGED_ON, null);

        assertThat(verify(her.token())).isEqualTo(CardToken.Status.REVOKED);
        assertThat(designated(her)).isFalse();
        assertThat(loginEnabled(her)).isTrue();
    }

    @Test
    void whenSheReturnsHerLoginIsEnabledAgain() {
        Her her = member(Places.MUONG_CHA, null);
        registry.changeStatus(fixtures.admin(), her.id(), MemberStatus.LEFT, LocalDate.of(2026, 10, 1), null);
        assertThat(loginEnabled(her)).isFalse();
        registry.changeStatus(fixtures.admin(), her.id(), MemberStatus.ACTIVE, CHANGED_ON, null);

        assertThat(loginEnabled(her)).isTrue();
        assertThat(loginAudit(her)).last().asString().startsWith("login enabled again");
        // A card revoked stays revoked: she is issued a new one.
        assertThat(verify(her.token())).isEqualTo(CardToken.Status.REVOKED);
    }

    @Test
    void whenSheIsTransferredToAnotherCommuneSheKeepsHerLoginAndHerPagesFollowHer() {
        Her her = member(Places.MUONG_CHA, HelperKind.AMBASSADOR);
        OrgUnit elsewhere = fixtures.branch(Places.NA_HY, "Chi hội bản " + Fixtures.uniqueGivenName());
        registry.transfer(fixtures.admin(), her.id(), elsewhere.id(), CHANGED_ON, null);

        assertThat(verify(her.token())).isEqualTo(CardToken.Status.REVOKED);
        assertThat(designated(her)).isFalse();
        assertThat(loginEnabled(her)).isTrue();
        Caller herself = Caller.member(her.userId(), her.phone(), "Vàng Thị", her.id());
        assertThat(registry.own(herself).unitId()).isEqualTo(elsewhere.id());
    }

    @Test
    void aMoveWithinHerCommuneKeepsHerCardAndTheDesignationsThatStillHoldHer() {
        Her her = member(Places.MUONG_CHA, null);
        Caller officer = fixtures.officer(Places.MUONG_CHA).caller();
        long commune = fixtures.unit(Places.MUONG_CHA).id();
        help.designate(officer, her.id(), commune, HelperKind.COMMUNITY_TEAM);
        help.designate(officer, her.id(), her.branch().id(), HelperKind.AMBASSADOR);
        OrgUnit nextBranch = fixtures.branch(Places.MUONG_CHA, "Chi hội bản " + Fixtures.uniqueGivenName());
        registry.transfer(fixtures.admin(), her.id(), nextBranch.id(), CHANGED_ON, null);

        assertThat(verify(her.token())).isEqualTo(CardToken.Status.VALID);
        assertThat(designated(her)).as("the old branch's designation").isFalse();
        assertThat(help.helpers(officer, commune)).filteredOn(h -> h.memberId() == her.id()).extracting(Helper::unitId)
                .containsExactly(commune);
    }

    @Test
    void whatTheListenersDoIsPartOfTheChangeAndRollsBackWithIt() {
        Her her = member(Places.MUONG_CHA, HelperKind.AMBASSADOR);
        tx.executeWithoutResult(status -> {
            registry.changeStatus(fixtures.admin(), her.id(), MemberStatus.DECEASED, CHANGED_ON, null);
            assertThat(jdbc.sql("SELECT revoked_at IS NOT NULL FROM member_card WHERE member_id = :m").param("m", her.id())
                    .query(Boolean.class).single()).isTrue();
            status.setRollbackOnly();
        });

        assertThat(registry.get(fixtures.admin(), her.id()).status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(verify(her.token())).isEqualTo(CardToken.Status.VALID);
        assertThat(designated(her)).isTrue();
        assertThat(loginEnabled(her)).isTrue();
    }

    @Test
    void aBulkChangeOfStatusesReachesEveryMembersCardDesignationAndLogin() {
        Her left = member(Places.NA_HY, HelperKind.AMBASSADOR);
        Her died = member(Places.NA_HY, HelperKind.AMBASSADOR);
        Her movedOut = member(Places.NA_HY, HelperKind.AMBASSADOR);
        int changed = tx.execute(status -> bulk.changeStatuses(List.of(
                new MemberBulk.StatusChange(left.id(), MemberStatus.LEFT, CHANGED_ON),
                new MemberBulk.StatusChange(died.id(), MemberStatus.DECEASED, CHANGED_ON),
                new MemberBulk.StatusChange(movedOut.id(), MemberStatus.TRANSFERRED_OUT, CHANGED_ON)), "import #1", "tester"));

        assertThat(changed).isEqualTo(3);
        for (Her her : List.of(left, died, movedOut)) {
            assertThat(verify(her.token())).isEqualTo(CardToken.Status.REVOKED);
            assertThat(designated(her)).isFalse();
        }
        assertThat(loginEnabled(left)).isFalse();
        assertThat(loginEnabled(died)).isFalse();
        assertThat(loginEnabled(movedOut)).isTrue();
        assertThat(registry.history(fixtures.admin(), died.id())).extracting(MemberHistory::status).contains("DECEASED");
    }
}
