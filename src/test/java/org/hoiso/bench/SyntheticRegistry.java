package org.hoiso.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Builds a synthetic but realistic registry on top of the real organisation tree: branches (chi hội)
 * under the 3,321 commune-level unions, and members loaded through the application's own DataSource: by
 * default as a restore would ({@link FastLoad}: COPY with the indexes and triggers off, their work done in
 * bulk afterwards), with {@code -Dbench.load=triggers} by COPY with every trigger and index at work.
 */
final class SyntheticRegistry {

    /** Rows per COPY statement: each is one transaction and one firing of the count trigger. */
    private static final int ROWS_PER_COPY = 100_000;
    /** Bytes handed to the driver at a time. */
    private static final int BUFFER_CHARS = 1 << 20;
    /** Share of members attached to the commune-level union itself rather than a branch. */
    private static final double DIRECT_TO_COMMUNE = 0.10;
    /** The two-tier map (and so every unit) dates from 1 July 2025. */
    private static final LocalDate UNITS_VALID_FROM = LocalDate.of(2025, 7, 1);

    /** Provinces whose communes are on average more populous (the two metropolises, then the other cities). */
    private static final Map<String, Double> PROVINCE_FACTOR = Map.of(
            "01", 1.6, "79", 1.8, "31", 1.2, "48", 1.2, "92", 1.1);
    /** Northern uplands, where villages are "bản". */
    private static final Set<String> UPLAND = Set.of("04", "08", "11", "12", "14", "15", "19", "20");
    /** The Mekong delta and the south-east, where villages are "ấp" and urban quarters "khu phố". */
    private static final Set<String> SOUTH = Set.of("75", "79", "80", "82", "86", "91", "92", "96");

    record Commune(long id, String code, String name, long provinceId, String provinceCode, String provinceName) {
    }

    /** What was built and how long it took; {@code phases} in milliseconds, in the order they ran. */
    record Result(long members, int branches, double branchMs, double loadMs, double analyzeMs, Map<String, Double> phases) {
    }

    private final DataSource dataSource;
    private final SplittableRandom random;
    private final LocalDate today;

    SyntheticRegistry(DataSource dataSource, long seed, LocalDate today) {
        this.dataSource = dataSource;
        this.random = new SplittableRandom(seed);
        this.today = today;
    }

    /**
     * Inserts the branches and loads the members: the fast path ({@link FastLoad}) unless {@code bench.load=triggers}
     * asks for the row-by-row one (COPY with every trigger and index at work, as an ordinary write).
     */
    Result build(long members, int branches) throws SQLException {
        long t0 = System.nanoTime();
        Units units = units(branches);
        double branchMs = Timings.elapsedMs(t0);
        System.out.printf("  %,d branches inserted in %.1f s%n", branches, branchMs / 1000);

        long check = Long.parseLong(System.getProperty("bench.load.check", "0").strip().replace("_", ""));
        if (check > 0) {
            FastLoadCheck.run(dataSource, this, units, check, today, loadConnections());
        }
        MemberRows rows = new MemberRows(random.split(), units.picker(), new CccdNumbers(), today);
        boolean triggers = "triggers".equalsIgnoreCase(System.getProperty("bench.load", "fast").strip());
        Map<String, Double> phases = new LinkedHashMap<>();
        phases.put("branches", branchMs);
        t0 = System.nanoTime();
        if (triggers) {
            copyMembers(rows, members);
            double loadMs = Timings.elapsedMs(t0);
            phases.put("COPY with triggers and indexes", loadMs);
            t0 = System.nanoTime();
            vacuumAnalyze();
            double analyzeMs = Timings.elapsedMs(t0);
            phases.put("VACUUM (ANALYZE)", analyzeMs);
            return new Result(members, branches, branchMs, loadMs, analyzeMs, phases);
        }
        phases.putAll(fastLoad(rows, members, units, loadConnections()));
        double loadMs = Timings.elapsedMs(t0);
        return new Result(members, branches, branchMs, loadMs, 0, phases);
    }

    /** The branches inserted, and whom to put members in. */
    record Units(UnitPicker picker, Set<Long> provinceIds) {
    }

