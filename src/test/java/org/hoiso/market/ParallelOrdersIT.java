package org.hoiso.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hoiso.testing.Places;
import org.hoiso.testing.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two buyers can never buy the last item twice: many buyers order at the same moment over HTTP, against the real
 * server and PostgreSQL, and exactly as many items as were in stock are sold.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestMailServer.class)
class ParallelOrdersIT {

    private static final int STOCK = 15;
    private static final int BUYERS = 60;

    @LocalServerPort
    int port;
    @Autowired
    MarketFixtures market;
    @Autowired
    Orders orders;
    @Autowired
    JdbcClient jdbc;

    @Test
    void sixtyBuyersOrderingFifteenItemsAtOnceBuyExactlyFifteen() throws Exception {
        MarketFixtures.Seller lan = market.seller(Places.TIEN_THANH);
        long product = market.listed(lan, Places.TIEN_THANH, AShop.valid(),
                AProduct.valid().named("Thanh long ruột đỏ", "Red dragon fruit").price("45000", Integer.toString(STOCK)));
        long variant = market.products().find(product).orElseThrow().variants().get(0).id();
        long pickup = jdbc.sql("SELECT k.id FROM market_pickup k JOIN market_product p ON p.shop_id = k.shop_id WHERE p.id = :p")
                .param("p", product).query(Long.class).single();

        HttpClient http = HttpClient.newHttpClient();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(30);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < BUYERS; i++) {
            String phone = String.format("09031%05d", i);
            String body = """
                    {"lines": [{"variantId": %d, "quantity": 1}], "buyerName": "Người mua %d", "buyerPhone": "%s", "pickupId": %d}
                    """.formatted(variant, i, phone, pickup);
            Callable<Integer> buyer = () -> {
                start.await();
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/market/orders"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
                return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            };
            answers.add(pool.submit(buyer));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : answers) {
            statuses.add(f.get());
        }
        pool.shutdown();

        Map<Integer, Long> byStatus = statuses.stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(byStatus).containsOnly(Map.entry(201, (long) STOCK), Map.entry(409, (long) (BUYERS - STOCK)));
        assertThat(jdbc.sql("SELECT stock FROM market_variant WHERE id = :v").param("v", variant).query(Integer.class).single())
                .isZero();
        assertThat(orders.sold(variant)).isEqualTo(STOCK);
    }
}
