package org.hoiso.safety;

import java.time.LocalDate;
import java.util.List;

/**
 * A report as the one form takes it (phone first): what happened, when, the channel, the identifiers involved (phone
 * numbers and links one per line, a bank account chosen by its bank, a pasted VietQR code), money lost, a
 * description, the people named, where (the commune, and more only if she chooses), how to reach her (optional),
 * screenshots, and her consent per purpose. A signed-in member may still report without her name.
 */
public record ReportInput(CaseKind kind, Channel channel, LocalDate happenedOn, Long communeId, String place,
        String phones, String links, String bankBin, String bankAccount, String vietQr, Long moneyLost,
        String description, String people, String contact, Consents consents, boolean anonymous,
        List<Upload> screenshots) {

    public ReportInput {
        screenshots = screenshots == null ? List.of() : List.copyOf(screenshots);
        consents = consents == null ? Consents.NONE : consents;
    }

    /** Her consent per purpose, and to anonymous statistics. */
    public record Consents(boolean counselling, boolean police, boolean health, boolean legal, boolean statistics) {

        public static final Consents NONE = new Consents(false, false, false, false, false);

        public boolean allows(Purpose p) {
            return switch (p) {
                case COUNSELLING -> counselling;
                case POLICE -> police;
                case HEALTH -> health;
                case LEGAL -> legal;
            };
        }
    }

    /** A file she attached, as received; one too large is passed with its size only, never read whole. */
    public record Upload(String name, byte[] bytes, long size) {

        public Upload(String name, byte[] bytes) {
            this(name, bytes, bytes == null ? 0 : bytes.length);
        }

        public static Upload tooLarge(String name, long size) {
            return new Upload(name, new byte[0], size);
        }
    }
}
