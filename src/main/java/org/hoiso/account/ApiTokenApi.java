package org.hoiso.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.hoiso.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators manage API tokens with their own account (HTTP Basic). A token cannot manage tokens:
 * it is a viewer, and this path is not among those open to tokens.
 */
@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "API tokens", description = "Read-only tokens for partner systems, within the administrator's subtree")
class ApiTokenApi {

    private final ApiTokens tokens;

    ApiTokenApi(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    @Operation(summary = "Tokens of the unit's subtree (default: the caller's administered unit); never their secrets")
    List<ApiTokens.TokenSummary> list(@RequestParam(required = false) Long unitId, Caller caller) {
        return tokens.inSubtree(caller, unitId);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a token for a unit; the answer holds the token, shown this once only")
    ApiTokens.CreatedToken create(@RequestBody ApiTokens.NewToken request, Caller caller) {
        return tokens.create(caller, request);
    }

    @PostMapping("/{id}/revoke")
    @Operation(summary = "Revoke a token at once")
    ApiTokens.TokenSummary revoke(@PathVariable long id, Caller caller) {
        return tokens.revoke(caller, id);
    }
}
