package org.hoiso.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each named place is the unit its name says, in the official list the tree is loaded from. */
class PlacesTest {

    private static final Path DATA = Path.of("src/main/resources/orgunit/data");

    @Test
    void everyPlaceIsNamedAfterTheUnitOfItsCode() throws Exception {
        Map<String, String> open = new HashMap<>();
        open.putAll(column(DATA.resolve("provinces_current.csv"), 0, 5));
        open.putAll(column(DATA.resolve("communes_current.csv"), 0, 5));
        Map<String, String> closed = new HashMap<>();
        column(DATA.resolve("old_to_new_provinces_20250701.csv"), 0, 1).forEach((c, n) -> closed.put(c, codeName(n)));
        column(DATA.resolve("old_to_new_communes_20250701.csv"), 2, 3).forEach((c, n) -> closed.put(c, codeName(n)));

        List<Field> places = List.of(Places.class.getFields());
        assertThat(places).hasSizeGreaterThan(20);
        for (Field f : places) {
            if (!Modifier.isStatic(f.getModifiers()) || f.getName().equals("CENTRAL")) {
                continue;
            }
            String code = (String) f.get(null);
            String name = f.getName().toLowerCase(Locale.ROOT);
            if (name.startsWith("old_") || !open.containsKey(code)) {
                assertThat(open.get(code)).as(f.getName() + " is closed today").isNotEqualTo(name.replace("old_", ""));
                assertThat(closed.get(code)).as(f.getName() + " = " + code).isEqualTo(name.replace("old_", ""));
            } else {
                assertThat(open.get(code)).as(f.getName() + " = " + code).isEqualTo(name.replace("_city", ""));
            }
        }
    }

    /** code → the value of another column, for the rows of a CSV file without quoted commas. */
    private static Map<String, String> column(Path csv, int key, int value) throws IOException {
        Map<String, String> map = new HashMap<>();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            map.putIfAbsent(cells[key], cells[value]);
        }
        return map;
    }

    /** "Tỉnh Hậu Giang" → "hau_giang", as the current list writes its code names. */
    private static String codeName(String fullName) {
        String bare = fullName.replaceFirst("^(Thành phố|Tỉnh|Phường|Xã|Thị trấn|Đặc khu) ", "");
        String ascii = Normalizer.normalize(bare.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }
}
