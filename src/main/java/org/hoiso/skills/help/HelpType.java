package org.hoiso.skills.help;

/** What kind of help was given; the codes are the categories of the report dimension HELP_TYPE. */
public enum HelpType {
    VNEID_INSTALL, VNEID_LEVEL2, EWALLET, PUBLIC_SERVICE, ONLINE_SELLING, SCAM_AWARENESS, OTHER
}
