package org.hoiso.tables;

/** The pre-Unicode Vietnamese font encodings still found in Excel files from the 2000s. */
public enum LegacyFont {
    NONE,
    /** TCVN 5712:1993 "VN3", the ABC fonts (.VnTime, .VnArial): one byte per letter. */
    TCVN3,
    /** VNI-Windows (VNI-Times): a base letter followed by a byte carrying its marks. */
    VNI
}
