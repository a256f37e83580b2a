package org.hoiso.platform.personaldata;

import java.util.Map;

/**
 * A module that holds data about a member answers here what it holds, so "download what hoiso holds
 * about me" (the data-subject right of Law 91/2025) covers every module without one of them reading
 * the others' tables: the registry its record and history, accounts her login and invitations, the
 * audit log who read her record, later activities, lessons and help received.
 */
public interface PersonalDataSource {

    /** The section's key in the download, e.g. {@code "memberRecord"}. */
    String section();

    /** What this module holds about the member, as plain values (strings, numbers, dates, lists, maps). */
    Map<String, Object> about(long memberId);
}
