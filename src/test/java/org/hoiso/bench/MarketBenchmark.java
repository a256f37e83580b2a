package org.hoiso.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.hoiso.HoisoApplication;
import org.hoiso.market.CatalogueQuery;
import org.hoiso.market.ProductCard;
import org.hoiso.market.Storefront;
import org.hoiso.platform.text.VietnameseText;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.util.HtmlUtils;

/**
 * Benchmark of the digital market (Chợ số):
 * {@code ./mvnw -Pbench verify -Dbench.registry.skip=true -Dbench.import.skip=true -Dbench.reporting.skip=true}
 * (skipped itself with {@code -Dbench.market.skip=true}; also {@code -Dbench.market.products}, {@code -Dbench.market.shops},
 * {@code -Dbench.market.runs}, {@code -Dbench.market.warmups}: untimed requests first, 200 by default so that the JIT has
 * compiled the page rendering, as on a server that has been up for a while; {@code -Dbench.seed}).
 *
 * <p>Starts the real application with its web server on a free port and a fresh, throw-away embedded PostgreSQL, loads
 * 20,000 published shops on the real communes and 100,000 listed products (Vietnamese and English names made of a product
 * type, a quality and the commune's name; one in seven with an OCOP rating) in SQL, then times over HTTP, as a phone would
 * ask: the public search page without diacritics within a province, and a product page, each beside a plain-SQL baseline
 * answering the same question on one JDBC connection in the same run (the ids of the page's products; the product's name),
 * the two answers compared on every run. Finally 200 buyers order at once an item of which 50 are in stock. Targets: search
 * and product page under 50 ms median; exactly 50 sold. A missed target is reported, not thrown.
 */
public final class MarketBenchmark {

    static final String COMMAND = "./mvnw -Pbench verify -Dbench.registry.skip=true -Dbench.import.skip=true "
            + "-Dbench.reporting.skip=true -Dbench.market.runs=%d -Dbench.market.warmups=%d";
    private static final int PAGE = 24;
    private static final Pattern PRODUCT = Pattern.compile("data-product=\"(\\d+)\"");
    private static final Pattern NAME = Pattern.compile("<h1 id=\"product-name\">([^<]*)</h1>");

    /** Product types: Vietnamese, English. */
    private static final String[][] TYPES = {{"Nước mắm", "Fish sauce"}, {"Mật ong", "Honey"}, {"Gạo", "Rice"},
            {"Cà phê", "Coffee"}, {"Trà", "Tea"}, {"Bánh tráng", "Rice paper"}, {"Mắm tôm", "Shrimp paste"},
            {"Thổ cẩm", "Brocade"}, {"Nón lá", "Conical hat"}, {"Miến dong", "Arrowroot noodles"}, {"Tương ớt", "Chili sauce"},
            {"Hạt điều", "Cashew nuts"}, {"Hạt tiêu", "Black pepper"}, {"Rượu cần", "Jar rice wine"}, {"Dầu dừa", "Coconut oil"},
            {"Khô cá", "Dried fish"}, {"Măng khô", "Dried bamboo shoots"}, {"Tỏi", "Garlic"}, {"Hành tím", "Shallots"},
            {"Bưởi", "Pomelo"}, {"Thanh long", "Dragon fruit"}, {"Xoài", "Mango"}, {"Nhãn", "Longan"}, {"Vải thiều", "Lychee"},
            {"Yến sào", "Bird's nest"}, {"Nấm hương", "Shiitake"}, {"Chả cá", "Fish cake"}, {"Giò lụa", "Pork roll"},
            {"Kẹo dừa", "Coconut candy"}, {"Bánh pía", "Pia cake"}, {"Mứt gừng", "Candied ginger"}, {"Túi cói", "Sedge bag"},
            {"Gốm", "Pottery"}, {"Lụa tơ tằm", "Silk"}, {"Khăn thêu", "Embroidered scarf"}, {"Giỏ mây", "Rattan basket"},
            {"Tinh dầu sả", "Lemongrass oil"}, {"Sâm", "Ginseng"}, {"Chè xanh", "Green tea"}, {"Muối tôm", "Shrimp salt"}};
    private static final String[][] QUALITIES = {{"loại 1", "grade one"}, {"đặc biệt", "special"}, {"nguyên chất", "pure"},
            {"hữu cơ", "organic"}, {"truyền thống", "traditional"}, {"nhà làm", "home-made"}, {"thượng hạng", "premium"},
            {"rừng", "wild"}};

