package org.hoiso.account;

import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.hoiso.member.MemberRegistry;
import org.hoiso.platform.PlatformProperties;
import org.hoiso.platform.audit.Audit;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.security.HoisoOidcUser;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs a member in through OpenID Connect (VNeID-style: authorization-code flow). The provider vouches
 * for her national ID number (claim {@code hoiso.oidc.national-id-claim}); it is matched to the CCCD of a
 * living member. One account per member: if she already activated a phone login, the provider signs her
 * in to that same account (same pages, same history); otherwise an account {@code oidc:<issuer host>:<sub>}
 * is created and linked to her record. Officers never sign in this way: their accounts carry roles, and a
 * provider's claim is no role assignment. Every attempt, refused or not, is audited.
 */
@Service
@ConditionalOnProperty(name = "hoiso.oidc.enabled", havingValue = "true")
class MemberOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** Error codes the login page knows (see SecurityConfig's failure handler and login.oidc.* messages). */
    static final String NOT_FOUND = "hoiso_member_not_found";
    static final String NO_NATIONAL_ID = "hoiso_national_id_invalid";
    static final String DISABLED = "hoiso_account_disabled";

    private static final Pattern CCCD = Pattern.compile("[0-9]{12}");

    private final OidcUserService delegate = new OidcUserService();
    private final MemberRegistry members;
    private final AccountRepository accounts;
    private final MemberLoginRepository logins;
    private final PasswordEncoder encoder;
    private final Audit audit;
    private final TransactionTemplate tx;
    private final String claim;
    private final SecureRandom random = new SecureRandom();

    MemberOidcUserService(MemberRegistry members, AccountRepository accounts, MemberLoginRepository logins,
            PasswordEncoder encoder, Audit audit, PlatformTransactionManager transactions,
            PlatformProperties settings) {
        this.members = members;
        this.accounts = accounts;
        this.logins = logins;
        this.encoder = encoder;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
        this.claim = settings.oidc().nationalIdClaim();
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        // The standard service validates the ID token's user and merges the UserInfo claims when the provider has them.
        OidcUser oidc = delegate.loadUser(request);
        String username = "oidc:" + issuerHost(oidc, request) + ":" + oidc.getSubject();
        String nationalId = oidc.getClaimAsString(claim);
        if (nationalId == null || !CCCD.matcher(nationalId.strip()).matches()) {
            // Refusals are audited outside any transaction: the exception below must not roll the entry back.
            audit.record(Audit.Action.ACCOUNT, "oidc_login", null, null, "OIDC sign-in refused for " + username
                    + ": no 12-digit national ID in claim " + claim);
            throw refusal(NO_NATIONAL_ID);
        }
        var holder = members.livingByNationalId(nationalId.strip()).orElse(null);
        if (holder == null) {
            audit.record(Audit.Action.ACCOUNT, "oidc_login", null, null, "OIDC sign-in refused for " + username
                    + ": no living member with that national ID");
            throw refusal(NOT_FOUND);
        }
        Caller caller = tx.execute(s -> login(holder, username));
        if (caller == null) {
            audit.record(Audit.Action.ACCOUNT, "oidc_login", null, holder.unitId(), "OIDC sign-in refused for " + username
                    + ": the account of member " + holder.id() + " is disabled");
            throw refusal(DISABLED);
        }
        return new HoisoOidcUser(caller, oidc.getIdToken(), oidc.getUserInfo(),
                List.of(new SimpleGrantedAuthority("ROLE_MEMBER")));
    }

    /** Finds or creates her account and audits the sign-in; null when her account is disabled. */
    private Caller login(MemberRegistry.Holder holder, String username) {
        AccountRepository.Account account = logins.userOf(holder.id()).flatMap(accounts::findById).orElse(null);
        String how = "existing login";
        if (account == null) {
            account = accounts.findByUsername(username).orElse(null);
            if (account != null) {
                // Her earlier provider account was linked to a record that is no longer living (she left and
                // re-joined, so a new record): the provider says it is the same person, so follow her record.
                logins.relink(account.id(), holder.id());
                how = "relinked provider login";
                if (!account.enabled() && !logins.reopen(List.of(), account.id()).isEmpty()) {
                    // Her login was disabled when her old record ended; the new one is living, so is the login.
                    account = accounts.findById(account.id()).orElseThrow();
                    how = "relinked provider login, enabled again for her new record";
                }
            } else {
                // Nobody can type this password: the hash is of random bytes that are thrown away.
                byte[] secret = new byte[32];
                random.nextBytes(secret);
                long id = accounts.insert(username, encoder.encode(Base64.getEncoder().encodeToString(secret)),
                        holder.fullName());
                logins.link(id, holder.id());
                account = accounts.findById(id).orElseThrow();
                how = "new provider login";
            }
        }
        if (!account.enabled()) {
            return null;
        }
        audit.record(Audit.Action.ACCOUNT, "oidc_login", account.id(), holder.unitId(), "OIDC sign-in " + username
                + " as member " + holder.id() + " (" + how + ")");
        return Caller.member(account.id(), account.username(), account.displayName(), holder.id());
    }

    private static String issuerHost(OidcUser oidc, OidcUserRequest request) {
        URI issuer = oidc.getIssuer() != null
                ? URI.create(oidc.getIssuer().toString())
                : URI.create(request.getClientRegistration().getProviderDetails().getIssuerUri());
        return issuer.getHost();
    }

    private static OAuth2AuthenticationException refusal(String code) {
        return new OAuth2AuthenticationException(new OAuth2Error(code), code);
    }
}
