/**
 * Digital skills (kỹ năng số): "Bình dân học vụ số" (digital literacy for all) — courses of lessons
 * with quizzes, members' progress and certificates ({@link org.hoiso.skills.learning.Courses}) — and the digital
 * help log (nhật ký hỗ trợ số), in which digital-transformation ambassadors (đại sứ chuyển đổi số) and
 * community digital-team members (thành viên tổ công nghệ số cộng đồng) record the help they give
 * ({@link org.hoiso.skills.help.HelpLog}). Their counts feed the monthly report as computed indicators.
 */
@ApplicationModule(allowedDependencies = {"platform", "orgunit", "member", "member :: events"})
package org.hoiso.skills;

import org.springframework.modulith.ApplicationModule;
