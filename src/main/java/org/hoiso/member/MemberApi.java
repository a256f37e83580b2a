package org.hoiso.member;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.Created;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
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

/** JSON API of the member registry; every call is bounded by the caller's subtrees. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Members", description = "Member registry: search, records, status, transfers")
class MemberApi {

    private final MemberRegistry registry;

    MemberApi(MemberRegistry registry) {
        this.registry = registry;
    }

    /** The answer of a transfer: the id of the transfer recorded. */
    record TransferCreated(long transferId) {
    }

    @GetMapping("/members")
    @Operation(summary = "Search members in a unit's subtree (name without diacritics, CCCD or phone), keyset-paginated")
    MemberPage search(@RequestParam(required = false) String q, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) MemberStatus status, @RequestParam(required = false) Boolean hasSmartphone,
            @RequestParam(required = false) Integer vneidLevel, @RequestParam(required = false) Boolean hasEwallet,
            @RequestParam(required = false) Integer minDigitalSkill, @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer limit, Caller caller) {
        return registry.search(caller,
                new MemberQuery(q, unitId, status, hasSmartphone, vneidLevel, hasEwallet, minDigitalSkill, after, limit));
    }

    @GetMapping("/members/{id}")
    @Operation(summary = "A member's record (CCCD in full and ethnicity only for officers of her unit); audited")
    Member get(@PathVariable long id, Caller caller) {
        return registry.get(caller, id);
    }

    @PostMapping("/members")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a member")
    Created create(@RequestBody MemberInput input, Caller caller) {
        return new Created(registry.register(caller, input));
    }

    @PutMapping("/members/{id}")
    @Operation(summary = "Change a member's data; `version` is the version read (optimistic locking)")
    Member update(@PathVariable long id, @RequestParam int version, @RequestBody MemberInput input, Caller caller) {
        registry.update(caller, id, version, input);
        return registry.get(caller, id);
    }

    record StatusRequest(MemberStatus status, LocalDate date, String reason) {
    }

    @PostMapping("/members/{id}/status")
    @Operation(summary = "Change a member's status (active, transferred out, left, deceased) from a date")
    Member status(@PathVariable long id, @RequestBody StatusRequest r, Caller caller) {
        registry.changeStatus(caller, id, r.status(), r.date() == null ? today() : r.date(), r.reason());
        return registry.get(caller, id);
    }

    record TransferRequest(Long toUnitId, LocalDate date, String reason) {
    }

    @PostMapping("/members/{id}/transfer")
    @Operation(summary = "Transfer a member to another unit (anywhere in the country)")
    TransferCreated transfer(@PathVariable long id, @RequestBody TransferRequest r, Caller caller) {
        if (r.toUnitId() == null) {
            throw DomainException.invalid(List.of(FieldProblem.of("toUnitId", "error.field.required")));
        }
        LocalDate on = r.date() == null ? today() : r.date();
        return new TransferCreated(registry.transfer(caller, id, r.toUnitId(), on, r.reason()));
    }

    @GetMapping("/members/{id}/history")
    @Operation(summary = "A member's dated history of statuses and transfers")
    List<MemberHistory> history(@PathVariable long id, Caller caller) {
        return registry.history(caller, id);
    }

    @GetMapping("/transfers")
    @Operation(summary = "Transfers into (direction=in) or out of (direction=out) a unit's subtree")
    List<Transfer> transfers(@RequestParam(required = false) Long unitId, @RequestParam(defaultValue = "in") String direction,
            Caller caller) {
        return registry.transfers(caller, unitId, !"out".equals(direction));
    }

    @GetMapping("/members/counts")
    @Operation(summary = "Member counts by status of a unit's whole subtree")
    MemberRegistry.Counts counts(@RequestParam long unitId, Caller caller) {
        return registry.counts(caller, unitId);
    }

    @GetMapping("/ethnicities")
    @Operation(summary = "The 54 ethnic groups with their official codes")
    List<Ethnicity> ethnicities() {
        return registry.ethnicities();
    }

    private LocalDate today() {
        return registry.today();
    }
}
