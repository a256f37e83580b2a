/**
 * The member registry (sổ hội viên): members, CCCD rules, search, transfers, statuses and union
 * officer positions. Other modules use {@link org.hoiso.member.MemberRegistry}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "orgunit"})
package org.hoiso.member;
