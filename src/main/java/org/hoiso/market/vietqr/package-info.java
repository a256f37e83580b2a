/**
 * VietQR (mã VietQR), the NAPAS 247 QR profile of the EMVCo merchant-presented QR code that every
 * Vietnamese bank app scans: encoding a transfer to a bank account or card ({@link
 * org.hoiso.market.vietqr.VietQr#encode}) and decoding any text that claims to be one ({@link
 * org.hoiso.market.vietqr.VietQr#decode}, which never throws), with refusals as message codes ({@link
 * org.hoiso.market.vietqr.VietQrProblem}, texts in {@code i18n/market.properties}). The bank list
 * ({@link org.hoiso.market.vietqr.BankList}) is reference data with a source and a date
 * ({@code market/SOURCES.md}). Plain Java: no Spring, no database. A named interface of the market module
 * ({@code market :: vietqr}): the safety module decodes a code a stranger sent with it.
 */
@NamedInterface("vietqr")
package org.hoiso.market.vietqr;

import org.springframework.modulith.NamedInterface;
