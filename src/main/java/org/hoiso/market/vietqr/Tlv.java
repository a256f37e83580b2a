package org.hoiso.market.vietqr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data objects of a VietQR payload (EMVCo rule, kept by NAPAS): each is an ID of 2 digits, a length
 * of 2 digits counting the characters of the value (00–99), and the value; a template (tag 38, the
 * NAPAS account; tag 62, additional data) is a value made of the same elements. The order of the
 * elements is not fixed. Reading never throws: it reports where the elements stop adding up.
 */
final class Tlv {

    /** The largest value a two-digit length can declare. */
    static final int MAX_VALUE_LENGTH = 99;

    private Tlv() {
    }

    /** One data object. */
    record Element(String id, String value) {
    }

    /** Why reading stopped before the end of the text. */
    enum Failure {
        /** An ID or a length that is not two digits. */
        NOT_DIGITS,
        /** A header or a value that runs past the end of the text. */
        OVERRUN
    }

    /**
     * The elements read, in order; when {@code failure} is not null, reading stopped at {@code failedAt}
     * and {@code elements} are those complete before it.
     */
    record Reading(List<Element> elements, Failure failure, int failedAt) {

        Reading {
            elements = List.copyOf(elements);
        }

        boolean complete() {
            return failure == null;
        }

        /** The elements by ID, or null when an ID occurs twice. */
        Map<String, String> byId() {
            Map<String, String> map = new LinkedHashMap<>();
            for (Element e : elements) {
                if (map.putIfAbsent(e.id(), e.value()) != null) {
                    return null;
                }
            }
            return map;
        }
    }

    /** Reads the text as a run of elements that must end exactly at the end of the text. */
    static Reading read(String text) {
        List<Element> elements = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int headerEnd = Math.min(at + 4, text.length());
            for (int i = at; i < headerEnd; i++) {
                if (!isDigit(text.charAt(i))) {
                    return new Reading(elements, Failure.NOT_DIGITS, at);
                }
            }
            if (headerEnd - at < 4) {
                return new Reading(elements, Failure.OVERRUN, at);
            }
            int length = (text.charAt(at + 2) - '0') * 10 + text.charAt(at + 3) - '0';
            if (at + 4 + length > text.length()) {
                return new Reading(elements, Failure.OVERRUN, at);
            }
            elements.add(new Element(text.substring(at, at + 2), text.substring(at + 4, at + 4 + length)));
            at += 4 + length;
        }
        return new Reading(elements, null, at);
    }

    /** Writes one element; the caller has checked the value (at most 99 characters). */
    static String write(String id, String value) {
        if (id.length() != 2 || !isDigit(id.charAt(0)) || !isDigit(id.charAt(1))) {
            throw new IllegalArgumentException("An element ID is two digits: " + id);
        }
        if (value.length() > MAX_VALUE_LENGTH) {
            throw new IllegalArgumentException("An element value has at most 99 characters, element " + id);
        }
        return id + (value.length() < 10 ? "0" : "") + value.length() + value;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
