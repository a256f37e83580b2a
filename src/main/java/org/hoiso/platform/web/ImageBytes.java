package org.hoiso.platform.web;

/**
 * What an uploaded picture is, by its own first bytes: not by its name or the type the browser sent,
 * which anyone can choose. Only the two kinds every phone makes are accepted.
 */
public final class ImageBytes {

    private ImageBytes() {
    }

    /** {@code image/jpeg}, {@code image/png}, or null for anything else. */
    public static String type(byte[] d) {
        if (d == null || d.length < 8) {
            return null;
        }
        if ((d[0] & 0xff) == 0xff && (d[1] & 0xff) == 0xd8 && (d[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        if ((d[0] & 0xff) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G') {
            return "image/png";
        }
        return null;
    }
}
