package org.hoiso.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The province map (static/dashboard/vn-provinces.json, built by tools/map/build-map.js) draws exactly
 * the 34 provinces of 1 July 2025 and Viet Nam's two archipelagos, and stays small enough for a phone.
 */
class ProvinceMapGeometryTest {

    private static final String GEOMETRY = "static/dashboard/vn-provinces.json";

    private static byte[] bytes;
    private static JsonNode map;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = resource(GEOMETRY)) {
            bytes = in.readAllBytes();
        }
        map = JsonMapper.builder().build().readTree(bytes);
    }

    @Test
    void drawsEveryCurrentProvinceWithAPathAndALabelPoint() throws IOException {
        for (String code : currentProvinceCodes()) {
            JsonNode province = map.path("provinces").path(code);
            assertThat(province.path("d").asString()).as("path of %s", code).startsWith("M").hasSizeGreaterThan(20);
            assertThat(province.path("label").size()).as("label point of %s", code).isEqualTo(2);
        }
    }

    @Test
    void drawsNoProvinceOutsideTheCurrentList() throws IOException {
        Set<String> drawn = new TreeSet<>(map.path("provinces").propertyNames());
        assertThat(drawn).isEqualTo(new TreeSet<>(currentProvinceCodes())).hasSize(34);
    }

    @Test
    void staysUnder250Kilobytes() {
        assertThat(bytes.length).isLessThan(250 * 1024);
    }

    @Test
    void showsHoangSaInDaNangAndTruongSaInKhanhHoa() {
        List<String> islands = new ArrayList<>();
        for (JsonNode island : map.path("islands")) {
            assertThat(island.path("d").asString()).isNotBlank();
            islands.add(island.path("name").path("vi").asString() + " → " + island.path("province").asString());
        }
        assertThat(islands).containsExactlyInAnyOrder("Quần đảo Hoàng Sa → 48", "Quần đảo Trường Sa → 56");
    }

    private static List<String> currentProvinceCodes() throws IOException {
        List<String> codes = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(resource("orgunit/data/provinces_current.csv"), StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    codes.add(line.substring(0, line.indexOf(',')));
                }
            }
        }
        return codes;
    }

    private static InputStream resource(String name) {
        InputStream in = ProvinceMapGeometryTest.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as(name).isNotNull();
        return in;
    }
}
