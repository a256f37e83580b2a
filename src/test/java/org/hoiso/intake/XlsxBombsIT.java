package org.hoiso.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.zip.ZipFile;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.Places;
import org.hoiso.testing.XlsxBomb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The shared-strings bomb of issue 15 against the real HTTP server: a 9 MB XLSX whose shared strings inflate
 * to 1.2 GB (250 million empty strings, compressed 138 times, under the 200:1 check). Three sent at once are
 * each refused as too large before their strings are inflated, and the server keeps answering.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class XlsxBombsIT {

    private static final long STRINGS = 250_000_000L;

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path dir;

    @Test
    void threeBombsAtOnceAreRefusedAndTheServerKeepsAnswering() throws Exception {
        Path bomb = XlsxBomb.write(dir.resolve("bom.xlsx"), STRINGS);
        assertThat(Files.size(bomb)).as("a 9 MB file").isBetween(8_000_000L, 10_000_000L);
        try (ZipFile zip = new ZipFile(bomb.toFile())) {
            var strings = zip.getEntry("xl/sharedStrings.xml");
            assertThat(strings.getSize()).as("1.2 GB of shared strings").isGreaterThan(1_200_000_000L);
            assertThat(strings.getSize() / strings.getCompressedSize()).as("under the 200:1 ratio check").isBetween(100L, 199L);
        }
        Fixtures.Officer officer = fixtures.officer(Places.LANG);
        long unit = fixtures.unit(Places.LANG).id();
        long jobs = jdbc.sql("SELECT count(*) FROM import_job").query(Long.class).single();
        byte[] body = multipart(unit, Files.readAllBytes(bomb));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        List<CompletableFuture<HttpResponse<String>>> uploads = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            uploads.add(http.sendAsync(upload(officer, body), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        }
        for (CompletableFuture<HttpResponse<String>> upload : uploads) {
            HttpResponse<String> answer = upload.get();
            assertThat(answer.statusCode()).isEqualTo(422);
            assertThat(answer.body()).contains("intake.file.tooLarge").contains("512 MB").doesNotContain("Exception");
        }
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM import_job").query(Long.class).single()).as("no job kept").isEqualTo(jobs);
    }

    private HttpRequest upload(Fixtures.Officer who, byte[] body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/imports"))
                .timeout(Duration.ofMinutes(2))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((who.username() + ":" + who.password()).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private static final String BOUNDARY = "hoiso-bomb-boundary";

    private static byte[] multipart(long unit, byte[] file) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"unitId\"\r\n\r\n" + unit + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"danh-sach.xlsx\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
