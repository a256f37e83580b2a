/**
 * Reading and writing tables (CSV in any encoding an officer's computer produced, XLSX), shared with
 * the reporting module's value exchange.
 */
@org.springframework.modulith.NamedInterface("file")
package org.hoiso.intake.file;
