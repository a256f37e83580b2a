package org.hoiso.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.Created;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "Accounts", description = "Accounts and role assignments inside the caller's subtree; the caller's own account")
class AccountApi {

    /** Her own password change: the current one and the new one. */
    record PasswordChange(String currentPassword, String newPassword) {
    }

    record PasswordChanged(String username) {
    }

    record Email(String email) {
    }

    private final Accounts accounts;
    private final AccountManagement management;
    private final OwnPassword ownPassword;
    private final PersonalTokens tokens;

    AccountApi(Accounts accounts, AccountManagement management, OwnPassword ownPassword, PersonalTokens tokens) {
        this.accounts = accounts;
        this.management = management;
        this.ownPassword = ownPassword;
        this.tokens = tokens;
    }

    @GetMapping
    @Operation(summary = "Accounts holding a role inside the unit's subtree (officers and admins only), with enabled, "
            + "locked until, must-change-password and last sign-in")
    List<Accounts.AccountSummary> list(@RequestParam long unitId, Caller caller) {
        return accounts.inSubtree(caller, unitId);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an account with one role on one unit")
    Created create(@RequestBody Accounts.NewAccount request, Caller caller) {
        return new Created(accounts.create(caller, request));
    }

    @GetMapping("/me")
    @Operation(summary = "The caller and her role assignments")
    Caller me(Caller caller) {
        return caller;
    }

    @PostMapping("/me/password")
    @Operation(summary = "Change her own password (the current one asked); ends her other sessions")
    PasswordChanged changeOwnPassword(@RequestBody PasswordChange change, Caller caller) {
        ownPassword.change(caller, change.currentPassword(), change.newPassword());
        return new PasswordChanged(caller.username());
    }

    @PutMapping("/me/email")
    @Operation(summary = "Set (or, with an empty one, remove) her own e-mail address for notices")
    Email changeOwnEmail(@RequestBody Email email, Caller caller) {
        accounts.changeOwnEmail(caller, email.email());
        return new Email(accounts.email(caller.userId()).orElse(null));
    }

    @GetMapping("/me/tokens")
    @Operation(summary = "Her personal API tokens (never their secrets)")
    List<PersonalTokens.TokenSummary> myTokens(Caller caller) {
        return tokens.mine(caller);
    }

    @PostMapping("/me/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a personal API token for her scripts; the answer holds the token, shown this once only")
    PersonalTokens.CreatedToken createToken(@RequestBody PersonalTokens.NewToken request, Caller caller) {
        return tokens.create(caller, request);
    }

    @PostMapping("/me/tokens/{id}/revoke")
    @Operation(summary = "Revoke one of her personal API tokens at once")
    PersonalTokens.TokenSummary revokeToken(@PathVariable long id, Caller caller) {
        return tokens.revoke(caller, id);
    }

    @GetMapping("/{id}")
    @Operation(summary = "An account of the caller's subtree: enabled, locked until, must-change-password, last sign-in, roles")
    AccountManagement.AccountView get(@PathVariable long id, Caller caller) {
        return management.view(caller, id);
    }

    @PostMapping("/{id}/password-reset")
    @Operation(summary = "Reset her password to a one-time password (shown this once) that she must change at her next "
            + "sign-in; ends her sessions")
    AccountManagement.OneTimePassword resetPassword(@PathVariable long id, Caller caller) {
        return management.resetPassword(caller, id);
    }

    @PostMapping("/{id}/disable")
    @Operation(summary = "Disable the account: its sessions, HTTP Basic and personal tokens stop at once")
    AccountManagement.AccountView disable(@PathVariable long id, Caller caller) {
        return management.disable(caller, id);
    }

    @PostMapping("/{id}/enable")
    @Operation(summary = "Enable a disabled account again")
    AccountManagement.AccountView enable(@PathVariable long id, Caller caller) {
        return management.enable(caller, id);
    }

    @PostMapping("/{id}/unlock")
    @Operation(summary = "Lift a lock-out after wrong passwords at once")
    AccountManagement.AccountView unlock(@PathVariable long id, Caller caller) {
        return management.unlock(caller, id);
    }

    @PutMapping("/{id}/assignment")
    @Operation(summary = "Make the account's roles this one role on this unit (within the caller's reach and role); "
            + "ends its sessions")
    AccountManagement.AccountView changeAssignment(@PathVariable long id, @RequestBody AccountManagement.NewAssignment to,
            Caller caller) {
        return management.changeAssignment(caller, id, to);
    }
}
