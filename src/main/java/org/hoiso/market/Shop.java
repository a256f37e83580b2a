package org.hoiso.market;

import java.time.OffsetDateTime;
import org.hoiso.market.vietqr.TransferService;
import org.hoiso.platform.text.SafeText;

/**
 * A shop as stored, with the names of its unit, commune and province. Who sees which part is decided by the
 * services: the public sees the phone masked and never a manager's name; buyers see the bank account they pay into.
 */
public record Shop(long id, ShopKind kind, String name, String story, long unitId, String unitName, long communeId,
        String communeName, long provinceId, String provinceName, String phone, String bankBin, String bankAccount,
        String accountHolder, TransferService service, ListingStatus status, String statusReason,
        OffsetDateTime statusAt, OffsetDateTime createdAt, int version) {

    public String maskedPhone() {
        return MarketText.maskPhone(phone);
    }

    /** The story in the safe markup, as HTML (everything the seller typed is escaped first). */
    public String storyHtml() {
        return story == null ? "" : SafeText.toHtml(story);
    }

    public boolean published() {
        return status == ListingStatus.PUBLISHED;
    }
}
