package org.hoiso.tables;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a text cell as read into the text hoiso stores, and counts what it changed for {@link FileInfo}:
 * the apostrophe an export put before a leading = + - @ is removed, then the legacy font (if any) is
 * converted and the text composed to NFC by {@link LegacyVietnamese#fixCell}.
 */
final class CellFixer {

    /** How many conversions are kept as examples for the officer. */
    static final int EXAMPLES = 5;

    private final LegacyFont font;
    private final List<FileInfo.Conversion> examples = new ArrayList<>(EXAMPLES);
    private long converted;
    private long normalised;

    CellFixer(LegacyFont font) {
        this.font = font;
    }

    /** The text to store for a text cell; "" stays "". */
    String fix(String raw) {
        if (raw.isEmpty()) {
            return raw;
        }
        String cell = stripExportApostrophe(raw);
        String fixed = LegacyVietnamese.fixCell(cell, font);
        if (fixed != cell && !fixed.equals(cell)) {
            if (font != LegacyFont.NONE && !fixed.equals(Normalizer.normalize(cell, Normalizer.Form.NFC))) {
                converted++;
                if (examples.size() < EXAMPLES) {
                    examples.add(new FileInfo.Conversion(cell, fixed));
                }
            } else {
                normalised++;
            }
        }
        return fixed;
    }

    /**
     * Removes the apostrophe {@link CsvTableWriter} puts before a text that starts with = + - @ TAB or
     * CR (against formula injection), so that an export reads back as the text it was.
     */
    static String stripExportApostrophe(String cell) {
        return cell.length() >= 2 && cell.charAt(0) == '\'' && CsvTableWriter.isFormulaTrigger(cell.charAt(1))
                ? cell.substring(1)
                : cell;
    }

    /** What the fixer learnt, as a {@link FileInfo}. */
    FileInfo info(FileInfo.Format format, SourceEncoding encoding, String sheetName, Character delimiter) {
        return info(format, encoding, sheetName, delimiter, 0, List.of());
    }

    /** What the fixer learnt, with the sheet's merged ranges (their values as hoiso stores them). */
    FileInfo info(FileInfo.Format format, SourceEncoding encoding, String sheetName, Character delimiter, long mergedRanges,
            List<FileInfo.MergedRange> merged) {
        List<FileInfo.MergedRange> fixed = merged.stream()
                .map(m -> new FileInfo.MergedRange(m.range(), LegacyVietnamese.fixCell(stripExportApostrophe(m.value()), font)))
                .toList();
        return new FileInfo(format, encoding, font, sheetName, delimiter, converted, normalised, examples, mergedRanges, fixed);
    }
}
