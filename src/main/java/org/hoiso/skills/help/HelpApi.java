package org.hoiso.skills.help;

import java.time.LocalDate;
import java.util.List;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.Created;
import org.hoiso.platform.web.DomainException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The help log over HTTP: list, one help, a session, a citizen's erasure, and the designations of helpers. */
@RestController
@RequestMapping("/api/v1/help")
class HelpApi {

    private final HelpLog log;

    HelpApi(HelpLog log) {
        this.log = log;
    }

    /** A member's designation as the API takes it. */
    record Designation(Long memberId, Long unitId, HelperKind kind) {
    }

    record Ended(boolean ended) {
    }

    /** A citizen who asked to be forgotten: her phone and the unit whose log to erase her from. */
    record Erasure(Long unitId, String phone) {
    }

    /** How many helps lost the citizen's name and phone. */
    record Erased(int erased) {
    }

    @GetMapping
    HelpPage list(@RequestParam long unitId, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) HelpType type, @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer limit, Caller caller) {
        return log.list(caller, unitId, from, to, type, after, limit);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Created log(@RequestBody HelpEntry entry, Caller caller) {
        return new Created(log.log(caller, entry));
    }

    @PostMapping("/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    HelpLog.SessionLogged session(@RequestBody SessionEntry entry, Caller caller) {
        return log.logSession(caller, entry);
    }

    @GetMapping("/helpers")
    List<Helper> helpers(@RequestParam long unitId, Caller caller) {
        return log.helpers(caller, unitId);
    }

    @PostMapping("/helpers")
    @ResponseStatus(HttpStatus.CREATED)
    Created designate(@RequestBody Designation d, Caller caller) {
        return new Created(log.designate(caller, required(d.memberId()), required(d.unitId()), d.kind()));
    }

    @PostMapping("/helpers/end")
    Ended end(@RequestBody Designation d, Caller caller) {
        log.endDesignation(caller, required(d.memberId()), required(d.unitId()), d.kind());
        return new Ended(true);
    }

    @PostMapping("/citizens/erase")
    Erased erase(@RequestBody Erasure e, Caller caller) {
        return new Erased(log.eraseCitizen(caller, required(e.unitId()), e.phone()));
    }

    private static long required(Long id) {
        if (id == null) {
            throw DomainException.badRequest("error.parameter");
        }
        return id;
    }
}
