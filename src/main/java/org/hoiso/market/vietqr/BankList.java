package org.hoiso.market.vietqr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The banks and finance companies a VietQR code can name, by bank identification number (BIN, the
 * 6 digits in the NAPAS beneficiary template). There is no single official machine-readable list: this
 * is reference data with a source and a date ({@code market/SOURCES.md}) that an administrator can
 * update, read from CSV lines {@code bin,short_name,note} (a header line, blank lines and a byte order
 * mark are skipped; a field may be quoted). A BIN is valid when it is six digits and in the list, not
 * when it "starts with 9704": several digital and foreign banks have other BINs, and the public lists
 * disagree (CIMB), so both may be kept.
 */
public final class BankList {

    /** The resource of the list shipped with hoiso. */
    public static final String BUNDLED = "/market/banks.csv";

    /** One bank: its BIN, its short name as bank apps show it, and a note (empty when none). */
    public record Bank(String bin, String shortName, String note) {
    }

    private final Map<String, Bank> byBin;

    private BankList(Map<String, Bank> byBin) {
        this.byBin = Collections.unmodifiableMap(byBin);
    }

    /**
     * Reads the lines of a bank list.
     *
     * @throws VietQrException {@link VietQrProblem#BANK_LIST_LINE} with the 1-based number of the first
     *         line that is not a new 6-digit BIN, a short name and an optional note
     */
    public static BankList parse(List<String> lines) {
        Map<String, Bank> banks = new LinkedHashMap<>();
        boolean first = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (first && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            boolean header = first && line.strip().toLowerCase(Locale.ROOT).startsWith("bin,");
            first = false;
            if (header) {
                continue;
            }
            List<String> fields = fields(line);
            if (fields == null || fields.size() < 2 || fields.size() > 3 || !isBinFormat(fields.get(0))
                    || fields.get(1).isEmpty() || banks.containsKey(fields.get(0))) {
                throw new VietQrException(List.of(VietQrProblem.BANK_LIST_LINE), i + 1);
            }
            banks.put(fields.get(0), new Bank(fields.get(0), fields.get(1), fields.size() == 3 ? fields.get(2) : ""));
        }
        return new BankList(banks);
    }

    /** The list shipped with hoiso ({@value #BUNDLED}). */
    public static BankList bundled() {
        try (InputStream in = BankList.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + BUNDLED);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The banks by BIN, in the order of the list. */
    public Map<String, Bank> banks() {
        return byBin;
    }

    /** The bank of a BIN, if the list has it. */
    public Optional<Bank> find(String bin) {
        return bin == null ? Optional.empty() : Optional.ofNullable(byBin.get(bin));
    }

    /** Whether the BIN is six digits and in the list. */
    public boolean isKnownBin(String bin) {
        return isBinFormat(bin) && byBin.containsKey(bin);
    }

    /** Whether the text is a BIN's form: exactly six ASCII digits. */
    public static boolean isBinFormat(String bin) {
        return PaymentRules.isBin(bin);
    }

    /** The fields of one CSV line, trimmed, with RFC 4180 quotes; null when a quote is not closed. */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(field.toString().strip());
        return fields;
    }
}
