package org.hoiso.market.vietqr;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a text as a VietQR transfer code, refusing with the first problem found and never throwing.
 * The checks, in order: a text of at most {@link VietQr#MAX_PAYLOAD_LENGTH} characters (refused before
 * anything else is done), printable ASCII only; when it ends with a CRC element ({@code 6304} and 4
 * hexadecimal digits, any case), the CRC must match; the elements must add up exactly to the text (when
 * the CRC matches but they do not, a declared length disagrees with its value) and end with the CRC; no
 * tag twice; {@code 000201} first; exactly one account template among tags 26–51 with the NAPAS GUID,
 * wherever it stands; well-formed templates; then the fields, by the same {@link PaymentRules} as the
 * encoder, so a code reported valid can be written again.
 */
final class VietQrDecoder {

    private static final Pattern AMOUNT = Pattern.compile("[1-9][0-9]{0,12}");
    private static final String CRC_TAG = "63";

    private VietQrDecoder() {
    }

    static DecodedVietQr decode(String payload) {
        if (payload == null) {
            return DecodedVietQr.refused(VietQrProblem.EMPTY);
        }
        if (payload.length() > VietQr.MAX_PAYLOAD_LENGTH) {
            return DecodedVietQr.refused(VietQrProblem.TOO_LONG);
        }
        String text = withoutBlanksAround(payload);
        if (text.isEmpty()) {
            return DecodedVietQr.refused(VietQrProblem.EMPTY);
        }
        if (!PaymentRules.isPrintableAscii(text)) {
            return DecodedVietQr.refused(VietQrProblem.CHARACTERS);
        }
        int end = text.length();
        boolean crcAtEnd = end >= 8 && text.startsWith("6304", end - 8)
                && text.substring(end - 4).chars().allMatch(Crc16::isHexDigit);
        if (crcAtEnd && !Crc16.matches(text.substring(0, end - 4), text.substring(end - 4))) {
            return DecodedVietQr.refused(VietQrProblem.CRC_MISMATCH);
        }
        Tlv.Reading top = Tlv.read(text);
        List<Tlv.Element> elements = top.elements();
        int crcIndex = indexOf(elements, CRC_TAG);
        if (!top.complete()) {
            return DecodedVietQr.refused(structureProblem(top, crcIndex >= 0, crcAtEnd));
        }
        if (crcIndex >= 0 && crcIndex < elements.size() - 1) {
            return DecodedVietQr.refused(VietQrProblem.TRAILING_DATA);
        }
        if (!crcAtEnd || crcIndex < 0 || elements.get(crcIndex).value().length() != 4) {
            return DecodedVietQr.refused(VietQrProblem.CRC_MISSING);
        }
        Map<String, String> tags = top.byId();
        if (tags == null) {
            return DecodedVietQr.refused(VietQrProblem.DUPLICATE_TAG);
        }
        if (!"00".equals(elements.get(0).id()) || !"01".equals(elements.get(0).value())) {
            return DecodedVietQr.refused(VietQrProblem.PAYLOAD_FORMAT);
        }
        return fields(elements, tags);
    }

    /** The fields, once the elements are known to add up. */
    private static DecodedVietQr fields(List<Tlv.Element> elements, Map<String, String> tags) {
        Map<String, String> napas = null;
        for (Tlv.Element e : elements) {
            int id = Integer.parseInt(e.id());
            if (id < 26 || id > 51) {
                continue;
            }
            Template template = template(e.value());
            if (template.problem() != null) {
                return DecodedVietQr.refused(template.problem());
            }
            if (VietQr.NAPAS_GUID.equals(template.tags().get("00"))) {
                if (napas != null) {
                    return DecodedVietQr.refused(VietQrProblem.SEVERAL_NAPAS);
                }
                napas = template.tags();
            }
        }
        if (napas == null) {
            return DecodedVietQr.refused(VietQrProblem.NOT_NAPAS);
        }
        Template beneficiary = template(napas.getOrDefault("01", ""));
        Template additional = template(tags.getOrDefault("62", ""));
        for (Template t : List.of(beneficiary, additional)) {
            if (t.problem() != null) {
                return DecodedVietQr.refused(t.problem());
            }
        }
        Initiation initiation = Initiation.ofCode(tags.get("01"));
        if (initiation == null) {
            return DecodedVietQr.refused(VietQrProblem.INITIATION);
        }
        TransferService service = TransferService.ofCode(napas.get("02"));
        if (service == null) {
            return DecodedVietQr.refused(VietQrProblem.SERVICE);
        }
        if (!VietQr.CURRENCY_VND.equals(tags.get("53"))) {
            return DecodedVietQr.refused(VietQrProblem.CURRENCY);
        }
        if (!VietQr.COUNTRY_VN.equals(tags.get("58"))) {
            return DecodedVietQr.refused(VietQrProblem.COUNTRY);
        }
        String amount = tags.get("54");
        if (amount != null && !AMOUNT.matcher(amount).matches()) {
            return DecodedVietQr.refused(VietQrProblem.AMOUNT_FORMAT);
        }
        Payment payment = new Payment(beneficiary.tags().get("00"), beneficiary.tags().get("01"), service, initiation,
                amount == null ? null : Long.valueOf(amount), text(additional.tags().get("08")),
                text(additional.tags().get("01")), text(tags.get("59")), text(tags.get("60")));
        List<VietQrProblem> problems = PaymentRules.problems(payment);
        return problems.isEmpty() ? DecodedVietQr.of(payment) : DecodedVietQr.refused(problems.get(0));
    }

    /** A template's elements by tag, or the problem that prevents reading them. */
    private record Template(Map<String, String> tags, VietQrProblem problem) {
    }

    private static Template template(String value) {
        Tlv.Reading reading = Tlv.read(value);
        if (!reading.complete()) {
            return new Template(Map.of(), VietQrProblem.LENGTH_MISMATCH);
        }
        Map<String, String> tags = reading.byId();
        return tags == null ? new Template(Map.of(), VietQrProblem.DUPLICATE_TAG) : new Template(tags, null);
    }

    /**
     * Why the elements do not add up: characters after a complete CRC element; with a matching CRC, a
     * length that disagrees with its value (the text is as it was made); without, a text cut short, or
     * one that is not made of elements at all.
     */
    private static VietQrProblem structureProblem(Tlv.Reading reading, boolean crcRead, boolean crcAtEnd) {
        if (crcRead) {
            return VietQrProblem.TRAILING_DATA;
        }
        if (crcAtEnd) {
            boolean noElementAtAll = reading.failedAt() == 0 && reading.failure() == Tlv.Failure.NOT_DIGITS;
            return noElementAtAll ? VietQrProblem.MALFORMED : VietQrProblem.LENGTH_MISMATCH;
        }
        return reading.failure() == Tlv.Failure.OVERRUN ? VietQrProblem.TRUNCATED : VietQrProblem.MALFORMED;
    }

    private static int indexOf(List<Tlv.Element> elements, String id) {
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** An empty text element counts as absent, as the encoder leaves it out. */
    private static String text(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /** The text without the spaces, tabs and line breaks a scanner or a paste adds around it. */
    private static String withoutBlanksAround(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }
}
