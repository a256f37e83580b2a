package org.hoiso.market;

import java.util.List;
import org.hoiso.market.vietqr.TransferService;

/**
 * A shop as its owner writes it: kind, name, story (safe markup), phone, the bank account buyers pay into (BIN
 * from the bank list, account or card number, holder's name), delivery areas (units of the tree: communes,
 * provinces or the whole country) and pickup points (one line each).
 */
public record ShopInput(ShopKind kind, String name, String story, String phone, String bankBin, String bankAccount,
        String accountHolder, TransferService service, List<Long> areaUnitIds, List<String> pickups) {

    public ShopInput {
        areaUnitIds = areaUnitIds == null ? List.of() : List.copyOf(areaUnitIds);
        pickups = pickups == null ? List.of() : List.copyOf(pickups);
    }
}
