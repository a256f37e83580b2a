package org.hoiso.member;

/** A member's union officer position (chức vụ trong Hội), if any. */
public enum Position {
    NONE, GROUP_LEADER, // tổ trưởng
    BRANCH_DEPUTY, // chi hội phó
    BRANCH_HEAD, // chi hội trưởng
    COMMUNE_COMMITTEE, // ủy viên ban chấp hành cơ sở
    COMMUNE_VICE_CHAIR, // phó chủ tịch Hội cơ sở
    COMMUNE_CHAIR, // chủ tịch Hội cơ sở
    DIGITAL_AMBASSADOR // đại sứ chuyển đổi số
}
