/**
 * "Bình dân học vụ số" (digital literacy for all): courses of lessons with quizzes, members' progress and
 * certificates; digital-transformation ambassadors and community digital teams and the help they log.
 * Counts feed the reporting indicators through {@link org.hoiso.platform.indicators.IndicatorSource}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "orgunit", "member"})
package org.hoiso.skills;
