/**
 * Periodic reports (báo cáo định kỳ): indicators defined once, forms, one report per form, unit and
 * period, submission and approval up the tree, aggregation "as of the tree then" or "mapped onto today's
 * tree", completeness, and exchange with partner systems (ADX, CSV, XLSX, JSON) and printing (PDF).
 * Other modules use {@link org.hoiso.reporting.Aggregates}, {@link org.hoiso.reporting.Catalogue} and
 * {@link org.hoiso.reporting.Reports}; modules that own data feed computed indicators through
 * {@link org.hoiso.platform.indicators.IndicatorSource}. It asks {@link org.hoiso.account.Officers} who signs,
 * who approves a unit's reports and who its officers are (the account module owns role assignments).
 */
@ApplicationModule(allowedDependencies = {"platform", "orgunit", "tables", "account"})
package org.hoiso.reporting;

import org.springframework.modulith.ApplicationModule;
