package org.hoiso.safety;

/**
 * What the reporter agreed her report may be used for (mục đích), one consent each: counselling, referral to the
 * police, to health services, to legal aid. (Her consent to anonymous statistics is asked apart: it is no referral.)
 */
public enum Purpose {
    COUNSELLING, POLICE, HEALTH, LEGAL
}
