package org.hoiso.bench;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Streams synthetic members as CSV lines for {@code COPY member (COLUMNS) FROM STDIN (FORMAT csv)}: one
 * row at a time, so N can be far larger than the heap.
 */
final class MemberRows {

    static final String COLUMNS = "full_name, birth_date, national_id, phone, address, ethnicity_code, sensitive_consent_on, "
            + "unit_id, joined_on, status, status_since, position, has_smartphone, vneid_level, has_ewallet, digital_skill";

    private static final int FIRST_BIRTH_YEAR = 1940;
    private static final int LAST_BIRTH_YEAR = 2007;
    private static final int MIN_AGE = 18;

    /** Women of working age are the bulk of the union; the oldest and youngest cohorts are thinner. */
    private static final Weighted<Integer> BIRTH_YEAR;

    static {
        int years = LAST_BIRTH_YEAR - FIRST_BIRTH_YEAR + 1;
        List<Integer> items = new ArrayList<>();
        double[] w = new double[years];
        for (int i = 0; i < years; i++) {
            int y = FIRST_BIRTH_YEAR + i;
            items.add(y);
            w[i] = y < 1960 ? 0.25 + 0.75 * (y - FIRST_BIRTH_YEAR) / 20.0 : y <= 2000 ? 1.0 : 0.6;
        }
        BIRTH_YEAR = Weighted.of(items, w);
    }

    /** Real mobile prefixes (Viettel, MobiFone, VinaPhone, Vietnamobile, Gmobile). */
    private static final String[] MOBILE_PREFIXES = {
            "032", "033", "034", "035", "036", "037", "038", "039", "086", "096", "097", "098",
            "070", "076", "077", "078", "079", "089", "090", "093",
            "081", "082", "083", "084", "085", "088", "091", "094",
            "052", "056", "058", "059", "092", "099"};

    private static final Weighted<String> ETHNICITY = Weighted.pairs(
            "01", 85.0, "02", 2.0, "03", 2.0, "06", 1.5, "05", 1.5, "08", 1.3, "07", 1.1, "09", 0.9, "04", 0.8,
            "10", 0.5, "12", 0.4, "13", 0.3, "17", 0.2, "20", 0.1);

    private static final Weighted<String> POSITION = Weighted.pairs(
            "NONE", 93.0, "GROUP_LEADER", 3.5, "BRANCH_DEPUTY", 0.8, "BRANCH_HEAD", 0.6, "DIGITAL_AMBASSADOR", 0.8,
            "COMMUNE_COMMITTEE", 1.0, "COMMUNE_VICE_CHAIR", 0.15, "COMMUNE_CHAIR", 0.08);

    private final SplittableRandom random;
    private final UnitPicker units;
    private final CccdNumbers cccd;
    private final LocalDate today;

    MemberRows(SplittableRandom random, UnitPicker units, CccdNumbers cccd, LocalDate today) {
        this.random = random;
        this.units = units;
        this.cccd = cccd;
        this.today = today;
    }

    /** The columns of {@link #append(StringBuilder, MemberNumbers)}: the row triggers' two columns given by the loader. */
    static final String COLUMNS_WITH_NUMBER = COLUMNS + ", province_id, member_number";

    /** Appends one CSV line (with its newline). */
    void append(StringBuilder out) {
        append(out, null);
    }

    /**
     * Appends one CSV line (with its newline); with {@code numbers}, also her province and her member number as the
     * row triggers would have given them ({@link #COLUMNS_WITH_NUMBER}), for a load with the triggers disabled.
     */
    void append(StringBuilder out, MemberNumbers numbers) {
        UnitPicker.Unit unit = units.next(random);
        int year = BIRTH_YEAR.next(random);
        LocalDate birth = LocalDate.of(year, 1, 1).plusDays(random.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
        LocalDate adult = birth.plusYears(MIN_AGE);
        if (adult.isAfter(today)) {
            birth = today.minusYears(MIN_AGE).minusDays(random.nextInt(1, 365));
            adult = birth.plusYears(MIN_AGE);
            year = birth.getYear();
        }
        LocalDate joined = randomDate(adult, today);
        int age = today.getYear() - year;

        // Deaths are far likelier among the oldest members; leaving and moving away are not age-bound.
        double r = random.nextDouble();
        String status;
        if (r < (age >= 70 ? 0.06 : 0.008)) {
            status = "DECEASED";
        } else if (r < (age >= 70 ? 0.085 : 0.033)) {
            status = "LEFT";
        } else if (r < (age >= 70 ? 0.09 : 0.038)) {
            status = "TRANSFERRED_OUT";
        } else {
            status = "ACTIVE";
        }
        LocalDate since = status.equals("ACTIVE") ? joined : randomDate(joined, today);

        quoted(out, VietnameseNames.next(random, year)).append(',');
        out.append(birth).append(',');
        out.append(cccd.next(random, unit.provinceCode(), year)).append(',');
        if (random.nextDouble() < 0.94) {
            out.append(MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)]);
            pad(out, random.nextInt(10_000_000), 7);
        }
        out.append(',');
        quoted(out, address(unit)).append(',');
        if (random.nextDouble() < 0.35) {
            // Ethnicity only with the recorded consent (Law 91/2025; the table checks it too).
            out.append(ETHNICITY.next(random)).append(',').append(randomDate(LocalDate.of(2025, 7, 1), today)).append(',');
        } else {
            out.append(",,");
        }
        out.append(unit.id()).append(',');
        out.append(joined).append(',');
        out.append(status).append(',');
        out.append(since).append(',');
        out.append(POSITION.next(random)).append(',');
        appendDigitalProfile(out, age);
        if (numbers != null) {
            out.append(',').append(unit.provinceId()).append(',');
            numbers.append(out, unit.provinceId(), unit.provinceCode());
        }
        out.append('\n');
    }

    /** Smartphone, VNeID level, e-wallet and skill, loosely tied to age; about one record in ten not surveyed yet. */
    private void appendDigitalProfile(StringBuilder out, int age) {
        if (random.nextDouble() < 0.10) {
            out.append(",,,");
            return;
        }
        double pPhone = age < 40 ? 0.95 : age < 60 ? 0.78 : 0.42;
        boolean phone = random.nextDouble() < pPhone;
        int vneid = phone
                ? (random.nextDouble() < 0.72 ? 2 : random.nextDouble() < 0.6 ? 1 : 0)
                : (random.nextDouble() < 0.35 ? 1 : 0);
        boolean wallet = phone && random.nextDouble() < (age < 45 ? 0.7 : 0.35);
        int skill = !phone ? 0 : Math.min(3, (age < 40 ? 1 : 0) + (wallet ? 1 : 0) + random.nextInt(2));
        out.append(phone).append(',').append(vneid).append(',').append(wallet).append(',').append(skill);
    }

    private String address(UnitPicker.Unit unit) {
        return random.nextDouble() < 0.6 ? "Số " + (1 + random.nextInt(250)) + ", " + unit.addressTail() : unit.addressTail();
    }

    private LocalDate randomDate(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }

    /** Double-quoted CSV field; names and addresses contain commas but never quotes, still escaped to be safe. */
    private static StringBuilder quoted(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        return out.append('"');
    }

    private static void pad(StringBuilder out, int value, int width) {
        String s = Integer.toString(value);
        for (int i = s.length(); i < width; i++) {
            out.append('0');
        }
        out.append(s);
    }
}
