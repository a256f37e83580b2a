package org.hoiso.market;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.hoiso.platform.web.ImageBytes;

/**
 * A seller's photo made safe to show: a JPEG or PNG by its own first bytes (not its name or declared type: an SVG
 * or a web page named .jpg is refused), no larger than the limit in bytes, and in pixels as its header declares them
 * (read before anything is decoded, so a "decompression bomb" PNG of 100,000 × 100,000 pixels costs nothing);
 * then decoded by {@code javax.imageio} and written anew as a JPEG of at most {@code size} pixels a side and a
 * thumbnail. Only the server's JPEGs are stored: no EXIF (GPS position), no script, nothing of the upload.
 */
final class Photos {

    /** A photo as stored: its size and the two JPEGs. */
    record Encoded(int width, int height, byte[] image, byte[] thumb) {
    }

    private Photos() {
    }

    static Encoded encode(byte[] data, long maxBytes, long maxPixels, int size, int thumbSize) {
        if (data == null || data.length == 0) {
            throw refused("market.photo.missing");
        }
        if (data.length > maxBytes) {
            throw refused("market.photo.tooLarge", megabytes(maxBytes));
        }
        String type = ImageBytes.type(data);
        if (type == null) {
            throw refused("market.photo.type");
        }
        BufferedImage decoded = decode(data, type.equals("image/png") ? "png" : "jpeg", maxPixels);
        BufferedImage large = scaled(decoded, size);
        BufferedImage small = scaled(large, thumbSize);
        return new Encoded(large.getWidth(), large.getHeight(), jpeg(large, 0.85f), jpeg(small, 0.8f));
    }

    /** Checks the declared size first, then decodes; anything the reader cannot read is refused as broken. */
    private static BufferedImage decode(byte[] data, String format, long maxPixels) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            ImageReader reader = null;
            while (readers.hasNext()) {
                ImageReader r = readers.next();
                if (r.getFormatName().toLowerCase(Locale.ROOT).equals(format)) {
                    reader = r;
                    break;
                }
            }
            if (reader == null) {
                throw refused("market.photo.type");
            }
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width < 1 || height < 1) {
                    throw refused("market.photo.broken");
                }
                if (width * height > maxPixels) {
                    throw refused("market.photo.tooManyPixels", String.format(Locale.ROOT, "%.0f", maxPixels / 1e6));
                }
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw refused("market.photo.broken");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            throw refused("market.photo.broken");
        }
    }

    /** The image on white (no transparency in a JPEG), its longest side at most {@code max}, halved in steps for quality. */
    static BufferedImage scaled(BufferedImage source, int max) {
        int w = source.getWidth();
        int h = source.getHeight();
        double factor = Math.min(1.0, (double) max / Math.max(w, h));
        int targetW = Math.max(1, (int) Math.round(w * factor));
        int targetH = Math.max(1, (int) Math.round(h * factor));
        BufferedImage current = source;
        int cw = w;
        int ch = h;
        do {
            cw = Math.max(targetW, cw / 2 >= targetW ? cw / 2 : targetW);
            ch = Math.max(targetH, ch / 2 >= targetH ? ch / 2 : targetH);
            BufferedImage next = new BufferedImage(cw, ch, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = next.createGraphics();
            try {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, cw, ch);
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.drawImage(current, 0, 0, cw, ch, null);
            } finally {
                g.dispose();
            }
            current = next;
        } while (cw != targetW || ch != targetH);
        return current;
    }

    static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%d MB", Math.max(1, bytes / (1024 * 1024)));
    }

    private static DomainException refused(String code, Object... args) {
        return DomainException.invalid(List.of(FieldProblem.of("photo", code, args)));
    }
}
