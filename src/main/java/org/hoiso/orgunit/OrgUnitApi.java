package org.hoiso.orgunit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
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

/** JSON API of the organisation tree. Every call is bounded by the caller's subtrees. */
@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Units", description = "Organisation tree: browse, search, create, rename, move, merge, split")
class OrgUnitApi {

    private final OrgUnitBrowser browser;
    private final Reorganisation reorganisation;
    private final Clock clock;

    OrgUnitApi(OrgUnitBrowser browser, Reorganisation reorganisation, Clock clock) {
        this.browser = browser;
        this.reorganisation = reorganisation;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "The caller's own units: the roots of what she may see")
    List<UnitNode> roots(Caller caller) {
        return browser.roots(caller);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One unit with the chain of its ancestors")
    OrgUnitBrowser.UnitView get(@PathVariable long id, Caller caller) {
        return browser.view(caller, id);
    }

    @GetMapping("/{id}/children")
    @Operation(summary = "The unit's children (open ones unless includeClosed)")
    List<UnitNode> children(@PathVariable long id, @RequestParam(defaultValue = "false") boolean includeClosed, Caller caller) {
        return browser.children(caller, id, includeClosed);
    }

    @GetMapping("/search")
    @Operation(summary = "Units whose name contains the words, ignoring case and diacritics, within a subtree")
    List<UnitNode> search(@RequestParam String q, @RequestParam(required = false) Long within,
            @RequestParam(defaultValue = "false") boolean includeClosed,
            @RequestParam(defaultValue = "20") int limit, Caller caller) {
        return browser.search(caller, q, within, includeClosed, limit);
    }

    @GetMapping("/{id}/lineage")
    @Operation(summary = "Reorganisation history of the unit: merges, splits, renames, moves")
    List<LineageEntry> lineage(@PathVariable long id, Caller caller) {
        return browser.lineage(caller, id);
    }

    record CreateRequest(Long parentId, String code, String name, String levelCode, String adminCode, LocalDate validFrom) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a unit under a parent (e.g. a branch under a commune)")
    OrgUnit create(@RequestBody CreateRequest r, Caller caller) {
        long parent = OrgUnitBrowser.required(r.parentId(), "parentId");
        return reorganisation.create(caller, parent, new Reorganisation.NewUnit(r.code(), r.name(), r.levelCode(), r.adminCode()),
                orToday(r.validFrom()));
    }

    record RenameRequest(String name, LocalDate date, String note) {
    }

    @PostMapping("/{id}/rename")
    @Operation(summary = "Rename a unit; the old name stays in its history")
    OrgUnit rename(@PathVariable long id, @RequestBody RenameRequest r, Caller caller) {
        return reorganisation.rename(caller, id, r.name(), orToday(r.date()), r.note());
    }

    record MoveRequest(Long parentId, LocalDate date, String note) {
    }

    @PostMapping("/{id}/move")
    @Operation(summary = "Move a unit and its subtree under another parent (never under its own descendant)")
    OrgUnit move(@PathVariable long id, @RequestBody MoveRequest r, Caller caller) {
        return reorganisation.move(caller, id, OrgUnitBrowser.required(r.parentId(), "parentId"), orToday(r.date()), r.note());
    }

    record MergeRequest(List<Long> sourceIds, Reorganisation.NewUnit successor, LocalDate date, String note) {
    }

    @PostMapping("/merge")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Merge several units into a new one; the old ones are closed the day before")
    OrgUnit merge(@RequestBody MergeRequest r, Caller caller) {
        return reorganisation.merge(caller, r.sourceIds() == null ? List.of() : r.sourceIds(), r.successor(),
                orToday(r.date()), r.note());
    }

    record SplitRequest(List<Reorganisation.SplitPart> parts, LocalDate date, String note) {
    }

    @PostMapping("/{id}/split")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Split a unit into several new ones; it is closed the day before")
    List<OrgUnit> split(@PathVariable long id, @RequestBody SplitRequest r, Caller caller) {
        return reorganisation.split(caller, id, r.parts(), orToday(r.date()), r.note());
    }

    private LocalDate orToday(LocalDate d) {
        return d == null ? LocalDate.now(clock) : d;
    }
}
