package org.hoiso.safety;

/** How it reached her (kênh): a phone call, a text message, a social network, a website or app, in person, other. */
public enum Channel {
    PHONE_CALL, SMS, SOCIAL_NETWORK, WEBSITE_APP, IN_PERSON, OTHER
}
