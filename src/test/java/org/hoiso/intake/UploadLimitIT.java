package org.hoiso.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An upload over the limit, through a real HTTP server: the limit is lowered to 1 MB here so that the
 * test sends 1.5 MB instead of the gigabytes an officer might pick by mistake; the path is the same.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.servlet.multipart.max-file-size=1MB", "spring.servlet.multipart.max-request-size=1MB"})
class UploadLimitIT {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aFileOverTheLimitGetsAClearRefusalInBothLanguagesAndLeavesNoJob() throws Exception {
        Fixtures.Officer officer = fixtures.officer(Places.BA_DINH);
        long unit = fixtures.unit(Places.BA_DINH).id();
        long jobs = jdbc.sql("SELECT count(*) FROM import_job").query(Long.class).single();
        byte[] big = new byte[1_500_000];
        Arrays.fill(big, (byte) 'a');

        HttpResponse<String> vi = send(officer, unit, big, "vi");
        assertThat(vi.statusCode()).isEqualTo(413);
        assertThat(vi.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(vi.body()).contains("Tệp quá lớn: tối đa 1 MB").doesNotContain("Exception").doesNotContain("at org.");
        HttpResponse<String> en = send(officer, unit, big, "en");
        assertThat(en.body()).contains("The file is too large: at most 1 MB");
        assertThat(jdbc.sql("SELECT count(*) FROM import_job").query(Long.class).single()).isEqualTo(jobs);
    }

    private HttpResponse<String> send(Fixtures.Officer who, long unit, byte[] content, String language) throws Exception {
        String boundary = "hoiso-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"unitId\"\r\n\r\n" + unit + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lon.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/imports"))
                .header("Authorization",
                        "Basic " + Base64.getEncoder()
                                .encodeToString((who.username() + ":" + who.password()).getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", language)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
