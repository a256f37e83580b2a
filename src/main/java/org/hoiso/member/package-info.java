/**
 * The member registry (sổ hội viên): members, CCCD rules, search, transfers, statuses and union
 * officer positions, and the printed member book of a branch or a commune ({@link org.hoiso.member.MemberBook}). Other modules use {@link org.hoiso.member.MemberRegistry}; their SQL may read the
 * published view {@code member_published} (member id, unit, status; nothing personal), never the tables.
 */
@ApplicationModule(allowedDependencies = {"platform", "orgunit"})
package org.hoiso.member;

import org.springframework.modulith.ApplicationModule;
