package org.hoiso.intake;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hoiso.member.MemberQuery;
import org.hoiso.member.MemberRegistry;
import org.hoiso.member.MemberStatus;
import org.hoiso.member.Position;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.platform.web.DateInput;
import org.hoiso.platform.web.Messages;
import org.hoiso.tables.CsvTableWriter;
import org.hoiso.tables.FileProblem;
import org.hoiso.tables.TableWriter;
import org.hoiso.tables.XlsxTableWriter;
import org.springframework.stereotype.Service;

/**
 * Member lists out of hoiso, streaming (rows go to the response as the database cursor yields them),
 * in the layout the import reads: Vietnamese headings, the unit by its code, dates as dates, CCCD as
 * text. An export of a subtree re-imports into it unchanged ("update existing").
 */
@Service
public class MemberExport {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /** The export's columns, in order; the last two are for people, the import ignores them. */
    static final List<ImportField> FIELDS = List.of(ImportField.FULL_NAME, ImportField.BIRTH_DATE, ImportField.NATIONAL_ID,
            ImportField.PHONE, ImportField.ADDRESS, ImportField.ETHNICITY, ImportField.CONSENT_DATE, ImportField.UNIT_CODE,
            ImportField.JOINED_ON, ImportField.POSITION, ImportField.HAS_SMARTPHONE, ImportField.VNEID_LEVEL,
            ImportField.HAS_EWALLET, ImportField.DIGITAL_SKILL);

    private final MemberRegistry registry;
    private final OrgUnits units;
    private final Messages messages;
    private final ImportSupport support;
    private final Clock clock;

    MemberExport(MemberRegistry registry, OrgUnits units, Messages messages, ImportSupport support, Clock clock) {
        this.registry = registry;
        this.units = units;
        this.messages = messages;
        this.support = support;
        this.clock = clock;
    }

    /** Refuses (before anything is written) a caller who may not read the unit. */
    public void check(Caller caller, MemberQuery q) {
        if (q.unitId() == null) {
            units.home(caller);
        } else {
            units.readable(caller, q.unitId());
        }
    }

    /** A real date in Excel; dd/MM/yyyy text in CSV (as officers type it, and as the import reads it). */
    private static Object date(LocalDate d, boolean xlsx) {
        return d == null ? null : xlsx ? d : ddMMyyyy(d);
    }

    /** dd/MM/yyyy by hand: a formatter costs a fifth of a CSV row's time here (years 1000–9999). */
    static String ddMMyyyy(LocalDate d) {
        int day = d.getDayOfMonth();
        int month = d.getMonthValue();
        int year = d.getYear();
        if (year < 1000 || year > 9999) {
            return DateInput.format(d);
        }
        char[] c = {(char) ('0' + day / 10), (char) ('0' + day % 10), '/', (char) ('0' + month / 10), (char) ('0' + month % 10),
                '/',
                (char) ('0' + year / 1000), (char) ('0' + year / 100 % 10), (char) ('0' + year / 10 % 10),
                (char) ('0' + year % 10)};
        return new String(c);
    }

    /** Answers a download request: refuses an unreadable unit before any byte is sent, then streams the file. */
    public long download(Caller caller, MemberQuery q, String format, HttpServletResponse response)
            throws IOException {
        boolean xlsx = Downloads.xlsx(format);
        check(caller, q);
        if (xlsx && registry.exceeds(caller, q, XlsxTableWriter.MAX_ROWS - 1)) {
            throw new FileProblem("intake.file.exportTooManyRows", XlsxTableWriter.MAX_ROWS - 1);
        }
        return write(caller, q, xlsx, Downloads.start(response, xlsx, fileName(caller, q)));
    }

    /** "Hội viên - Chi hội Tổ 5 - 05-12-2026": the unit exported and the day, in Viet Nam. */
    String fileName(Caller caller, MemberQuery q) {
        long unitId = q.unitId() == null ? units.home(caller).unitId() : q.unitId();
        return "Hội viên - " + units.get(unitId).name() + " - "
                + LocalDate.ofInstant(clock.instant(), VietnameseText.ZONE).format(DAY);
    }

    /** Writes the export; returns the number of members written. */
    public long write(Caller caller, MemberQuery q, boolean xlsx, OutputStream out) {
        Map<String, String> ethnicities = support.ethnicities();
        try (TableWriter w = xlsx ? new XlsxTableWriter(out, "Hội viên") : new CsvTableWriter(out)) {
            List<String> headings = new ArrayList<>();
            FIELDS.forEach(f -> headings.add(f.heading()));
            headings.add("Tên đơn vị");
            headings.add("Tình trạng");
            w.header(headings);
            String yes = "Có";
            String no = "Không";
            Map<Position, String> positions = new EnumMap<>(Position.class);
            for (var p : Position.values()) {
                positions.put(p, messages.get(VI, "position." + p.name()));
            }
            Map<MemberStatus, String> statuses = new EnumMap<>(MemberStatus.class);
            for (var s : MemberStatus.values()) {
                statuses.put(s, messages.get(VI, "status." + s.name()));
            }
            return registry.export(caller, q, m -> {
                List<Object> row = new ArrayList<>(16);
                row.add(m.fullName());
                row.add(date(m.birthDate(), xlsx));
                row.add(m.nationalId());
                row.add(m.phone());
                row.add(m.address());
                row.add(m.ethnicityCode() == null ? null : ethnicities.getOrDefault(m.ethnicityCode(), m.ethnicityCode()));
                row.add(date(m.sensitiveConsentOn(), xlsx));
                row.add(m.unitCode());
                row.add(date(m.joinedOn(), xlsx));
                row.add(positions.get(m.position()));
                row.add(m.hasSmartphone() == null ? null : m.hasSmartphone() ? yes : no);
                row.add(m.vneidLevel());
                row.add(m.hasEwallet() == null ? null : m.hasEwallet() ? yes : no);
                row.add(m.digitalSkill());
                row.add(m.unitName());
                row.add(statuses.get(m.status()));
                try {
                    w.row(row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
