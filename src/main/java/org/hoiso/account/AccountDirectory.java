package org.hoiso.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hoiso.platform.security.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Look-ups other modules make of accounts without reading the account tables: an account by its user name with its
 * role assignments (the safety module designates case workers among officers), and the e-mail addresses of members'
 * own logins (warnings sent to members). Nothing here checks the caller's rights: the asking module does.
 */
@Component
@Transactional(readOnly = true)
public class AccountDirectory {

    /** An account: who, whether enabled, and its role assignments (none for a member's own login). */
    public record AccountRef(long id, String username, String displayName, boolean enabled, List<Caller.Assignment> assignments) {
    }

    private final JdbcClient jdbc;

    AccountDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AccountRef> byUsername(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id FROM app_user WHERE lower(username) = lower(:u)").param("u", username.strip())
                .query(Long.class).optional().flatMap(this::byId);
    }

    public Optional<AccountRef> byId(long id) {
        record Row(long id, String username, String displayName, boolean enabled) {
        }
        return jdbc.sql("SELECT id, username, display_name, enabled FROM app_user WHERE id = :id").param("id", id)
                .query(Row.class).optional()
                .map(r -> new AccountRef(r.id(), r.username(), r.displayName(), r.enabled(), assignments(r.id())));
    }

    /** The e-mail addresses of the logins of these members; a member without a login or an address is left out. */
    public Map<Long, String> memberEmails(Collection<Long> memberIds) {
        Map<Long, String> out = new HashMap<>();
        List<Long> ids = new ArrayList<>(memberIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + 1000));
            jdbc.sql("""
                    SELECT l.member_id, a.email FROM member_login l JOIN app_user a ON a.id = l.user_id
                     WHERE l.member_id IN (:ids) AND a.email IS NOT NULL AND a.enabled
                    """).param("ids", batch).query(rs -> {
                out.put(rs.getLong(1), rs.getString(2));
            });
        }
        return out;
    }

    /** A member with her own login and an address for notices. */
    public record MemberAddress(long memberId, long userId, String email) {
    }

    /**
     * The active members of a subtree (by the tree's ltree path) whose login has an e-mail address, in member order,
     * after {@code afterMemberId}: a batch of those a notice to the subtree is e-mailed to.
     */
    public List<MemberAddress> memberAddressesIn(String subtreePath, long afterMemberId, int limit) {
        return jdbc.sql("""
                SELECT m.id AS member_id, a.id AS user_id, a.email
                  FROM member_published m
                  JOIN org_unit u ON u.id = m.unit_id
                  JOIN member_login l ON l.member_id = m.id
                  JOIN app_user a ON a.id = l.user_id
                 WHERE u.path <@ CAST(:path AS ltree) AND m.status = 'ACTIVE' AND a.enabled AND a.email IS NOT NULL
                   AND m.id > :after
                 ORDER BY m.id
                 LIMIT :limit
                """).param("path", subtreePath).param("after", afterMemberId).param("limit", limit)
                .query(MemberAddress.class).list();
    }

    private List<Caller.Assignment> assignments(long userId) {
        return jdbc.sql("SELECT role, unit_id FROM role_assignment WHERE user_id = :id ORDER BY unit_id, role")
                .param("id", userId)
                .query((rs, i) -> new Caller.Assignment(Caller.Role.valueOf(rs.getString(1)), rs.getLong(2))).list();
    }
}
