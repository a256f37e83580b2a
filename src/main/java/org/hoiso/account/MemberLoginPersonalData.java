package org.hoiso.account;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hoiso.platform.personaldata.PersonalDataSource;
import org.springframework.stereotype.Component;

/** Her login (the phone she signs in with) and the invitations printed for her. */
@Component
class MemberLoginPersonalData implements PersonalDataSource {

    private final MemberLoginRepository logins;
    private final AccountRepository accounts;

    MemberLoginPersonalData(MemberLoginRepository logins, AccountRepository accounts) {
        this.logins = logins;
        this.accounts = accounts;
    }

    @Override
    public String section() {
        return "account";
    }

    @Override
    public Map<String, Object> about(long memberId) {
        Map<String, Object> out = new LinkedHashMap<>();
        logins.userOf(memberId).flatMap(accounts::findById).ifPresent(a -> out.put("signsInAs", a.username()));
        out.put("invitations", logins.ofMember(memberId).stream().map(i -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("issuedAt", String.valueOf(i.issuedAt()));
            e.put("issuedBy", i.issuedBy());
            e.put("expiresAt", String.valueOf(i.expiresAt()));
            e.put("usedAt", i.usedAt() == null ? null : i.usedAt().toString());
            return e;
        }).toList());
        return out;
    }
}
