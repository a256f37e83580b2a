package org.hoiso.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Valid, unique CCCD numbers for women: {@code PPP G YY NNNNNN}. PPP is the birth province (one of the
 * 63 pre-2025 codes), G is 1 for a birth in the 1900s and 3 for the 2000s, YY the birth year.
 *
 * <p>Uniqueness is by construction, not by checking: each (prefix, birth year) bucket has a counter,
 * and the counter is spread over the six serial digits by a bijection (multiplication by a number
 * coprime to 10⁶), so numbers do not look sequential yet can never repeat.
 */
final class CccdNumbers {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2099;
    private static final int SERIALS = 1_000_000;
    private static final long SPREAD = 7_919; // prime, coprime to 10^6

    /** Share of women registered at birth in a province that is not (part of) where they live now. */
    private static final double MIGRANT_SHARE = 0.12;

    private final List<String> prefixes = new ArrayList<>();
    private final Map<String, List<Integer>> prefixesByCurrentProvince = new HashMap<>();
    private final int[][] counters;

    CccdNumbers() {
        // cccd_prefix,old_province_code,old_province_name,new_province_code,new_province_name
        try (var in = CccdNumbers.class.getResourceAsStream("/member/data/cccd_birth_province_codes.csv")) {
            if (in == null) {
                throw new IllegalStateException("member/data/cccd_birth_province_codes.csv missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                prefixesByCurrentProvince.computeIfAbsent(cells[3], k -> new ArrayList<>()).add(prefixes.size());
                prefixes.add(cells[0]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (prefixes.size() != 63) {
            throw new IllegalStateException("expected 63 CCCD province prefixes, found " + prefixes.size());
        }
        counters = new int[prefixes.size()][LAST_YEAR - FIRST_YEAR + 1];
    }

    /**
     * A new number for a woman born in {@code birthYear} who now lives in the province with the
     * (post-2025) code {@code currentProvinceCode}: mostly born in one of the old provinces merged into
     * it, sometimes elsewhere.
     */
    String next(SplittableRandom random, String currentProvinceCode, int birthYear) {
        List<Integer> local = prefixesByCurrentProvince.get(currentProvinceCode);
        int p = local == null || random.nextDouble() < MIGRANT_SHARE
                ? random.nextInt(prefixes.size())
                : local.get(random.nextInt(local.size()));
        int yearIndex = birthYear - FIRST_YEAR;
        int n = counters[p][yearIndex]++;
        if (n >= SERIALS) {
            throw new IllegalStateException("more than a million women born in " + birthYear + " in province " + prefixes.get(p));
        }
        long bucketOffset = (p * 211L + yearIndex) * 104_729L;
        long serial = (n * SPREAD + bucketOffset) % SERIALS;
        int centuryDigit = birthYear < 2000 ? 1 : 3;
        StringBuilder number = new StringBuilder(12).append(prefixes.get(p)).append(centuryDigit);
        int yy = birthYear % 100;
        number.append(yy < 10 ? "0" : "").append(yy);
        String digits = Long.toString(serial);
        number.append("0".repeat(6 - digits.length())).append(digits);
        return number.toString();
    }

    /** Whether some pre-2025 province (CCCD prefix) lies in the given current province (a check on the data files). */
    boolean coversProvince(String currentProvinceCode) {
        return prefixesByCurrentProvince.containsKey(currentProvinceCode);
    }
}
