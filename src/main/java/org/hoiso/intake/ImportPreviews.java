package org.hoiso.intake;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hoiso.member.MemberBulk;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.platform.audit.Audit;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DateInput;
import org.hoiso.tables.TableRow;
import org.springframework.stereotype.Component;

/**
 * The preview of an import: how the file was read and its first rows checked as the dry run will check them,
 * the registry included (a row whose CCCD a living member holds is marked, named only within the officer's
 * reach). It shows full CCCD numbers: each preview is in the audit log.
 */
@Component
class ImportPreviews {

    private final JobFiles files;
    private final ImportReading reading;
    private final ImportSupport support;
    private final OrgUnits units;
    private final MemberBulk bulk;
    private final ImportJobRepository jobs;
    private final Audit audit;

    ImportPreviews(JobFiles files, ImportReading reading, ImportSupport support, OrgUnits units, MemberBulk bulk,
            ImportJobRepository jobs, Audit audit) {
        this.files = files;
        this.reading = reading;
        this.support = support;
        this.units = units;
        this.bulk = bulk;
        this.jobs = jobs;
        this.audit = audit;
    }

    Imports.Preview of(Caller caller, ImportJob job, Mapping mapping) {
        Imports.Head head = reading.read(() -> Imports.head(files.upload(job.id())));
        List<String> headings = head.rows().stream().filter(r -> r.number() == mapping.headerRow()).findFirst()
                .map(TableRow::cells).orElse(List.of());
        OrgUnit target = units.get(job.unitId());
        UnitResolver resolver = support.resolver(caller, job, target);
        RowChecker checker = new RowChecker(mapping, support.today(), job.joinedDefault(), resolver, support.ethnicities(),
                target.id());
        FooterLines footer = new FooterLines(mapping);
        Notices notices = new Notices();
        List<RowChecker.Checked> checked = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        Map<Long, String> sequences = new HashMap<>();
        for (TableRow row : head.rows()) {
            if (row.number() <= mapping.headerRow() || checked.size() >= Imports.PREVIEW_ROWS) {
                continue;
            }
            if (footer.isFooter(row)) {
                notices.footer(row);
                continue;
            }
            RowChecker.Checked c = checker.check(row);
            if (c.ok()) {
                Long first = seen.putIfAbsent(c.member().nationalId(), row.number());
                if (first != null) {
                    c = c.with(ImportWork.repeated(first, ImportWork.sequenceNumber(sequences.get(first))));
                } else {
                    sequences.put(row.number(), c.sequence());
                }
            }
            checked.add(c);
        }
        List<String> numbers = checked.stream().filter(RowChecker.Checked::ok).map(c -> c.member().nationalId()).toList();
        Map<String, MemberBulk.Holder> holders = bulk.livingHolders(numbers);
        RegistryMatches matches = new RegistryMatches(caller, job.updateExisting(), units);
        List<Imports.PreviewRow> rows = new ArrayList<>();
        int shownCccd = 0;
        for (RowChecker.Checked row : checked) {
            MemberBulk.Holder holder = row.ok() ? holders.get(row.member().nationalId()) : null;
            RowChecker.Checked c = matches.settle(row, holder).row();
            Map<ImportField, String> values = new EnumMap<>(ImportField.class);
            var m = c.member();
            put(values, ImportField.FULL_NAME, m.fullName());
            put(values, ImportField.BIRTH_DATE, m.birthDate() == null ? null : DateInput.format(m.birthDate()));
            put(values, ImportField.NATIONAL_ID, m.nationalId());
            put(values, ImportField.PHONE, m.phone());
            put(values, ImportField.ADDRESS, m.address());
            put(values, ImportField.JOINED_ON, m.joinedOn() == null ? null : DateInput.format(m.joinedOn()));
            shownCccd += m.nationalId() == null ? 0 : 1;
            String unit = c.unitId() != null
                    ? units.get(c.unitId()).name()
                    : c.newUnitKey() != null ? resolver.newBranches().get(c.newUnitKey()) : null;
            rows.add(new Imports.PreviewRow(c.rowNo(), c.sequence(), values, unit, c.problems(), holder != null));
        }
        if (shownCccd > 0) {
            audit.record(Audit.Action.READ, "import", job.id(), job.unitId(),
                    "preview: " + shownCccd + " rows with their CCCD shown");
        }
        ImportJob before = jobs.committedSameFile(job.fileSha256(), job.unitId(), job.id()).orElse(null);
        return new Imports.Preview(head.info(), mapping.headerRow(), headings, mapping.columns(), mapping.missing(), rows,
                List.copyOf(resolver.oldNameNotes()), List.copyOf(resolver.newBranches().values()), before,
                mapping.has(ImportField.JOINED_ON), job.joinedDefault(), notices.list());
    }

    private static void put(Map<ImportField, String> values, ImportField f, String v) {
        if (v != null) {
            values.put(f, v);
        }
    }
}
