package org.hoiso.member;

import java.util.List;

/** One page of search results; {@code next} is the cursor of the following page, null on the last. */
public record MemberPage(List<MemberSummary> items, String next) {
}
