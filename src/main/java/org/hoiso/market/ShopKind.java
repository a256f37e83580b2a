package org.hoiso.market;

/** Who owns a shop: one member, a women's group (Tổ Phụ nữ kinh doanh số) or a women-managed cooperative (HTX). */
public enum ShopKind {
    MEMBER, GROUP, COOPERATIVE
}
