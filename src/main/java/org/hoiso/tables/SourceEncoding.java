package org.hoiso.tables;

/** The byte encoding a text file was written in. XLSX files are always {@link #UNICODE}. */
public enum SourceEncoding {
    /** Unicode inside the container format (XLSX). */
    UNICODE, UTF8, UTF8_BOM, UTF16LE, UTF16BE,
    /** The Vietnamese Windows code page, with combining tone marks. */
    WINDOWS_1258,
    /** An 8-bit file whose text is in a legacy Vietnamese font (TCVN3 or VNI), read byte for byte as Windows-1252. */
    LEGACY_8BIT
}
