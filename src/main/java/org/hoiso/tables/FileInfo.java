package org.hoiso.tables;

import java.util.List;

/**
 * What a reader learnt about a file, shown to the officer before she commits: the format, the byte
 * encoding, the legacy font whose text was converted to Unicode, and a few examples of conversions.
 *
 * @param format          CSV or XLSX
 * @param encoding        the byte encoding of a CSV file (XLSX is always Unicode: {@link SourceEncoding#UNICODE})
 * @param legacyFont      TCVN3 or VNI when cells were typed in those fonts and converted, else NONE
 * @param sheetName       the XLSX sheet read (null for CSV)
 * @param delimiter       the CSV delimiter found (null for XLSX)
 * @param convertedCells  cells converted from the legacy font
 * @param normalisedCells cells that were decomposed Unicode (NFD) and were composed to NFC
 * @param examples        up to five conversions, original and result
 * @param mergedRanges    XLSX ranges of merged cells spanning several rows, whose value every row under
 *                        them reads (0 for CSV)
 * @param merged          up to five of those ranges with their value, as read so far
 */
public record FileInfo(Format format, SourceEncoding encoding, LegacyFont legacyFont, String sheetName,
        Character delimiter, long convertedCells, long normalisedCells, List<Conversion> examples, long mergedRanges,
        List<MergedRange> merged) {

    public FileInfo {
        examples = List.copyOf(examples);
        // jobs stored before merged cells were filled have none
        merged = merged == null ? List.of() : List.copyOf(merged);
    }

    public enum Format {
        CSV, XLSX
    }

    /** One cell as the file held it and as hoiso will store it. */
    public record Conversion(String original, String converted) {
    }

    /** A range of merged cells ("B5:B9") and the value each of its rows reads. */
    public record MergedRange(String range, String value) {
    }
}
