package org.hoiso.market;

/** Where an order stands. Whether it is paid is kept apart ({@link OrderStep#PAY}), since a buyer may pay on delivery. */
public enum OrderStatus {
    PLACED, PAID, SHIPPED, DELIVERED, CANCELLED
}