    record Settings(int products, int shops, int runs, int warmups, long seed) {
        static Settings fromSystemProperties() {
            Settings s = new Settings((int) number("bench.market.products", 100_000), (int) number("bench.market.shops", 20_000),
                    (int) number("bench.market.runs", 30), (int) number("bench.market.warmups", 200),
                    number("bench.seed", 20250701));
            if (s.products < 1_000 || s.shops < 10 || s.runs < 3) {
                throw new IllegalArgumentException("need bench.market.products >= 1000, shops >= 10, runs >= 3: " + s);
            }
            return s;
        }

        private static long number(String name, long defaultValue) {
            String v = System.getProperty(name);
            return v == null || v.isBlank() ? defaultValue : Long.parseLong(v.strip().replace("_", "").replace(",", ""));
        }
    }

    /** A search as a visitor types it, within a province. */
    record SearchCase(String q, long provinceId, String provinceCode) {
        @Override
        public String toString() {
            return "\"" + q + "\" in " + provinceCode;
        }
    }

    /** One operation's samples: the application over HTTP and the plain-SQL baseline, and how often they disagreed. */
    static final class Samples {
        final String label;
        final List<Double> app = new ArrayList<>();
        final List<Double> base = new ArrayList<>();
        int mismatches;
        String last = "";

        Samples(String label) {
            this.label = label;
        }
    }

    private final Settings settings;
    private final DataSource dataSource;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private final Storefront storefront;

    private MarketBenchmark(Settings settings, ConfigurableApplicationContext context) {
        this.settings = settings;
        this.dataSource = context.getBean(DataSource.class);
        this.storefront = context.getBean(Storefront.class);
        this.base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        System.out.printf("%nhoiso market benchmark: %,d products from %,d shops, %d runs after %d warm-ups, seed %d%n",
                settings.products(), settings.shops(), settings.runs(), settings.warmups(), settings.seed());
        System.out.println("Command: " + COMMAND.formatted(settings.runs(), settings.warmups()));
        long t0 = System.nanoTime();
        try (ConfigurableApplicationContext context = start()) {
            System.out.printf("Application started with its web server (schema migrated, tree loaded) in %.1f s%n",
                    Timings.elapsedMs(t0) / 1000);
            new MarketBenchmark(settings, context).run();
        }
        System.exit(0);
    }

