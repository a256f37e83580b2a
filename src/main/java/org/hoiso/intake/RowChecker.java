package org.hoiso.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hoiso.member.MemberInput;
import org.hoiso.member.MemberRules;
import org.hoiso.member.Position;
import org.hoiso.platform.web.FieldProblem;
import org.hoiso.tables.TableRow;

/**
 * Reads one data row with the mapping and checks it with the same rules as the member form
 * ({@link MemberRules}), plus what only a file can get wrong: dates in many formats, CCCDs that
 * Excel turned into numbers, yes/no words, units by name, code or pre-2025 name.
 */
final class RowChecker {

    /** One problem of a row: the field (null for the whole row), a message code and its arguments. */
    record Problem(ImportField field, String code, List<String> args) {
    }

    /**
     * A checked row: the member as she would be stored (when valid), where she goes, and the problems.
     * {@code sequence} is the file's own number of the row (its STT column), or null.
     */
    record Checked(long rowNo, String sequence, MemberInput member, Long unitId, String newUnitKey, List<Problem> problems) {

        boolean ok() {
            return problems.isEmpty();
        }

        /** The same row with one more problem. */
        Checked with(Problem p) {
            List<Problem> all = new ArrayList<>(problems);
            all.add(p);
            return new Checked(rowNo, sequence, member, unitId, newUnitKey, List.copyOf(all));
        }
    }

    private static final Map<String, ImportField> RULE_FIELDS = Map.ofEntries(
            Map.entry("fullName", ImportField.FULL_NAME), Map.entry("birthDate", ImportField.BIRTH_DATE),
            Map.entry("nationalId", ImportField.NATIONAL_ID), Map.entry("phone", ImportField.PHONE),
            Map.entry("address", ImportField.ADDRESS), Map.entry("ethnicityCode", ImportField.ETHNICITY),
            Map.entry("sensitiveConsentOn", ImportField.CONSENT_DATE), Map.entry("joinedOn", ImportField.JOINED_ON),
            Map.entry("vneidLevel", ImportField.VNEID_LEVEL), Map.entry("digitalSkill", ImportField.DIGITAL_SKILL));

    private final Mapping mapping;
    private final LocalDate today;
    private final LocalDate joinedDefault;
    private final UnitResolver units;
    private final Map<String, String> ethnicityByName;
    private final long placeholderUnit;

    /**
     * @param joinedDefault   the joining date of a row that has none (the officer's choice for the whole file), or
     *                        null: such rows are existing members whose date is unknown
     * @param ethnicities     code → Vietnamese name of the 54 groups (both are accepted in the file)
     * @param placeholderUnit a unit id the member rules accept while a row's branch is still to be created
     */
    RowChecker(Mapping mapping, LocalDate today, LocalDate joinedDefault, UnitResolver units, Map<String, String> ethnicities,
            long placeholderUnit) {
        this.mapping = mapping;
        this.today = today;
        this.joinedDefault = joinedDefault;
        this.units = units;
        this.placeholderUnit = placeholderUnit;
        this.ethnicityByName = new HashMap<>();
        ethnicities.forEach((code, name) -> {
            ethnicityByName.put(Headings.fold(code), code);
            ethnicityByName.put(Headings.fold(name), code);
            ethnicityByName.put(Headings.fold(name).replace(" ", ""), code);
        });
    }

