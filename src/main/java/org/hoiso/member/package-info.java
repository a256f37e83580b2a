/**
 * The member registry (sổ hội viên): members, CCCD rules, search, transfers, statuses and union
 * officer positions, and the printed member book of a branch or a commune ({@link org.hoiso.member.MemberBook}).
 * Other modules use {@link org.hoiso.member.MemberRegistry}; their SQL may read the
 * published views {@code member_published} (member id, unit, status; nothing personal) and
 * {@code member_unit_history_published} (where and with which status each member was, from when to when: her
 * dated history, kept by the database on every write), never the tables.
 */
@ApplicationModule(allowedDependencies = {"platform", "orgunit"})
package org.hoiso.member;

import org.springframework.modulith.ApplicationModule;