    /** Inserts the branches under the communes and weighs every unit that takes members. */
    Units units(int branches) throws SQLException {
        List<Commune> communes = communes();
        double[] communeWeight = new double[communes.size()];
        for (int i = 0; i < communes.size(); i++) {
            // Log-normal sizes: most communes near the median, a long tail of large ones.
            communeWeight[i] = Math.exp(0.7 * random.nextGaussian())
                    * PROVINCE_FACTOR.getOrDefault(communes.get(i).provinceCode(), 1.0);
        }
        // Branch counts grow more slowly than membership: big communes have more villages, but also bigger ones.
        double[] branchWeight = new double[communeWeight.length];
        for (int i = 0; i < communeWeight.length; i++) {
            branchWeight[i] = Math.pow(communeWeight[i], 0.6);
        }
        int[] branchesPerCommune = apportion(branchWeight, branches);
        insertBranches(communes, branchesPerCommune);
        UnitPicker picker = unitPicker(communes, communeWeight, branchesPerCommune);
        CccdNumbers cccd = new CccdNumbers();
        Set<Long> provinceIds = new TreeSet<>();
        for (Commune c : communes) {
            if (!cccd.coversProvince(c.provinceCode())) {
                throw new IllegalStateException("no CCCD prefix maps to province " + c.provinceCode());
            }
            provinceIds.add(c.provinceId());
        }
        return new Units(picker, provinceIds);
    }

    /** Connections the fast load copies and builds indexes on ({@code bench.load.connections}, default 2). */
    static int loadConnections() {
        String v = System.getProperty("bench.load.connections", "");
        return v.isBlank() ? 2 : Integer.parseInt(v.strip());
    }

    /** The fast path: the members' rows with their province and number, the triggers' work done afterwards in bulk. */
    Map<String, Double> fastLoad(MemberRows rows, long members, Units units, int connections) throws SQLException {
        MemberNumbers numbers;
        try (Connection c = dataSource.getConnection()) {
            numbers = MemberNumbers.continuing(c, units.provinceIds());
        }
        return new FastLoad(dataSource, connections).load(rows, members, numbers);
    }

    /** The ordinary path: COPY with every trigger and index of the table at work. */
    void loadWithTriggers(MemberRows rows, long members) throws SQLException {
        copyMembers(rows, members);
    }

