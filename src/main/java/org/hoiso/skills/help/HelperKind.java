package org.hoiso.skills.help;

/** Why a member may log help: ambassador (đại sứ chuyển đổi số) or community-team member (tổ công nghệ số cộng đồng). */
public enum HelperKind {
    AMBASSADOR, COMMUNITY_TEAM
}
