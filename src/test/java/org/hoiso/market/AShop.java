package org.hoiso.market;

import java.util.List;
import org.hoiso.market.vietqr.TransferService;
import org.hoiso.testing.Fixtures;

/**
 * A shop's input that passes the shop rules unless a test says otherwise: a member's own shop, a mobile number, an
 * account at Vietcombank (BIN 970436), the holder typed with diacritics, a pickup point and no delivery area.
 */
final class AShop {

    private ShopKind kind = ShopKind.MEMBER;
    private String name = "Cửa hàng " + Fixtures.uniqueGivenName();
    private String story = "Nước mắm nhà làm, **ủ chượp** 12 tháng.";
    private String phone = "0912 345 678";
    private String bin = "970436";
    private String account = "0123456789";
    private String holder = "Nguyễn Thị Lan";
    private TransferService service = TransferService.ACCOUNT;
    private List<Long> areas = List.of();
    private List<String> pickups = List.of("Nhà văn hóa khu phố 1");

    private AShop() {
    }

    static AShop valid() {
        return new AShop();
    }

    AShop kind(ShopKind kind) {
        this.kind = kind;
        return this;
    }

    AShop named(String name) {
        this.name = name;
        return this;
    }

    AShop story(String story) {
        this.story = story;
        return this;
    }

    AShop phone(String phone) {
        this.phone = phone;
        return this;
    }

    AShop bank(String bin, String account) {
        this.bin = bin;
        this.account = account;
        return this;
    }

    AShop holder(String holder) {
        this.holder = holder;
        return this;
    }

    AShop areas(Long... unitIds) {
        this.areas = List.of(unitIds);
        return this;
    }

    AShop pickups(String... labels) {
        this.pickups = List.of(labels);
        return this;
    }

    ShopInput input() {
        return new ShopInput(kind, name, story, phone, bin, account, holder, service, areas, pickups);
    }
}