    private void vacuumAnalyze() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // VACUUM as well as ANALYZE: autovacuum would get there soon after a bulk load anyway, and
            // the visibility map decides whether index-only scans are possible; measuring before it is set
            // would measure the load, not the steady state. The whole database, so that whatever tables
            // the schema keeps (the count triggers' tables, say) are included.
            s.execute("VACUUM (ANALYZE)");
        }
    }

    private List<Commune> communes() throws SQLException {
        List<Commune> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        SELECT u.id, u.code, u.name, p.id, p.code, p.name FROM org_unit u JOIN org_unit p ON p.id = u.parent_id
                         WHERE u.level_code = 'COMMUNE' AND u.valid_to IS NULL ORDER BY u.id
                        """)) {
            while (rs.next()) {
                out.add(new Commune(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                        rs.getString(6)));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("the organisation tree is not loaded");
        }
        return out;
    }

    /** Splits {@code total} over the weights (largest remainder), so the counts add up exactly. */
    private static int[] apportion(double[] weights, int total) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        int[] out = new int[weights.length];
        double[] remainder = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            out[i] = (int) exact;
            remainder[i] = exact - out[i];
            given += out[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(remainder[b], remainder[a]));
        for (int k = 0; given < total; k++, given++) {
            out[order.get(k % order.size())]++;
        }
        return out;
    }

    /** Plain INSERTs, as an officer's form would do: the path trigger computes each branch's path. */
    private void insertBranches(List<Commune> communes, int[] counts) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO org_unit (code, name, level_code, parent_id, valid_from) VALUES (?, ?, 'BRANCH', ?, ?)
                    """)) {
                int pending = 0;
                for (int i = 0; i < communes.size(); i++) {
                    Commune commune = communes.get(i);
                    String place = villageWord(commune);
                    for (int n = 1; n <= counts[i]; n++) {
                        ps.setString(1, commune.code() + "-CH" + String.format("%02d", n));
                        ps.setString(2, "Chi hội " + place + " " + n);
                        ps.setLong(3, commune.id());
                        ps.setDate(4, Date.valueOf(UNITS_VALID_FROM));
                        ps.addBatch();
                        if (++pending == 1000) {
                            ps.executeBatch();
                            pending = 0;
                        }
                    }
                }
                ps.executeBatch();
            }
            c.commit();
        }
    }

    /** What a branch's village or quarter is called where the commune lies. */
    private String villageWord(Commune commune) {
        boolean ward = commune.name().startsWith("Phường");
        if (SOUTH.contains(commune.provinceCode())) {
            return ward ? "khu phố" : "ấp";
        }
        if (ward) {
            return "tổ dân phố";
        }
        return UPLAND.contains(commune.provinceCode()) && random.nextBoolean() ? "bản" : "thôn";
    }

    /**
     * Every unit that holds members, weighted by its share: 10 % of a commune's members belong to the
     * commune-level union directly, the rest to its branches, whose sizes vary around the commune's mean.
     */
    private UnitPicker unitPicker(List<Commune> communes, double[] communeWeight, int[] branchCounts) throws SQLException {
        Map<Long, Integer> communeIndex = new HashMap<>();
        for (int i = 0; i < communes.size(); i++) {
            communeIndex.put(communes.get(i).id(), i);
        }
        Map<Integer, List<Long>> branchesByCommune = new HashMap<>();
        Map<Long, String> branchNames = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s
                        .executeQuery("SELECT id, parent_id, name FROM org_unit WHERE level_code = 'BRANCH' ORDER BY id")) {
            while (rs.next()) {
                Integer ci = communeIndex.get(rs.getLong(2));
                if (ci != null) {
                    branchesByCommune.computeIfAbsent(ci, k -> new ArrayList<>()).add(rs.getLong(1));
                    branchNames.put(rs.getLong(1), rs.getString(3));
                }
            }
        }
        List<UnitPicker.Unit> units = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int i = 0; i < communes.size(); i++) {
            Commune commune = communes.get(i);
            String tail = commune.name() + ", " + commune.provinceName();
            List<Long> branches = branchesByCommune.getOrDefault(i, List.of());
            double direct = branches.isEmpty() ? 1.0 : DIRECT_TO_COMMUNE;
            units.add(new UnitPicker.Unit(commune.id(), commune.provinceId(), commune.provinceCode(), tail));
            weights.add(communeWeight[i] * direct);
            double[] jitter = new double[branches.size()];
            double jitterSum = 0;
            for (int b = 0; b < jitter.length; b++) {
                jitter[b] = Math.exp(0.35 * random.nextGaussian());
                jitterSum += jitter[b];
            }
            for (int b = 0; b < jitter.length; b++) {
                long id = branches.get(b);
                // "Chi hội thôn 3" → the member lives in "Thôn 3, Xã …, Tỉnh …".
                String place = branchNames.get(id).substring("Chi hội ".length());
                String village = Character.toUpperCase(place.charAt(0)) + place.substring(1);
                units.add(new UnitPicker.Unit(id, commune.provinceId(), commune.provinceCode(), village + ", " + tail));
                weights.add(communeWeight[i] * (1 - direct) * jitter[b] / jitterSum);
            }
        }
        return new UnitPicker(units, weights.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Streams the members in COPY chunks; nothing but one buffer is held in memory. */
    private void copyMembers(MemberRows rows, long total) throws SQLException {
        String sql = "COPY member (" + MemberRows.COLUMNS + ") FROM STDIN (FORMAT csv)";
        StringBuilder buffer = new StringBuilder(BUFFER_CHARS + 4096);
        long done = 0;
        long nextReport = total / 10;
        long t0 = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            PGConnection pg = c.unwrap(PGConnection.class);
            while (done < total) {
                long chunk = Math.min(ROWS_PER_COPY, total - done);
                CopyIn copy = pg.getCopyAPI().copyIn(sql);
                try {
                    for (long i = 0; i < chunk; i++) {
                        rows.append(buffer);
                        if (buffer.length() >= BUFFER_CHARS) {
                            write(copy, buffer);
                        }
                    }
                    write(copy, buffer);
                    copy.endCopy();
                } finally {
                    if (copy.isActive()) {
                        copy.cancelCopy();
                    }
                }
                done += chunk;
                if (done >= nextReport || done == total) {
                    double s = Timings.elapsedMs(t0) / 1000;
                    System.out.printf("  %,d / %,d members loaded (%.0f s, %,.0f rows/s)%n", done, total, s, done / s);
                    nextReport = done + total / 10;
                }
            }
        }
    }

    private static void write(CopyIn copy, StringBuilder buffer) throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }
}
