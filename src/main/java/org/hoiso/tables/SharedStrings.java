package org.hoiso.tables;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The shared strings table of a workbook, where Excel keeps the text of every text cell once. A
 * workbook of a million members has millions of distinct strings, far too many to hold as Java
 * strings: they are kept as UTF-8 bytes, in the heap up to {@value #IN_MEMORY_BYTES} bytes and beyond
 * that in a temporary file that is memory-mapped and removed from the directory at once (only the
 * end offsets, four bytes a string, stay in the heap).
 *
 * <p>Whatever the archive's compression ratio, the table is bounded: a part declaring more than
 * {@link XlsxPackage#MAX_SHARED_STRINGS_BYTES} bytes is refused before it is inflated, and a table of more
 * than {@value #MAX_STRINGS} strings (eight a row of a million-row list; 32 MB of offsets) while it is
 * read, both as {@code intake.file.tooLarge}: 250 million empty strings would otherwise need a gigabyte
 * of offsets.
 */
final class SharedStrings implements Closeable {

    static final int IN_MEMORY_BYTES = 4 * 1024 * 1024;
    static final int MAX_STRINGS = 8 * 1024 * 1024;
    private static final int BLOCK_BITS = 16;
    private static final int BLOCK = 1 << BLOCK_BITS;

    private final int inMemoryBytes;
    private int count;
    /** The end offset of each string, in blocks of {@value #BLOCK} so that no large array is ever copied. */
    private int[][] ends = new int[16][];
    private byte[] heap = new byte[8192];
    private int length;
    private Path spillFile;
    private OutputStream spill;
    private ByteBuffer mapped;
    private byte[] scratch = new byte[256];

    private SharedStrings(int inMemoryBytes) {
        this.inMemoryBytes = inMemoryBytes;
    }

    /**
     * Reads the whole table of a workbook.
     *
     * @param maxLength     strings are cut one character beyond this, so that a cell using one is
     *                      still seen to be too long while memory stays bounded
     * @param inMemoryBytes beyond this many UTF-8 bytes the table goes to a temporary file
     */
    static SharedStrings read(XlsxPackage pkg, int maxLength, int inMemoryBytes) throws IOException {
        SharedStrings strings = new SharedStrings(inMemoryBytes);
        if (pkg.sharedStringsPart() == null) {
            return strings;
        }
        try (XlsxPackage.Xml xml = pkg.xml(pkg.sharedStringsPart(), XlsxPackage.MAX_SHARED_STRINGS_BYTES)) {
            StringBuilder item = new StringBuilder();
            boolean inItem = false;
            boolean inText = false;
            int phonetic = 0;
            while (xml.next()) {
                if (xml.isStart()) {
                    switch (xml.name()) {
                        case "si" -> {
                            inItem = true;
                            item.setLength(0);
                        }
                        case "rPh" -> phonetic++;
                        case "t" -> inText = inItem && phonetic == 0;
                        default -> inText = false;
                    }
                } else if (xml.isEnd()) {
                    switch (xml.name()) {
                        case "si" -> {
                            if (inItem) {
                                strings.add(item);
                            }
                            inItem = false;
                        }
                        case "rPh" -> phonetic = Math.max(0, phonetic - 1);
                        default -> inText = false;
                    }
                } else if (inText && xml.isText()) {
                    xml.appendText(item, maxLength + 1);
                }
            }
            strings.finish();
            return strings;
        } catch (IOException | RuntimeException e) {
            strings.close();
            throw e;
        }
    }

    /** The string at an index, or null when the table has no such string. */
    String get(int index) {
        if (index < 0 || index >= count) {
            return null;
        }
        int start = index == 0 ? 0 : end(index - 1);
        int size = end(index) - start;
        if (mapped == null) {
            return new String(heap, start, size, StandardCharsets.UTF_8);
        }
        if (scratch.length < size) {
            scratch = new byte[Math.max(size, scratch.length * 2)];
        }
        mapped.get(start, scratch, 0, size);
        return new String(scratch, 0, size, StandardCharsets.UTF_8);
    }

    private void add(CharSequence text) throws IOException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        if ((long) length + bytes.length > Integer.MAX_VALUE || count == MAX_STRINGS) {
            throw new FileProblem("intake.file.tooLarge", XlsxPackage.MAX_SHARED_STRINGS_BYTES / (1024 * 1024),
                    XlsxPackage.MAX_RATIO);
        }
        if (spill == null && length + bytes.length > inMemoryBytes) {
            spillFile = Files.createTempFile("hoiso-sst-", ".bin");
            spill = new BufferedOutputStream(Files.newOutputStream(spillFile), 1 << 16);
            spill.write(heap, 0, length);
            heap = null;
        }
        if (spill != null) {
            spill.write(bytes);
        } else {
            if (length + bytes.length > heap.length) {
                heap = Arrays.copyOf(heap, Math.min(inMemoryBytes, Math.max(length + bytes.length, heap.length * 2)));
            }
            System.arraycopy(bytes, 0, heap, length, bytes.length);
        }
        length += bytes.length;
        int block = count >>> BLOCK_BITS;
        if (block == ends.length) {
            ends = Arrays.copyOf(ends, block * 2);
        }
        if (ends[block] == null) {
            ends[block] = new int[BLOCK];
        }
        ends[block][count & (BLOCK - 1)] = length;
        count++;
    }

    private int end(int index) {
        return ends[index >>> BLOCK_BITS][index & (BLOCK - 1)];
    }

    /** Maps a spilled table and removes its file from the directory (the mapping stays readable). */
    private void finish() throws IOException {
        if (spill == null) {
            return;
        }
        spill.close();
        try (FileChannel channel = FileChannel.open(spillFile, StandardOpenOption.READ)) {
            mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, length);
        }
        deleteSpillFile();
    }

    @Override
    public void close() throws IOException {
        mapped = null;
        heap = null;
        if (spill != null) {
            spill.close();
            spill = null;
        }
        deleteSpillFile();
    }

    private void deleteSpillFile() throws IOException {
        if (spillFile != null) {
            try {
                Files.deleteIfExists(spillFile);
            } catch (IOException e) {
                // Windows keeps a mapped file: it goes when the JVM exits
                spillFile.toFile().deleteOnExit();
            }
            spillFile = null;
        }
    }
}
