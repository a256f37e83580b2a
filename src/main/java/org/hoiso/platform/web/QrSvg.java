package org.hoiso.platform.web;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code as inline SVG, drawn on the server: no script, prints sharp at any size, and the page
 * keeps working under the strict content security policy. Medium error correction survives a worn or
 * folded paper card; a 4-module quiet zone as the standard asks. Used by the member card, an
 * activity's check-in code and anything else a phone should scan.
 */
public final class QrSvg {

    private static final int QUIET = 4;

    /** The drawing, the QR version (1–40) and its size in modules without the quiet zone. */
    public record Qr(String svg, int version, int modules) {
    }

    private QrSvg() {
    }

    /** The text as a QR code; the SVG carries the CSS class {@code card-qr} (full width of its box). */
    public static Qr of(String text) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = qr.size + 2 * QUIET;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + QUIET).append(',').append(y + QUIET).append("h1v1h-1z");
                }
            }
        }
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" class=\"card-qr\" role=\"img\" aria-label=\"QR\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"" + path + "\" fill=\"#000\"/></svg>";
        return new Qr(svg, qr.version, qr.size);
    }
}