    Checked check(TableRow row) {
        List<Problem> problems = new ArrayList<>(2);
        LocalDate birth = date(row, ImportField.BIRTH_DATE, problems);
        LocalDate joined = mapping.has(ImportField.JOINED_ON) ? date(row, ImportField.JOINED_ON, problems) : null;
        boolean joinedBad = !problems.isEmpty() && problems.get(problems.size() - 1).field() == ImportField.JOINED_ON;
        if (joined == null && !joinedBad) {
            // no joining date in the row: the date the officer gave the file, or unknown (an existing member)
            joined = joinedDefault;
        }
        LocalDate consent = date(row, ImportField.CONSENT_DATE, problems);
        String cccd = null;
        try {
            cccd = Cells.nationalId(cell(row, ImportField.NATIONAL_ID));
        } catch (Cells.Bad e) {
            problems.add(problem(ImportField.NATIONAL_ID, e));
        }
        String ethnicity = null;
        String ethText = cell(row, ImportField.ETHNICITY);
        if (!Cells.blank(ethText)) {
            ethnicity = ethnicityByName.get(Headings.fold(ethText));
            if (ethnicity == null) {
                problems.add(new Problem(ImportField.ETHNICITY, "intake.ethnicity.unknown", List.of(ethText.strip())));
            }
        }
        Boolean smartphone = null;
        Boolean ewallet = null;
        Integer vneid = null;
        Integer skill = null;
        Position position = Position.NONE;
        try {
            smartphone = Cells.yesNo(cell(row, ImportField.HAS_SMARTPHONE));
        } catch (Cells.Bad e) {
            problems.add(problem(ImportField.HAS_SMARTPHONE, e));
        }
        try {
            ewallet = Cells.yesNo(cell(row, ImportField.HAS_EWALLET));
        } catch (Cells.Bad e) {
            problems.add(problem(ImportField.HAS_EWALLET, e));
        }
        try {
            vneid = Cells.level(cell(row, ImportField.VNEID_LEVEL), 2, "intake.vneid");
        } catch (Cells.Bad e) {
            problems.add(problem(ImportField.VNEID_LEVEL, e));
        }
        try {
            skill = Cells.level(cell(row, ImportField.DIGITAL_SKILL), 3, "intake.skill");
        } catch (Cells.Bad e) {
            problems.add(problem(ImportField.DIGITAL_SKILL, e));
        }
        try {
            position = Cells.position(cell(row, ImportField.POSITION));
        } catch (Cells.Bad e) {
            problems.add(problem(ImportField.POSITION, e));
        }

        UnitResolver.Resolution where = units.resolve(cell(row, ImportField.UNIT_CODE), cell(row, ImportField.COMMUNE),
                cell(row, ImportField.BRANCH));
        if (!where.ok()) {
            problems.add(new Problem(unitField(), where.problem(), strings(where.args())));
        }
        Long unitId = where.ok() ? (where.unitId() != null ? where.unitId() : placeholderUnit) : placeholderUnit;

        MemberInput input = new MemberInput(cell(row, ImportField.FULL_NAME), birth, cccd, cell(row, ImportField.PHONE),
                cell(row, ImportField.ADDRESS), ethnicity, ethnicity == null ? null : consent, unitId, joined, position,
                smartphone, vneid, ewallet, skill);
        MemberRules.Result rules = MemberRules.check(input, today, true);
        int typedDigits = Cells.digits(cell(row, ImportField.NATIONAL_ID));
        for (FieldProblem p : rules.problems()) {
            ImportField f = RULE_FIELDS.get(p.field());
            boolean alreadyTold = problems.stream().anyMatch(q -> q.field() == f);
            if (alreadyTold) {
                continue;
            }
            if (f == ImportField.NATIONAL_ID && cccd != null && (typedDigits == 10 || typedDigits == 11)) {
                // the zeros put back were a guess: say what the file held, not what the guess broke
                problems.add(new Problem(f, "intake.cccd.leadingZero", List.of(Integer.toString(typedDigits))));
            } else {
                problems.add(new Problem(f, p.code(), strings(p.args().toArray())));
            }
        }
        MemberInput cleaned = rules.cleaned();
        if (where.ok() && where.unitId() == null) {
            cleaned = withUnit(cleaned, null);
        }
        return new Checked(row.number(), sequence(row), cleaned, where.ok() ? where.unitId() : null, where.newUnitKey(),
                List.copyOf(problems));
    }

    /** The file's own number of the row (its STT column, when mapped), or null. */
    String sequence(TableRow row) {
        String s = cell(row, ImportField.SEQUENCE);
        return Cells.blank(s) ? null : s.strip().length() > 20 ? s.strip().substring(0, 20) : s.strip();
    }

    private ImportField unitField() {
        if (mapping.has(ImportField.UNIT_CODE)) {
            return ImportField.UNIT_CODE;
        }
        return mapping.has(ImportField.BRANCH)
                ? ImportField.BRANCH
                : mapping.has(ImportField.COMMUNE) ? ImportField.COMMUNE : null;
    }

    private LocalDate date(TableRow row, ImportField f, List<Problem> problems) {
        try {
            return Cells.date(cell(row, f), today);
        } catch (Cells.Bad e) {
            problems.add(problem(f, e));
            return null;
        }
    }

    private String cell(TableRow row, ImportField f) {
        Integer c = mapping.column(f);
        return c == null ? null : row.cell(c);
    }

    private static Problem problem(ImportField f, Cells.Bad e) {
        return new Problem(f, e.code, strings(e.args));
    }

    private static List<String> strings(Object[] args) {
        if (args == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(args.length);
        for (Object a : args) {
            out.add(String.valueOf(a));
        }
        return out;
    }

    private static MemberInput withUnit(MemberInput m, Long unitId) {
        return new MemberInput(m.fullName(), m.birthDate(), m.nationalId(), m.phone(), m.address(), m.ethnicityCode(),
                m.sensitiveConsentOn(), unitId, m.joinedOn(), m.position(), m.hasSmartphone(), m.vneidLevel(), m.hasEwallet(),
                m.digitalSkill());
    }
}