    static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(HoisoApplication.class).web(WebApplicationType.SERVLET).bannerMode(Banner.Mode.OFF)
                .run("--server.port=0", "--hoiso.embedded-db.data-dir=", "--spring.datasource.url=",
                        "--hoiso.embedded-db.shared-buffers=512MB", "--hoiso.embedded-db.pool-size=20",
                        "--hoiso.admin.password=bench-password-1", "--logging.level.root=WARN", "--logging.level.org.hoiso=INFO",
                        "--spring.main.log-startup-info=false");
    }

    private void run() throws Exception {
        System.out.println("\nBuilding the synthetic market…");
        load();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (Baselines machine = new Baselines(dataSource)) {
                Report.machine(machine);
            }
            System.out.printf("  listed products      %,d (%s heap + %s indexes)%n",
                    number(c, "SELECT count(*) FROM market_product WHERE listed"),
                    text(c, "SELECT pg_size_pretty(pg_table_size('market_product'))"),
                    text(c, "SELECT pg_size_pretty(pg_indexes_size('market_product'))"));
            List<SearchCase> searches = searchCases(c, settings.warmups() + settings.runs());
            List<Long> products = productCases(c, settings.warmups() + settings.runs());
            Samples search = new Samples("search page, province (HTTP)");
            for (int i = 0; i < searches.size(); i++) {
                SearchCase s = searches.get(i);
                long a = System.nanoTime();
                List<Long> app = searchPage(s);
                double appMs = Timings.elapsedMs(a);
                long b = System.nanoTime();
                List<Long> plain = searchSql(c, s);
                double baseMs = Timings.elapsedMs(b);
                record(search, i, appMs, baseMs, app, plain, s + " → " + app.size() + " products");
            }
            Samples page = new Samples("product page (HTTP)");
            for (int i = 0; i < products.size(); i++) {
                long id = products.get(i);
                long a = System.nanoTime();
                String app = productPage(id);
                double appMs = Timings.elapsedMs(a);
                long b = System.nanoTime();
                String plain = productSql(c, id);
                double baseMs = Timings.elapsedMs(b);
                record(page, i, appMs, baseMs, app, plain, "product " + id + " \"" + app + "\"");
            }
            // where the time goes: the same calls on the application's services, without HTTP and templates
            Samples searchService = new Samples("search (Storefront, no HTTP)");
            for (int i = 0; i < searches.size(); i++) {
                SearchCase sc = searches.get(i);
                long a = System.nanoTime();
                List<Long> app = storefront
                        .search(new CatalogueQuery(sc.q(), sc.provinceCode(), null, null, null, null, null, null,
                                null))
                        .items().stream().map(ProductCard::id).toList();
                double appMs = Timings.elapsedMs(a);
                long b = System.nanoTime();
                List<Long> plain = searchSql(c, sc);
                record(searchService, i, appMs, Timings.elapsedMs(b), app, plain, sc + " → " + app.size() + " products");
            }
            Samples pageService = new Samples("product (Storefront, no HTTP)");
            for (int i = 0; i < products.size(); i++) {
                long id = products.get(i);
                long a = System.nanoTime();
                String app = storefront.product(id).product().nameVi();
                double appMs = Timings.elapsedMs(a);
                long b = System.nanoTime();
                String plain = productSql(c, id);
                record(pageService, i, appMs, Timings.elapsedMs(b), app, plain, "product " + id);
            }
            table(List.of(search, page, searchService, pageService));
            explain(c, searches.get(searches.size() - 1));
            parallelOrders(c);
        }
    }

    private void record(Samples s, int i, double appMs, double baseMs, Object app, Object plain, String last) {
        if (!Objects.equals(app, plain)) {
            s.mismatches++;
            System.out.printf("  ! %s: the app answered %s, the baseline %s (%s)%n", s.label, app, plain, last);
        }
        if (i >= settings.warmups()) {
            s.app.add(appMs);
            s.base.add(baseMs);
        }
        s.last = last;
    }

    /** Shops on the real open communes, products, their variants, all published; then VACUUM ANALYZE. */
    private void load() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("SELECT setseed(" + ((settings.seed() % 1_000_000) / 1_000_000.0) + ")");
            long t0 = System.nanoTime();
            int shops = s.executeUpdate("""
                    WITH c AS (SELECT id, name, path, row_number() OVER (ORDER BY random()) AS rn
                                 FROM org_unit WHERE level_code = 'COMMUNE' AND valid_to IS NULL),
                         n AS (SELECT count(*) AS n FROM c)
                    INSERT INTO market_shop (kind, name, unit_id, commune_id, province_id, phone, bank_bin, bank_account,
                                             account_holder, bank_service, status, status_at, approved_at, created_by)
                    SELECT 'MEMBER', 'Cửa hàng ' || regexp_replace(c.name, '^(Phường|Xã|Đặc khu) ', '') || ' ' || g, c.id, c.id,
                           ltree2text(subpath(c.path, 1, 1))::bigint, '09' || lpad((g %% 100000000)::text, 8, '0'), '970436',
                           lpad(g::text, 12, '0'), 'NGUYEN THI ' || chr(65 + g %% 26), 'ACCOUNT', 'PUBLISHED', now(), now(),
                           1000000000 + g
                      FROM generate_series(1, %d) g CROSS JOIN n
                      JOIN c ON c.rn = 1 + (g::bigint * 2654435761 %% n.n)
                    """.formatted(settings.shops()));
            System.out.printf("  %,d shops in %.1f s%n", shops, Timings.elapsedMs(t0) / 1000);
            long t1 = System.nanoTime();
            int products = s.executeUpdate(
                    """
                            WITH t AS (SELECT * FROM unnest(%s::text[], %s::text[]) WITH ORDINALITY AS t(vi, en, i)),
                                 q AS (SELECT * FROM unnest(%s::text[], %s::text[]) WITH ORDINALITY AS q(vi, en, i)),
                                 sh AS (SELECT s.id, regexp_replace(u.name, '^(Phường|Xã|Đặc khu) ', '') AS place,
                                               row_number() OVER (ORDER BY s.id) AS rn
                                          FROM market_shop s JOIN org_unit u ON u.id = s.commune_id WHERE s.created_by >= 1000000000)
                            INSERT INTO market_product (shop_id, name_vi, name_en, description_vi, unit_vi, unit_en, category, price,
                                                        ocop_stars, ocop_decision, ocop_date, ocop_authority, ocop_expires, status, status_at,
                                                        approved_at, commune_id, province_id)
                            SELECT sh.id, t.vi || ' ' || q.vi || ' ' || sh.place, t.en || ', ' || q.en || ', ' || sh.place,
                                   'Sản phẩm của hội viên, **' || q.vi || '**.', 'hộp', 'box', 'FOOD', 10000 + (g * 7919 %% 200) * 5000,
                                   CASE WHEN g %% 7 = 0 THEN 3 + g %% 3 END, CASE WHEN g %% 7 = 0 THEN g || '/QĐ-UBND' END,
                                   CASE WHEN g %% 7 = 0 THEN current_date - (g %% 900) END, CASE WHEN g %% 7 = 0 THEN 'UBND tỉnh' END,
                                   CASE WHEN g %% 7 = 0 THEN current_date - (g %% 900) + interval '3 years' - interval '1 day' END,
                                   'PUBLISHED', now(), now(), 0, 0
                              FROM generate_series(1, %d) g
                              JOIN sh ON sh.rn = 1 + (g::bigint * 48271 %% %d)
                              JOIN t ON t.i = 1 + (g * 31 + g / 97) %% %d
                              JOIN q ON q.i = 1 + (g * 17 + g / 89) %% %d
                            """
                            .formatted(array(0, TYPES), array(1, TYPES), array(0, QUALITIES), array(1, QUALITIES),
                                    settings.products(),
                                    shops, TYPES.length, QUALITIES.length));
            s.executeUpdate("""
                    INSERT INTO market_variant (product_id, position, price, stock)
                    SELECT id, 0, price, 20 + id %% 50 FROM market_product WHERE shop_id IN
                           (SELECT id FROM market_shop WHERE created_by >= 1000000000)
                    """.formatted());
            System.out.printf("  %,d products and their variants in %.1f s%n", products, Timings.elapsedMs(t1) / 1000);
            long t2 = System.nanoTime();
            s.execute("VACUUM (ANALYZE) market_shop, market_product, market_variant, market_shop_area");
            System.out.printf("  VACUUM ANALYZE in %.1f s%n", Timings.elapsedMs(t2) / 1000);
        }
    }

    private static String array(int column, String[][] rows) {
        return Arrays.stream(rows).map(r -> "'" + r[column].replace("'", "''") + "'")
                .collect(Collectors.joining(",", "ARRAY[", "]"));
    }

    /** Searches as visitors type them: a product type alone, or with the place, without diacritics, in its province. */
    private List<SearchCase> searchCases(Connection c, int n) throws SQLException {
        List<SearchCase> cases = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                """
                        SELECT p.name_vi, p.name_en, p.province_id, pr.code FROM market_product p JOIN org_unit pr ON pr.id = p.province_id
                         WHERE p.listed ORDER BY md5(p.id::text || ?) LIMIT ?
                        """)) {
            ps.setString(1, Long.toString(settings.seed()));
            ps.setInt(2, n);
            try (ResultSet rs = ps.executeQuery()) {
                int i = 0;
                while (rs.next()) {
                    String vi = rs.getString(1);
                    String q = switch (i++ % 3) {
                        case 0 -> VietnameseText.fold(typeOf(vi));
                        case 1 -> VietnameseText.fold(typeOf(vi) + " " + vi.substring(vi.lastIndexOf(' ') + 1));
                        default -> rs.getString(2).split(",")[0].toLowerCase();
                    };
                    cases.add(new SearchCase(q, rs.getLong(3), rs.getString(4)));
                }
            }
        }
        return cases;
    }

    private static String typeOf(String nameVi) {
        for (String[] t : TYPES) {
            if (nameVi.startsWith(t[0])) {
                return t[0];
            }
        }
        return nameVi.split(" ")[0];
    }

    private List<Long> productCases(Connection c, int n) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM market_product WHERE listed ORDER BY md5(id::text || 'p' || ?) LIMIT ?")) {
            ps.setString(1, Long.toString(settings.seed()));
            ps.setInt(2, n);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** The search page as a phone asks for it; answers the ids of the products it shows, in order. */
    private List<Long> searchPage(SearchCase s) throws Exception {
        String html = get("/cho-so?q=" + URLEncoder.encode(s.q(), StandardCharsets.UTF_8) + "&province=" + s.provinceCode());
        List<Long> ids = new ArrayList<>();
        Matcher m = PRODUCT.matcher(html);
        while (m.find()) {
            ids.add(Long.valueOf(m.group(1)));
        }
        return ids;
    }

    /** The same page's products in plain SQL: listed, in the province, every word in the folded names, newest first. */
    private static List<Long> searchSql(Connection c, SearchCase s) throws SQLException {
        String[] words = s.q().split(" ");
        StringBuilder sql = new StringBuilder("SELECT id FROM market_product WHERE listed AND province_id = ?");
        for (int i = 0; i < words.length; i++) {
            sql.append(" AND search_text LIKE ?");
        }
        sql.append(" ORDER BY id DESC LIMIT ").append(PAGE);
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            ps.setLong(1, s.provinceId());
            for (int i = 0; i < words.length; i++) {
                ps.setString(i + 2, "%" + words[i] + "%");
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private String productPage(long id) throws Exception {
        Matcher m = NAME.matcher(get("/cho-so/san-pham/" + id));
        return m.find() ? HtmlUtils.htmlUnescape(m.group(1)) : null;
    }

    private static String productSql(Connection c, long id) throws SQLException {
        return text(c, "SELECT name_vi FROM market_product WHERE id = " + id + " AND listed");
    }

    private String get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode());
        }
        return r.body();
    }

    /** 200 buyers at once, over HTTP, on an item with 50 in stock: exactly 50 must be sold. */
    private void parallelOrders(Connection c) throws Exception {
        long variant = number(c, "SELECT v.id FROM market_variant v JOIN market_product p ON p.id = v.product_id"
                + " WHERE p.listed ORDER BY v.id LIMIT 1");
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE market_variant SET stock = 50 WHERE id = " + variant);
            s.executeUpdate("INSERT INTO market_pickup (shop_id, label) SELECT p.shop_id, 'Nhà văn hóa' FROM market_variant v"
                    + " JOIN market_product p ON p.id = v.product_id WHERE v.id = " + variant);
        }
        long pickup = number(c, "SELECT max(id) FROM market_pickup");
        int buyers = 200;
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < buyers; i++) {
            String body = """
                    {"lines": [{"variantId": %d, "quantity": 1}], "buyerName": "Người mua %d", "buyerPhone": "09%08d", "pickupId": %d}
                    """
                    .formatted(variant, i, 31_000_000 + i, pickup);
            Callable<Integer> buyer = () -> {
                go.await();
                return http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/market/orders"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            };
            answers.add(pool.submit(buyer));
        }
        long t0 = System.nanoTime();
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : answers) {
            statuses.add(f.get());
        }
        double ms = Timings.elapsedMs(t0);
        pool.shutdown();
        Map<Integer, Long> byStatus = statuses.stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        long stock = number(c, "SELECT stock FROM market_variant WHERE id = " + variant);
        long sold = number(c,
                "SELECT coalesce(sum(l.quantity), 0) FROM market_order_line l JOIN market_order o ON o.id = l.order_id"
                        + " WHERE l.variant_id = " + variant + " AND o.status <> 'CANCELLED'");
        System.out.printf(
                "%n200 parallel orders (50 threads) on 50 items in stock: %.0f ms; answers %s; stock left %d; sold %d: %s%n",
                ms, byStatus, stock, sold, sold == 50 && stock == 0 && byStatus.getOrDefault(201, 0L) == 50 ? "PASS" : "FAIL");
    }

    private void table(List<Samples> results) {
        System.out.printf("%nResults in milliseconds over %d runs after %d warm-ups, different parameters each run%n",
                settings.runs(), settings.warmups());
        String format = "%-32s | %8s %8s %8s | %8s %8s | %8s | %-7s %s%n";
        System.out.printf(format, "operation", "app med", "p95", "max", "base med", "p95", "app/base", "target", "last run");
        System.out.println("-".repeat(140));
        int failed = 0;
        for (Samples s : results) {
            double median = quantile(s.app, 0.5);
            boolean pass = median < 50;
            failed += pass ? 0 : 1;
            System.out.printf(format, s.label, Report.ms(median), Report.ms(quantile(s.app, 0.95)), Report.ms(quantile(s.app, 1)),
                    Report.ms(quantile(s.base, 0.5)), Report.ms(quantile(s.base, 0.95)),
                    String.format("%.1f", median / quantile(s.base, 0.5)), (pass ? "PASS" : "FAIL") + " <50",
                    s.last + (s.mismatches > 0 ? "  (" + s.mismatches + " MISMATCHES with the baseline)" : ""));
        }
        System.out.printf("%nTargets (app medians): search and product page < 50 ms: %s%n",
                failed == 0 ? "all PASS" : failed + " of " + results.size() + " FAIL");
    }

    /** The q-quantile by nearest rank (0.5 the median, 0.95 the 95th percentile, 1 the maximum). */
    static double quantile(List<Double> samples, double q) {
        double[] sorted = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** The plan of the search the application ran last (its statement as the repository writes it). */
    private static void explain(Connection c, SearchCase s) throws SQLException {
        System.out.println("\nEXPLAIN (ANALYZE, BUFFERS) of the baseline's search, " + s + ":");
        String[] words = s.q().split(" ");
        StringBuilder sql = new StringBuilder(
                "EXPLAIN (ANALYZE, BUFFERS) SELECT id FROM market_product WHERE listed AND province_id = "
                        + s.provinceId());
        for (String w : words) {
            sql.append(" AND search_text LIKE '%").append(w.replace("'", "''")).append("%'");
        }
        sql.append(" ORDER BY id DESC LIMIT ").append(PAGE);
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql.toString())) {
            while (rs.next()) {
                System.out.println("  " + rs.getString(1));
            }
        }
    }

    private static long number(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
