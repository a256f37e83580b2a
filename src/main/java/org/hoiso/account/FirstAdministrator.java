package org.hoiso.account;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.hoiso.orgunit.OrgTreeLoader;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.platform.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the first administrator (on the central union) when there is no account at all. Her
 * password comes from {@code hoiso.admin.password} or, if none is set, is generated and printed once.
 */
@Component
@Order(1)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountRepository accounts;
    private final OrgUnits units;
    private final PasswordEncoder encoder;
    private final TransactionTemplate tx;
    private final String username;
    private final String password;

    FirstAdministrator(AccountRepository accounts, OrgUnits units, PasswordEncoder encoder, TransactionTemplate tx,
            AccountProperties settings) {
        this.accounts = accounts;
        this.units = units;
        this.encoder = encoder;
        this.tx = tx;
        this.username = settings.admin().username();
        this.password = settings.admin().password();
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(s -> {
            if (!accounts.isEmpty()) {
                return;
            }
            long central = units.findOpenByCode(OrgTreeLoader.CENTRAL_CODE).orElseThrow().id();
            boolean generated = password.isBlank();
            String pw = generated ? randomPassword() : password;
            long id = accounts.insert(username, encoder.encode(pw), "Quản trị hệ thống");
            accounts.assign(id, Caller.Role.ADMIN, central);
            if (generated) {
                // Printed once, on the console only: it is never stored in clear.
                System.out.println("""

                        ================================================================
                         hoiso: first administrator created
                           user:     %s
                           password: %s
                         Sign in at http://localhost:8080 and keep this password safe;
                         it will not be shown again.
                        ================================================================
                        """.formatted(username, pw));
            } else {
                log.info("First administrator '{}' created with the configured password", username);
                // Her given password is not refused (the deployment chose it), but the log says why it is weak.
                PasswordPolicy.check(pw, username).ifPresent(reason -> log.warn(
                        "The configured password of the first administrator '{}' breaks the password policy ({}): "
                                + "she should change it at her first sign-in (Tài khoản của tôi)",
                        username, reason));
            }
        });
    }

    private static String randomPassword() {
        byte[] b = new byte[12];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
