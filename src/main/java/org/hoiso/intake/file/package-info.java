/**
 * Reading and writing tables (CSV in any encoding an officer's computer produced, XLSX), streaming.
 * Exposed as the named interface {@code intake :: file} so that other modules' file exchange
 * (the reporting module's tables of values) reuses it rather than rewrites it.
 */
@org.springframework.modulith.NamedInterface("file")
package org.hoiso.intake.file;
