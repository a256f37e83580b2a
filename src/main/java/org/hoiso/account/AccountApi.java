package org.hoiso.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.Created;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "Accounts", description = "Accounts and role assignments inside the caller's subtree")
class AccountApi {

    private final Accounts accounts;

    AccountApi(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "Accounts holding a role inside the unit's subtree (officers and admins only)")
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
}
