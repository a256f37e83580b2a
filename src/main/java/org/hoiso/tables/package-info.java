/**
 * Tables (bảng dữ liệu): reading and writing table files, streaming — CSV in any encoding an officer's
 * computer produced (UTF-8, UTF-16, Windows-1258), XLSX, and text typed in the legacy TCVN3 (ABC) and
 * VNI fonts, converted to Unicode. A library: plain classes, no beans, no tables of its own. The
 * member import ({@code intake}) and the reporting module's files of values use it.
 */
@ApplicationModule(allowedDependencies = "platform")
package org.hoiso.tables;

import org.springframework.modulith.ApplicationModule;
