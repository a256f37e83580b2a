/**
 * Bulk import and export of members: CSV and XLSX files in any encoding an officer's computer produced
 * (UTF-8, UTF-16, Windows-1258, the legacy TCVN3 and VNI fonts), column mapping, dry run, atomic commit,
 * background jobs with progress that any instance runs ({@link org.hoiso.intake.ImportRunner}), and streaming exports in the layout the import reads. Uploaded files hold
 * full CCCD numbers: owner-only on disk, read off the request thread, deleted after the retention period
 * ({@link org.hoiso.intake.ImportRetention}) or when the import is discarded.
 * Settings: {@link org.hoiso.intake.IntakeProperties}.
 */
@ApplicationModule(allowedDependencies = {"platform", "orgunit", "member", "tables"})
package org.hoiso.intake;

import org.springframework.modulith.ApplicationModule;
