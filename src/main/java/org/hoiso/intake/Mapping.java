package org.hoiso.intake;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which row holds the headings and which column (0-based) holds each field. Rows after the header row
 * are data; rows before it (titles, the union's name, a date) are skipped.
 */
public record Mapping(long headerRow, Map<ImportField, Integer> columns) {

    public Mapping {
        columns = columns.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(columns));
    }

    public Integer column(ImportField f) {
        return columns.get(f);
    }

    public boolean has(ImportField f) {
        return columns.containsKey(f);
    }

    /** Required fields that have no column yet. */
    public List<ImportField> missing() {
        return Arrays.stream(ImportField.values()).filter(f -> f.required() && !has(f)).toList();
    }
}
