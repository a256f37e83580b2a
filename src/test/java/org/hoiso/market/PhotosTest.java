package org.hoiso.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.hoiso.platform.web.DomainException;
import org.junit.jupiter.api.Test;

/** A seller's photo is a JPEG or PNG by its bytes, bounded before decoding, and stored only as the server's own JPEGs. */
class PhotosTest {

    private static final long MAX_BYTES = 5 * 1024 * 1024;
    private static final long MAX_PIXELS = 40_000_000;

    @Test
    void aLargeJpegIsStoredAsAJpegOfAtMost1200PixelsAndAThumbnail() throws IOException {
        Photos.Encoded e = Photos.encode(image("jpeg", 2400, 1600, BufferedImage.TYPE_INT_RGB), MAX_BYTES, MAX_PIXELS, 1200, 360);
        assertThat(e.width()).isEqualTo(1200);
        assertThat(e.height()).isEqualTo(800);
        BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(e.thumb()));
        assertThat(Math.max(thumb.getWidth(), thumb.getHeight())).isEqualTo(360);
        assertThat(e.image()[0] & 0xff).isEqualTo(0xff);
        assertThat(e.image()[1] & 0xff).isEqualTo(0xd8);
    }

    @Test
    void aTransparentPngBecomesAJpegOnWhite() throws IOException {
        Photos.Encoded e = Photos.encode(image("png", 300, 200, BufferedImage.TYPE_INT_ARGB), MAX_BYTES, MAX_PIXELS, 1200, 360);
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(e.image()));
        assertThat(stored.getWidth()).isEqualTo(300);
        assertThat(new Color(stored.getRGB(2, 2)).getRed()).isGreaterThan(240);
    }

    @Test
    void theLocationDataOfAPhoneCameraIsNotKept() throws IOException {
        byte[] jpeg = image("jpeg", 400, 300, BufferedImage.TYPE_INT_RGB);
        byte[] exif = "Exif\0\0GPS 10.93N 108.28E".getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer withExif = ByteBuffer.allocate(jpeg.length + exif.length + 4);
        withExif.put(jpeg, 0, 2).put((byte) 0xff).put((byte) 0xe1).putShort((short) (exif.length + 2)).put(exif)
                .put(jpeg, 2, jpeg.length - 2);
        Photos.Encoded e = Photos.encode(withExif.array(), MAX_BYTES, MAX_PIXELS, 1200, 360);
        assertThat(new String(e.image(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif").doesNotContain("GPS");
    }

    @Test
    void anSvgNamedJpgIsRefused() {
        refused("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8),
                "market.photo.type");
    }

    @Test
    void aWebPageNamedJpgIsRefused() {
        refused("<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "market.photo.type");
    }

    @Test
    void aTwentyMegabytePhotoIsRefusedBeforeItIsLookedAt() {
        refused(new byte[20 * 1024 * 1024], "market.photo.tooLarge");
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeaderAlone() {
        refused(pngHeader(100_000, 100_000), "market.photo.tooManyPixels");
    }

    @Test
    void aJpegThatIsNotOneInsideIsRefusedAsBroken() {
        byte[] bytes = new byte[2000];
        bytes[0] = (byte) 0xff;
        bytes[1] = (byte) 0xd8;
        bytes[2] = (byte) 0xff;
        refused(bytes, "market.photo.broken");
    }

    private static void refused(byte[] bytes, String code) {
        assertThatThrownBy(() -> Photos.encode(bytes, MAX_BYTES, MAX_PIXELS, 1200, 360)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).fieldProblems().get(0).code()).isEqualTo(code));
    }

    static byte[] image(String format, int width, int height, int type) throws IOException {
        BufferedImage img = new BufferedImage(width, height, type);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(20, 120, 60));
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    /** A PNG that declares width × height pixels in its header and holds next to nothing. */
    static byte[] pngHeader(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        ByteBuffer png = ByteBuffer.allocate(8 + 4 + 17 + 4 + 12);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}).putInt(13).put(ihdr.array())
                .putInt((int) crc.getValue());
        CRC32 end = new CRC32();
        end.update("IEND".getBytes(StandardCharsets.US_ASCII));
        png.putInt(0).put("IEND".getBytes(StandardCharsets.US_ASCII)).putInt((int) end.getValue());
        return png.array();
    }
}
