package org.hoiso.market.vietqr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test helpers that build VietQR payloads by hand, and the vectors of {@code vectors.csv}. */
final class Payloads {

    /** The NAPAS example of a dynamic code to an account, with a bill number and a purpose. */
    static final String DYNAMIC_ACCOUNT = "00020101021238570010A00000072701270006970403011300110123456780208QRIBFTTA"
            + "530370454061800005802VN62340107NPS68690819thanh toan don hang63042E2E";

    /** The NAPAS account template of {@link #DYNAMIC_ACCOUNT}: BIN 970403, account 0011012345678. */
    static final String NAPAS_38 = "38570010A00000072701270006970403011300110123456780208QRIBFTTA";

    private Payloads() {
    }

    /** One element, its length written with two digits. */
    static String tlv(String id, String value) {
        return id + String.format("%02d", value.length()) + value;
    }

    /** The body followed by its CRC element, computed over the body and {@code 6304}. */
    static String withCrc(String body) {
        String head = body + "6304";
        return head + Crc16.hex(head);
    }

    /** One line of {@code vectors.csv}. */
    record Vector(String name, String payload, String note) {
    }

    /** The vectors of {@code vectors.csv} (columns name, payload, note; the note may be quoted). */
    static List<Vector> vectors() throws IOException {
        List<Vector> vectors = new ArrayList<>();
        try (InputStream in = Payloads.class.getResourceAsStream("vectors.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            if (!lines.get(0).strip().equals("name,payload,note")) {
                throw new IllegalStateException("Unexpected header of vectors.csv: " + lines.get(0));
            }
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.strip().split(",", 3);
                vectors.add(new Vector(parts[0], parts[1], parts.length > 2 ? parts[2] : ""));
            }
        }
        return vectors;
    }
}
