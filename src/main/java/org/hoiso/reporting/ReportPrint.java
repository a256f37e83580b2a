package org.hoiso.reporting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hoiso.account.Officers;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.reporting.exchange.PrintableLine;
import org.hoiso.reporting.exchange.PrintableReport;
import org.hoiso.reporting.exchange.ReportPdf;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The printed report (bản in): its lines in the reader's language, the place of its date line, and its
 * signers by their full names and titles (the account's display name and the title she set herself; an
 * account no longer there is printed by its user name).
 */
@Service
@Transactional(readOnly = true)
class ReportPrint {

    private final Reports lifecycle;
    private final Catalogue catalogue;
    private final OrgUnits units;
    private final Officers officers;
    private final ReportFormats rpt;
    private final MessageSource messageSource;
    private final Clock clock;

    ReportPrint(Reports lifecycle, Catalogue catalogue, OrgUnits units, Officers officers, ReportFormats rpt,
            MessageSource messageSource, Clock clock) {
        this.lifecycle = lifecycle;
        this.catalogue = catalogue;
        this.units = units;
        this.officers = officers;
        this.rpt = rpt;
        this.messageSource = messageSource;
        this.clock = clock;
    }

    /** The PDF of a report the caller may read, in her language. */
    byte[] pdf(Caller caller, long reportId, Locale locale) {
        Reports.Entry e = lifecycle.entry(caller, reportId);
        Report r = e.report();
        List<OrgUnit> chain = new ArrayList<>();
        for (Optional<OrgUnit> u = Optional.of(e.unit()); u.isPresent() && chain.size() < 10; u = units.parent(u.get())) {
            chain.add(u.get());
        }
        String parent = chain.size() > 1 ? chain.get(1).name() : null;
        Map<String, Officers.Person> signers = officers.byUsernames(Arrays.asList(r.submittedBy(), r.approvedBy()));
        Officers.Person submitter = r.submittedBy() == null ? null : signers.get(r.submittedBy());
        Officers.Person approver = r.approvedBy() == null ? null : signers.get(r.approvedBy());
        PrintableReport printable = new PrintableReport(e.form().code(), e.form().name(locale), e.unit().code(), e.unit().name(),
                parent, DocumentPlace.of(chain), rpt.period(r.period(), locale),
                messageSource.getMessage("status.report." + r.status(), null, locale),
                name(r.submittedBy(), submitter), submitter == null ? null : submitter.title(), r.submittedAt(),
                name(r.approvedBy(), approver), approver == null ? null : approver.title(), r.approvedAt(), r.returnComment(),
                lines(e, locale), OffsetDateTime.now(clock).atZoneSameInstant(VietnameseText.ZONE).toOffsetDateTime());
        return new ReportPdf(messageSource).render(printable, locale);
    }

    private List<PrintableLine> lines(Reports.Entry e, Locale locale) {
        Map<String, Dimension> dims = catalogue.dimensions();
        List<PrintableLine> lines = new ArrayList<>();
        for (Form.Item item : e.form().items()) {
            Indicator ind = item.indicator();
            for (ValueKey k : FormCheck.keys(ind, dims)) {
                String category = k.category().isEmpty()
                        ? null
                        : dims.get(ind.dimensionCode()).categories().stream().filter(c -> c.code().equals(k.category()))
                                .findFirst().map(c -> c.name(locale)).orElse(k.category());
                String value = rpt.value(e.values().get(k), ind.valueType(), locale);
                String unit = ind.unit(locale);
                lines.add(new PrintableLine(item.section(locale), ind.code(), ind.name(locale), category,
                        value.isEmpty()
                                ? "—"
                                : value + (unit != null && ind.valueType() != ValueType.PERCENTAGE ? " " + unit : ""),
                        null));
            }
        }
        return lines;
    }

    /** Her full name; the user name when the account is gone; null when nobody signed. */
    private static String name(String username, Officers.Person person) {
        if (username == null) {
            return null;
        }
        return person == null || person.displayName() == null || person.displayName().isBlank()
                ? username
                : person.displayName();
    }
}
