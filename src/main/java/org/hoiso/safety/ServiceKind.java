package org.hoiso.safety;

/**
 * A service of the directory (dịch vụ hỗ trợ): a Peace House shelter (Ngôi nhà Bình yên), a hotline (1900 969 680),
 * the child-protection line (111), the commune police, the commune People's Committee, a health station, legal aid.
 */
public enum ServiceKind {
    PEACE_HOUSE, HOTLINE, CHILD_LINE, POLICE, PEOPLES_COMMITTEE, HEALTH_STATION, LEGAL_AID, OTHER
}
