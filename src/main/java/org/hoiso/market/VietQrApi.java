package org.hoiso.market;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.hoiso.market.vietqr.DecodedVietQr;
import org.hoiso.market.vietqr.VietQr;
import org.hoiso.platform.web.Messages;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Checks any text that claims to be a VietQR transfer code, no account needed (a member about to pay a stranger, the
 * online-safety module): whether it is valid, and if not why (a message code and its text in the caller's language),
 * and if so the bank (by the bank list), account, service, amount, purpose and point of initiation.
 */
@RestController
@Tag(name = "Market", description = "Chợ số: public catalogue, orders, sellers' shops, officers' reviews")
class VietQrApi {

    private final Banks banks;
    private final Messages messages;

    VietQrApi(Banks banks, Messages messages) {
        this.banks = banks;
        this.messages = messages;
    }

    record DecodeRequest(String payload) {
    }

    record Decoded(boolean valid, String problem, String message, String bin, String bank, String account, String service,
            Long amount, String purpose, String pointOfInitiation) {
    }

    @PostMapping("/api/v1/vietqr/decode")
    Decoded decode(@RequestBody DecodeRequest request) {
        DecodedVietQr d = VietQr.decode(request == null ? null : request.payload());
        if (!d.valid()) {
            return new Decoded(false, d.problemCode(), messages.get(d.problemCode()), null, null, null, null, null, null, null);
        }
        return new Decoded(true, null, null, d.bin(), banks.find(d.bin()).map(b -> b.shortName()).orElse(null), d.account(),
                d.service().name(), d.amount(), d.purpose(), d.pointOfInitiation().name());
    }
}
