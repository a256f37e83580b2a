/**
 * Dashboards (bảng số liệu) over any unit the caller may see: an indicator over time, the child units
 * compared (by value and by % of target), and the provinces on a map; every chart downloadable as PNG
 * and its data as CSV (written by {@link org.hoiso.tables.CsvTableWriter}, so a unit's name is protected
 * against formulas the same way as every other export). Reads only through {@link org.hoiso.reporting.Aggregates}.
 */
@ApplicationModule(allowedDependencies = {"platform", "orgunit", "reporting", "tables"})
package org.hoiso.dashboard;

import org.springframework.modulith.ApplicationModule;
