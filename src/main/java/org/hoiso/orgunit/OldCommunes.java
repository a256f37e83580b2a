package org.hoiso.orgunit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hoiso.platform.text.VietnameseText;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The communes as they were before the reorganisation of 1 July 2025 and where each went, from the
 * official mapping copied into {@code orgunit/data/old_to_new_communes_20250701.csv} (see SOURCES.md).
 * Member lists typed before 2025 name old communes; imports map them onto today's units through this.
 * A commune split among several new ones appears once per successor.
 */
@Component
public class OldCommunes {

    private static final String FILE = "orgunit/data/old_to_new_communes_20250701.csv";

    /**
     * Today's communes whose code the official list of 1 July 2025 (the mapping's source) gives otherwise than
     * the current list the tree is loaded from (see {@code SOURCES.md}): Xã Ba Chẽ, Quảng Ninh, and Xã Ia Mơ,
     * Gia Lai. The mapping's successors are read with today's codes.
     */
    public static final Map<String, String> RENUMBERED = Map.of("06970", "06978", "23737", "23938");

    /** One old commune and one of its successors. */
    public record OldCommune(String oldProvinceCode, String oldProvinceName, String oldCode, String oldName,
            String newCode, String newName, String newProvinceCode) {
    }

    private volatile Index index;

    private record Index(List<OldCommune> all, Map<String, List<OldCommune>> byCode,
            Map<String, List<OldCommune>> byFoldedName, Map<String, List<OldCommune>> byNewName) {
    }

    /** Every old commune with each of its successors, in the file's order (old province, old code). */
    public List<OldCommune> all() {
        return index().all();
    }

    /** Successors of the old commune with this 5-digit code (empty when the code is not an old commune code). */
    public List<OldCommune> byCode(String oldCode) {
        return index().byCode().getOrDefault(oldCode, List.of());
    }

    /**
     * Old communes with this name, compared without case and diacritics ("Xã Tân Phú" and "xa tan phu"
     * are the same; the type word may be left out: "Tân Phú").
     */
    public List<OldCommune> byName(String name) {
        return index().byFoldedName().getOrDefault(fold(name), List.of());
    }

    /**
     * Today's communes (as successors in the mapping, anywhere in the country) with this name, compared as
     * {@link #byName}: for telling an officer that a commune exists but lies outside her unit.
     */
    public List<OldCommune> todayNamed(String name) {
        return index().byNewName().getOrDefault(fold(name), List.of());
    }

    /** The folded name without its leading unit type ("xã", "phường", "thị trấn"). */
    public static String fold(String name) {
        String f = VietnameseText.fold(name == null ? "" : name);
        for (String type : List.of("xa ", "phuong ", "thi tran ", "dac khu ")) {
            if (f.startsWith(type)) {
                return f.substring(type.length()).strip();
            }
        }
        return f;
    }

    private Index index() {
        Index i = index;
        if (i == null) {
            synchronized (this) {
                if (index == null) {
                    index = load();
                }
                i = index;
            }
        }
        return i;
    }

    private static Index load() {
        List<OldCommune> all = new ArrayList<>();
        Map<String, List<OldCommune>> byCode = new HashMap<>();
        Map<String, List<OldCommune>> byName = new HashMap<>();
        Map<String, List<OldCommune>> byNewName = new HashMap<>();
        try (var in = new BufferedReader(
                new InputStreamReader(new ClassPathResource(FILE).getInputStream(), StandardCharsets.UTF_8))) {
            String header = in.readLine();
            if (header == null || !header.startsWith("old_province_code,")) {
                throw new IllegalStateException(FILE + " has an unexpected header");
            }
            String line;
            while ((line = in.readLine()) != null) {
                // The file has no quoted cells (checked when it was copied): a plain split is exact.
                String[] f = line.split(",", -1);
                OldCommune c = new OldCommune(f[0], VietnameseText.clean(f[1]), f[2], VietnameseText.clean(f[3]),
                        RENUMBERED.getOrDefault(f[4], f[4]), VietnameseText.clean(f[5]), f[6]);
                all.add(c);
                byCode.computeIfAbsent(c.oldCode(), k -> new ArrayList<>()).add(c);
                byName.computeIfAbsent(fold(c.oldName()), k -> new ArrayList<>()).add(c);
                byNewName.computeIfAbsent(fold(c.newName()), k -> new ArrayList<>()).add(c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE, e);
        }
        byCode.replaceAll((k, v) -> List.copyOf(v));
        byName.replaceAll((k, v) -> List.copyOf(v));
        byNewName.replaceAll((k, v) -> List.copyOf(v));
        return new Index(List.copyOf(all), Map.copyOf(byCode), Map.copyOf(byName), Map.copyOf(byNewName));
    }
}
