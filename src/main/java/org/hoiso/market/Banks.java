package org.hoiso.market;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hoiso.market.vietqr.BankList;
import org.hoiso.market.vietqr.VietQrException;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.platform.audit.Audit;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The banks a VietQR code may name (ngân hàng), by BIN: reference data with a source and a date that a national
 * administrator replaces as a whole (a CSV {@code bin,short_name,note}, read by {@link BankList#parse}); every
 * version is kept. A shop's BIN is valid when it is six digits present in the list in force.
 */
@Service
@Transactional(readOnly = true)
public class Banks {

    private final BankRepository repo;
    private final OrgUnits units;
    private final Audit audit;

    Banks(BankRepository repo, OrgUnits units, Audit audit) {
        this.repo = repo;
        this.units = units;
        this.audit = audit;
    }

    /** One version of the list: where it came from, as of which day, who loaded it and when. */
    public record Version(long id, String source, LocalDate asOf, int banks, String loadedBy, OffsetDateTime loadedAt) {
    }

    public List<BankList.Bank> all() {
        return repo.all();
    }

    public Optional<BankList.Bank> find(String bin) {
        return bin == null ? Optional.empty() : repo.find(bin);
    }

    public boolean known(String bin) {
        return BankList.isBinFormat(bin) && repo.find(bin).isPresent();
    }

    /** The versions, newest (the one in force) first. */
    public List<Version> versions() {
        return repo.versions();
    }

    public Version current() {
        return repo.versions().get(0);
    }

    /** Whether the caller administers the central union (the only one who changes the list). */
    public boolean isNational(Caller caller) {
        return caller.assignments().stream().anyMatch(a -> a.role() == Caller.Role.ADMIN
                && units.find(a.unitId()).map(OrgUnit::levelCode).filter("CENTRAL"::equals).isPresent());
    }

    /** Replaces the list from CSV lines; refused with the first bad line's number, or when source or date is missing. */
    @Transactional
    public Version replace(Caller caller, String source, LocalDate asOf, List<String> csvLines) {
        if (!isNational(caller)) {
            throw DomainException.forbidden("market.banks.national");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String s = MarketText.line(source);
        if (s == null || s.length() > 500) {
            problems.add(FieldProblem.of("source", "market.banks.sourceMissing"));
        }
        if (asOf == null) {
            problems.add(FieldProblem.of("asOf", "market.banks.asOfMissing"));
        }
        BankList list = null;
        try {
            list = BankList.parse(csvLines);
            if (list.banks().isEmpty()) {
                problems.add(FieldProblem.of("banks", "market.banks.empty"));
            }
        } catch (VietQrException e) {
            problems.add(FieldProblem.of("banks", e.problems().get(0).code(), e.args()));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        long id = repo.replace(s, asOf, List.copyOf(list.banks().values()), caller.username());
        audit.record(Audit.Action.UPDATE, "market_bank_list", id, null, list.banks().size() + " banks, as of " + asOf);
        return repo.versions().get(0);
    }
}
