package org.hoiso.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.hoiso.account.Accounts;
import org.hoiso.member.MemberRegistry;
import org.hoiso.orgunit.OrgTreeLoader;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.orgunit.Reorganisation;
import org.hoiso.platform.security.Caller;
import org.springframework.stereotype.Component;

/**
 * Test data built through the application's public services, never by SQL dumps. Every test context
 * shares one database, so names, CCCD numbers and user names are made unique here.
 */
@Component
public class Fixtures {

    public static final String PASSWORD = "test-password-123";
    private static final AtomicInteger SEQ = new AtomicInteger(100_000);

    private final Accounts accounts;
    private final OrgUnits units;
    private final MemberRegistry members;
    private final Reorganisation reorganisation;

    Fixtures(Accounts accounts, OrgUnits units, MemberRegistry members, Reorganisation reorganisation) {
        this.accounts = accounts;
        this.units = units;
        this.members = members;
        this.reorganisation = reorganisation;
    }

    public record Officer(String username, String password, Caller caller) {
    }

    public Caller admin() {
        return new Caller(0, "admin", "admin", List.of(new Caller.Assignment(Caller.Role.ADMIN, centralId())));
    }

    public long centralId() {
        return unit(OrgTreeLoader.CENTRAL_CODE).id();
    }

    public OrgUnit unit(String code) {
        return units.findOpenByCode(code).orElseThrow(() -> new IllegalArgumentException("no unit " + code));
    }

    /** A new account with one role on the unit of that code. */
    public Officer account(Caller.Role role, String unitCode) {
        long unitId = unit(unitCode).id();
        String username = role.name().toLowerCase() + "-" + unitCode + "-" + SEQ.incrementAndGet();
        long id = accounts.create(admin(), new Accounts.NewAccount(username, PASSWORD, "Cán bộ " + unitCode, role, unitId));
        return new Officer(username, PASSWORD, new Caller(id, username, username, List.of(new Caller.Assignment(role, unitId))));
    }

    public Officer officer(String unitCode) {
        return account(Caller.Role.OFFICER, unitCode);
    }

    /** A branch (chi hội) under the unit of that code, with a unique code. */
    public OrgUnit branch(String parentCode, String name) {
        return reorganisation.create(admin(), unit(parentCode).id(),
                new Reorganisation.NewUnit(parentCode + "-CH" + SEQ.incrementAndGet(), name, "BRANCH", null),
                LocalDate.of(2025, 7, 1));
    }

    /** A valid CCCD number never used before in this test run, for a woman born on that date. */
    public static String cccd(LocalDate birth) {
        int year = birth.getYear();
        String centuryGender = year < 2000 ? "1" : "3";
        return "001" + centuryGender + String.format("%02d", year % 100) + String.format("%06d", SEQ.incrementAndGet());
    }

    public MemberRegistry members() {
        return members;
    }

    public long member(String name, LocalDate birth, long unitId) {
        return members.register(admin(), AMember.valid().named(name).bornOn(birth).inUnit(unitId).input());
    }

    /** A name no other test uses, so searches find exactly what the test made. */
    public static String uniqueGivenName() {
        String letters = "abcdeghiklmnopqrstuvxy";
        int n = SEQ.incrementAndGet();
        StringBuilder s = new StringBuilder();
        while (n > 0) {
            s.append(letters.charAt(n % letters.length()));
            n /= letters.length();
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
