package org.hoiso.market;

import java.util.List;

/**
 * An order as a buyer without an account places it, from one shop: the lines (variant, quantity as typed), her name
 * and phone, and either a pickup point of the shop or a delivery commune (its official code, or its name within the
 * province of that code) with an address; a note.
 */
public record OrderInput(List<Line> lines, String buyerName, String buyerPhone, String deliveryProvince,
        String deliveryCommune, Long pickupId, String address, String note) {

    public OrderInput {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public record Line(Long variantId, String quantity) {
    }
}
