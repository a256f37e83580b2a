package org.hoiso.market.vietqr;

/**
 * A transfer to write as a VietQR code (NAPAS 247): the receiving bank's identification number (BIN,
 * 6 digits), the account or card number (1–19 letters and digits), the service (to an account or to a
 * card), the point of initiation (static, reusable; or dynamic, one payment with its amount in whole
 * dong), and optional texts: purpose of the transfer (the memo, ≤ 25), bill number (≤ 25), merchant
 * name (≤ 25) and city (≤ 15). The holder's name is never in the code: the payer's bank looks it up.
 *
 * <p>A value, not yet checked: {@link VietQr#check} lists its problems and {@link VietQr#encode} refuses
 * it with them. Empty texts count as absent. A static code may carry an amount (EMVCo allows it); a
 * dynamic one must.
 */
public record Payment(String bin, String account, TransferService service, Initiation pointOfInitiation, Long amount,
        String purpose, String billNumber, String merchantName, String merchantCity) {

    /** A static (reusable) code for transfers to a bank account. */
    public static Payment toAccount(String bin, String account) {
        return new Payment(bin, account, TransferService.ACCOUNT, Initiation.STATIC, null, null, null, null, null);
    }

    /** A static (reusable) code for transfers to a card number. */
    public static Payment toCard(String bin, String cardNumber) {
        return new Payment(bin, cardNumber, TransferService.CARD, Initiation.STATIC, null, null, null, null, null);
    }

    /** A dynamic code for one payment of this amount, in dong. */
    public Payment withAmount(long amountVnd) {
        return new Payment(bin, account, service, Initiation.DYNAMIC, amountVnd, purpose, billNumber, merchantName,
                merchantCity);
    }

    /** With the purpose of the transfer (the memo the receiver sees); Vietnamese marks are dropped when written. */
    public Payment withPurpose(String text) {
        return new Payment(bin, account, service, pointOfInitiation, amount, text, billNumber, merchantName, merchantCity);
    }

    /** With the bill (order) number. */
    public Payment withBillNumber(String number) {
        return new Payment(bin, account, service, pointOfInitiation, amount, purpose, number, merchantName, merchantCity);
    }

    /** With the merchant's name and city (either may be null). */
    public Payment withMerchant(String name, String city) {
        return new Payment(bin, account, service, pointOfInitiation, amount, purpose, billNumber, name, city);
    }
}
