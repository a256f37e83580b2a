package org.hoiso.market.vietqr;

import java.util.Optional;

/**
 * What {@link VietQr#decode} read from a text that claims to be a VietQR transfer code: either valid,
 * with the fields of the transfer (currency {@code 704} and country {@code VN}, the only ones NAPAS
 * transfers use), or refused, with the {@link #problem()} and every field null. It names the bank by
 * its BIN only: the bank's name comes from the market module's bank list ({@link BankList}). The
 * account holder's name is never in a VietQR code.
 */
public record DecodedVietQr(boolean valid, VietQrProblem problem, String bin, String account, TransferService service,
        Long amount, String purpose, String billNumber, Initiation pointOfInitiation, String currency, String country,
        String merchantName, String merchantCity) {

    public DecodedVietQr {
        if (valid == (problem != null)) {
            throw new IllegalArgumentException("A decoded VietQR code is valid exactly when it has no problem");
        }
    }

    static DecodedVietQr refused(VietQrProblem problem) {
        return new DecodedVietQr(false, problem, null, null, null, null, null, null, null, null, null, null, null);
    }

    static DecodedVietQr of(Payment p) {
        return new DecodedVietQr(true, null, p.bin(), p.account(), p.service(), p.amount(), p.purpose(), p.billNumber(),
                p.pointOfInitiation(), VietQr.CURRENCY_VND, VietQr.COUNTRY_VN, p.merchantName(), p.merchantCity());
    }

    /** The message code of the problem ({@code vietqr.…}), null when valid. */
    public String problemCode() {
        return problem == null ? null : problem.code();
    }

    /** The transfer, when valid: encoding it gives a code that decodes to the same fields. */
    public Optional<Payment> payment() {
        return valid
                ? Optional.of(new Payment(bin, account, service, pointOfInitiation, amount, purpose, billNumber,
                        merchantName, merchantCity))
                : Optional.empty();
    }
}
